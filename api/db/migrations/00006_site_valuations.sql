-- Saved ecosystem product valuations (GEP) of a site: which model version, the
-- exact inputs (carbon from the site's estimate and the resolved carbon price
-- included) and outputs, with a content hash so a re-run can be compared.
CREATE TABLE site_valuations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  methodology_id text NOT NULL,
  methodology_version text NOT NULL,
  ecosystem text NOT NULL,
  -- The saved estimate whose yearly carbon the valuation used; null when there was none.
  estimate_id uuid REFERENCES site_estimates(id) ON DELETE SET NULL,
  -- Seeded series the carbon price came from; null for a user price.
  carbon_price_series text CHECK (carbon_price_series IN ('CEA', 'CCER', 'GDEA', 'BLUE_CARBON_DEAL')),
  inputs jsonb NOT NULL,
  outputs jsonb NOT NULL,
  -- Where server-filled inputs came from (estimate, price row with its source).
  basis jsonb NOT NULL,
  -- SHA-256 of the canonical JSON of {methodology, version, inputs, outputs}.
  content_hash text NOT NULL,
  -- Estimates, not ledger money: CNY of the valuation year, rounded to the fen.
  npv_cny numeric(20, 2) NOT NULL,
  total_cny_per_year numeric(20, 2) NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX site_valuations_site_idx ON site_valuations (site_id, created_at DESC);
