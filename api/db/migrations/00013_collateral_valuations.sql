-- Saved collateral valuations (issue 13 item 1): the exact model inputs (the
-- resolved price model and the project's vintages included), outputs and basis,
-- with a hash of the inputs so a bank can show which run a loan decision used.
-- Readable by the organisation that saved it (a bank's view is its own).
CREATE TABLE collateral_valuations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  project_id uuid REFERENCES projects(id) ON DELETE CASCADE,
  model_id text NOT NULL,
  model_version text NOT NULL,
  inputs jsonb NOT NULL,
  outputs jsonb NOT NULL,
  basis jsonb NOT NULL,
  -- SHA-256 of the canonical JSON of {model, inputs}; same inputs and seed, same hash, same numbers.
  inputs_hash text NOT NULL CHECK (inputs_hash ~ '^[0-9a-f]{64}$'),
  -- SHA-256 of the canonical JSON of {model, inputs, outputs}.
  content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  -- Estimates in integer fen (not ledger money, but never float either).
  expected_value_fen bigint NOT NULL,
  max_loan_fen bigint NOT NULL CHECK (max_loan_fen >= 0),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX collateral_valuations_org_idx ON collateral_valuations (organisation_id, created_at DESC);
CREATE INDEX collateral_valuations_project_idx ON collateral_valuations (project_id) WHERE project_id IS NOT NULL;
