-- Saved methodology estimates: exactly which methodology version, inputs and
-- outputs produced a number, with a content hash so a re-run can be compared.
CREATE TABLE site_estimates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  methodology_id text NOT NULL,
  methodology_version text NOT NULL,
  inputs jsonb NOT NULL,
  outputs jsonb NOT NULL,
  -- SHA-256 of the canonical JSON of {methodology, version, inputs, outputs}.
  content_hash text NOT NULL,
  area_ha numeric(14, 4),
  total_net_credits_tco2e numeric(16, 3),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX site_estimates_site_idx ON site_estimates (site_id, created_at DESC);
