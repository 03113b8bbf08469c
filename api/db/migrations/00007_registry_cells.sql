-- Grid counts of public sites (sites of non-draft projects) per zoom level,
-- kept current by triggers, so the registry layer at a low zoom reads a few
-- hundred cells instead of aggregating tens of thousands of sites per request.
-- A level-L cell is 45 / 2^L degrees: 64 px at zoom L on 512-px tiles.
-- Levels 0..12; above that a viewport holds few enough sites to group live.
-- Each site counts in the cell of its inner point (sites.label_point).

CREATE TABLE registry_cells (
  level smallint NOT NULL,
  cx integer NOT NULL,
  cy integer NOT NULL,
  site_count integer NOT NULL,
  area_ha numeric NOT NULL,
  -- Sums of the sites' inner points: the cell is drawn at their mean.
  sum_lon float8 NOT NULL,
  sum_lat float8 NOT NULL,
  PRIMARY KEY (level, cx, cy)
);
-- Cells emptied by a change are found through this index and removed.
CREATE INDEX registry_cells_empty_idx ON registry_cells (level) WHERE site_count <= 0;

CREATE FUNCTION registry_cell_size(level integer) RETURNS float8
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN 45.0::float8 / (2.0::float8 ^ level);

-- Adds (sign 1) or removes (sign -1) the given sites' counts on every level,
-- grouped by cell so a bulk change is one statement.
CREATE FUNCTION registry_cells_add(points geometry[], areas numeric[], sign integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO registry_cells AS c (level, cx, cy, site_count, area_ha, sum_lon, sum_lat)
  SELECT l, floor(ST_X(t.p) / registry_cell_size(l))::int, floor(ST_Y(t.p) / registry_cell_size(l))::int,
         sign * count(*), sign * sum(t.a), sign * sum(ST_X(t.p)), sign * sum(ST_Y(t.p))
  FROM unnest(points, areas) AS t(p, a) CROSS JOIN generate_series(0, 12) AS l
  GROUP BY 1, 2, 3
  ON CONFLICT (level, cx, cy) DO UPDATE
    SET site_count = c.site_count + EXCLUDED.site_count,
        area_ha = c.area_ha + EXCLUDED.area_ha,
        sum_lon = c.sum_lon + EXCLUDED.sum_lon,
        sum_lat = c.sum_lat + EXCLUDED.sum_lat;
  IF sign < 0 THEN
    DELETE FROM registry_cells WHERE site_count <= 0;
  END IF;
END $$;

-- Recomputes every cell from the sites (after a bulk load with the triggers disabled).
CREATE FUNCTION registry_cells_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM registry_cells;
  INSERT INTO registry_cells (level, cx, cy, site_count, area_ha, sum_lon, sum_lat)
  SELECT l, floor(ST_X(s.label_point) / registry_cell_size(l))::int, floor(ST_Y(s.label_point) / registry_cell_size(l))::int,
         count(*), sum(s.area_ha), sum(ST_X(s.label_point)), sum(ST_Y(s.label_point))
  FROM sites s JOIN projects p ON p.id = s.project_id AND p.status <> 'draft'
  CROSS JOIN generate_series(0, 12) AS l
  GROUP BY 1, 2, 3;
END $$;

-- Statement-level triggers with transition tables: an import or a bulk load
-- of many sites updates each cell once. During a project's cascaded delete
-- the project row is already gone, so the join finds nothing: the project's
-- BEFORE DELETE trigger has already taken its sites out.
CREATE FUNCTION sites_registry_cells_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM registry_cells_add(array_agg(n.label_point), array_agg(n.area_ha), 1)
  FROM new_sites n JOIN projects p ON p.id = n.project_id AND p.status <> 'draft' HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE FUNCTION sites_registry_cells_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM registry_cells_add(array_agg(o.label_point), array_agg(o.area_ha), -1)
  FROM old_sites o JOIN projects p ON p.id = o.project_id AND p.status <> 'draft' HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE FUNCTION sites_registry_cells_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM registry_cells_add(array_agg(o.label_point), array_agg(o.area_ha), -1)
  FROM old_sites o JOIN projects p ON p.id = o.project_id AND p.status <> 'draft' HAVING count(*) > 0;
  PERFORM registry_cells_add(array_agg(n.label_point), array_agg(n.area_ha), 1)
  FROM new_sites n JOIN projects p ON p.id = n.project_id AND p.status <> 'draft' HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE TRIGGER sites_registry_cells_insert AFTER INSERT ON sites
  REFERENCING NEW TABLE AS new_sites FOR EACH STATEMENT EXECUTE FUNCTION sites_registry_cells_insert();
CREATE TRIGGER sites_registry_cells_delete AFTER DELETE ON sites
  REFERENCING OLD TABLE AS old_sites FOR EACH STATEMENT EXECUTE FUNCTION sites_registry_cells_delete();
CREATE TRIGGER sites_registry_cells_update AFTER UPDATE ON sites
  REFERENCING OLD TABLE AS old_sites NEW TABLE AS new_sites FOR EACH STATEMENT EXECUTE FUNCTION sites_registry_cells_update();

-- A project leaving or entering draft shows or hides all its sites; a deleted one hides them.
CREATE FUNCTION projects_registry_cells() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  was_public boolean := OLD.status <> 'draft';
  is_public boolean := TG_OP = 'UPDATE' AND NEW.status <> 'draft';
BEGIN
  IF was_public <> is_public THEN
    PERFORM registry_cells_add(array_agg(s.label_point), array_agg(s.area_ha), CASE WHEN is_public THEN 1 ELSE -1 END)
    FROM sites s WHERE s.project_id = OLD.id HAVING count(*) > 0;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER projects_registry_cells_status AFTER UPDATE OF status ON projects
  FOR EACH ROW EXECUTE FUNCTION projects_registry_cells();
CREATE TRIGGER projects_registry_cells_delete BEFORE DELETE ON projects
  FOR EACH ROW EXECUTE FUNCTION projects_registry_cells();

SELECT registry_cells_rebuild();
