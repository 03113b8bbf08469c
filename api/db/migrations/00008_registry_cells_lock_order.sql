-- registry_cells_add (00007) upserts up to 13 cells per statement in the
-- order its hash aggregate happens to produce. Two transactions adding sites
-- in the same area on a real server could then lock shared cells in
-- different orders and deadlock. Sorting by the key makes every statement
-- lock cells in one global order.
CREATE OR REPLACE FUNCTION registry_cells_add(points geometry[], areas numeric[], sign integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO registry_cells AS c (level, cx, cy, site_count, area_ha, sum_lon, sum_lat)
  SELECT l, floor(ST_X(t.p) / registry_cell_size(l))::int, floor(ST_Y(t.p) / registry_cell_size(l))::int,
         sign * count(*), sign * sum(t.a), sign * sum(ST_X(t.p)), sign * sum(ST_Y(t.p))
  FROM unnest(points, areas) AS t(p, a) CROSS JOIN generate_series(0, 12) AS l
  GROUP BY 1, 2, 3
  ORDER BY 1, 2, 3
  ON CONFLICT (level, cx, cy) DO UPDATE
    SET site_count = c.site_count + EXCLUDED.site_count,
        area_ha = c.area_ha + EXCLUDED.area_ha,
        sum_lon = c.sum_lon + EXCLUDED.sum_lon,
        sum_lat = c.sum_lat + EXCLUDED.sum_lat;
  IF sign < 0 THEN
    DELETE FROM registry_cells WHERE site_count <= 0;
  END IF;
END $$;
