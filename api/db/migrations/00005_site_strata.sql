-- Strata of a site (a polygon inside the site, or a share of it), and what the
-- registry layer needs to stay fast with 100,000 sites.

CREATE TABLE site_strata (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  -- Order as given by the owner; strata are replaced as a whole on update.
  ordinal integer NOT NULL CHECK (ordinal >= 0),
  name text,
  species text NOT NULL,
  planting_year integer,
  planting_density_trees_per_ha numeric(12, 2) CHECK (planting_density_trees_per_ha > 0),
  survival_percent numeric(6, 3) CHECK (survival_percent BETWEEN 0 AND 100),
  -- Given for a share-only stratum; derived from the polygon's geodesic area otherwise.
  area_percent numeric(9, 5) NOT NULL CHECK (area_percent > 0 AND area_percent <= 100.01),
  area_ha numeric(14, 4) NOT NULL CHECK (area_ha >= 0),
  geom geometry(MultiPolygon, 4326),
  UNIQUE (site_id, ordinal)
);

-- A point guaranteed inside each site: the registry shows it (or a cluster of
-- them) at low zoom instead of polygons a pixel wide.
ALTER TABLE sites ADD COLUMN label_point geometry(Point, 4326) GENERATED ALWAYS AS (ST_PointOnSurface(geom)) STORED;
CREATE INDEX sites_label_point_idx ON sites USING gist (label_point);

-- The registry and the overlap check filter projects by status.
CREATE INDEX projects_status_idx ON projects (status);
