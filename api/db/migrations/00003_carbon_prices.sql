-- Reference carbon price series (seeded from seeds/prices/carbon-prices.csv, every row with its source).
CREATE TABLE carbon_prices (
  id bigserial PRIMARY KEY,
  series text NOT NULL CHECK (series IN ('CEA', 'CCER', 'GDEA', 'BLUE_CARBON_DEAL')),
  period_start date NOT NULL,
  period_end date NOT NULL,
  statistic text NOT NULL CHECK (statistic IN ('average', 'close', 'high', 'low', 'deal')),
  price_cny_per_tco2e numeric(12, 2) NOT NULL CHECK (price_cny_per_tco2e > 0),
  volume_t numeric(16, 2),
  source_url text NOT NULL,
  note text NOT NULL DEFAULT '',
  CHECK (period_end >= period_start),
  UNIQUE (series, period_start, period_end, statistic)
);
