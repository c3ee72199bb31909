-- The days a volunteer shares with a mission, without a multirange per pool row (issue 13, decision 037).
-- The candidate search ranks every pool row by the days of the mission it is available. With the
-- availability as a datemultirange, that meant building a multirange per row to learn whether it had
-- gaps, and, for the one in seven with a gap, a correlated `unnest` — about 5 µs a row, 6 of the 20 ms
-- the search took for the 8 700 nurses of Occitanie at a million volunteers. The bounds of the
-- availability and of its gap are dates computed once, when the row is written:
--   availability_from / availability_until  first day / day after the last (NULL: open-ended); both
--                                           NULL for an empty availability
--   availability_simple                     at most one gap (every seeded volunteer, nearly every real one)
--   availability_gap_from / _gap_until      that gap (NULL: none)
-- so the shared days are the hull's minus the gap's, four comparisons; only an availability with two gaps
-- or more still unnests. Generated columns: PostgreSQL computes them, nothing else can write them.
ALTER TABLE "professionals"
  ADD COLUMN "availability_from" DATE GENERATED ALWAYS AS (lower("availability")) STORED,
  ADD COLUMN "availability_until" DATE GENERATED ALWAYS AS (upper("availability")) STORED,
  ADD COLUMN "availability_simple" BOOLEAN GENERATED ALWAYS AS (
    (datemultirange(range_merge("availability")) - "availability")
      = datemultirange(range_merge(datemultirange(range_merge("availability")) - "availability"))) STORED,
  ADD COLUMN "availability_gap_from" DATE
    GENERATED ALWAYS AS (lower(datemultirange(range_merge("availability")) - "availability")) STORED,
  ADD COLUMN "availability_gap_until" DATE
    GENERATED ALWAYS AS (upper(datemultirange(range_merge("availability")) - "availability")) STORED;

-- The search indexes carry the new columns (and no longer the account id, which the search never read).
-- Fixed-width columns first: PostgreSQL finds them at a known offset in every index tuple.
DROP INDEX "professionals_searchable_idx";
CREATE INDEX "professionals_searchable_idx" ON "professionals"("region_code", "profession_code")
  INCLUDE ("has_vehicle", "available_weekends", "ehpad_experience", "icu_experience", "vaccination_experience",
           "availability_simple", "mobilisation", "availability_confirmed_on", "availability_from", "availability_until",
           "availability_gap_from", "availability_gap_until", "assigned_until", "longitude", "latitude", "map_x", "map_y",
           "id", "department_code", "search_last_name", "search_first_name", "availability")
  WHERE "available" AND "account_active" AND NOT "reserved";
DROP INDEX "professionals_national_searchable_idx";
CREATE INDEX "professionals_national_searchable_idx" ON "professionals"("profession_code")
  INCLUDE ("has_vehicle", "available_weekends", "ehpad_experience", "icu_experience", "vaccination_experience",
           "availability_simple", "availability_confirmed_on", "availability_from", "availability_until",
           "availability_gap_from", "availability_gap_until", "assigned_until", "longitude", "latitude", "map_x", "map_y",
           "id", "region_code", "department_code", "search_last_name", "search_first_name", "availability")
  WHERE "available" AND "account_active" AND NOT "reserved" AND "mobilisation" = 'NATIONAL';
