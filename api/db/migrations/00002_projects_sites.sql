-- Projects and their sites (geometry in WGS84, geodesic area stored in hectares).
CREATE TABLE projects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL,
  name_en text,
  description text NOT NULL DEFAULT '',
  sink_type text NOT NULL CHECK (sink_type IN ('mangrove', 'wetland', 'forest', 'marine', 'coastal')),
  methodology_id text,
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'submitted', 'under_review', 'changes_requested', 'registered', 'rejected')),
  seed_key text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX projects_org_idx ON projects (organisation_id);

CREATE TABLE sites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  name text NOT NULL,
  name_en text,
  geom geometry(MultiPolygon, 4326) NOT NULL,
  -- Geodesic area on the sphere (@turf/area), the one convention of the product.
  area_ha numeric(14, 4) NOT NULL CHECK (area_ha > 0),
  properties jsonb NOT NULL DEFAULT '{}'::jsonb,
  seed_key text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sites_geom_idx ON sites USING gist (geom);
CREATE INDEX sites_project_idx ON sites (project_id);
