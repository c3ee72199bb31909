-- The candidate search at a million volunteers (issue 13, docs/decisions/037): every value the search
-- computes per pool row and that does not depend on the mission is computed once, when the row is
-- written, and joins the INCLUDE columns of the two search indexes — the pool stays an index-only scan.
--
-- 1. The account's names: sorting a pool by « Nom » or filtering it by a name read every pool row's
--    account from `users` (16 000 look-ups for the Île-de-France nurses, ~150 ms). Migration
--    20261207010000 copies them onto the volunteer's row (kept by triggers); here they join the indexes.
-- 2. The day of the last confirmation in Paris (the ranking's last tie-break, decision 031): a time
--    zone conversion per row cost as much as the rest of the ranking.
-- 3. The volunteer's place on the map's Web Mercator grid, in 2^26 units per side of the world: the map's
--    cell at any zoom level is then a bit shift (decision 037), not a logarithm and two trigonometric
--    functions per row. NULL without a known place.
-- Generated columns: PostgreSQL computes them, nothing else can write them. Nullable for Prisma, which
-- cannot express a generated column and would otherwise require them on every insert.
ALTER TABLE "professionals"
  ADD COLUMN "availability_confirmed_on" DATE
    GENERATED ALWAYS AS ((("availability_confirmed_at" AT TIME ZONE 'Europe/Paris'))::date) STORED,
  ADD COLUMN "map_x" INTEGER
    GENERATED ALWAYS AS (floor(("longitude" + 180.0) / 360.0 * 67108864.0)::integer) STORED,
  -- (least() and greatest() ignore a NULL argument: an unknown latitude is tested first.)
  ADD COLUMN "map_y" INTEGER
    GENERATED ALWAYS AS (CASE WHEN "latitude" IS NULL THEN NULL ELSE
      floor((1.0 - ln(tan(radians(least(85.0, greatest(-85.0, "latitude"))))
        + 1.0 / cos(radians(least(85.0, greatest(-85.0, "latitude"))))) / pi()) / 2.0 * 67108864.0)::integer END) STORED;

DROP INDEX "professionals_searchable_idx";
CREATE INDEX "professionals_searchable_idx" ON "professionals"("region_code", "profession_code")
  INCLUDE ("id", "user_id", "department_code", "mobilisation", "has_vehicle", "available_weekends",
           "ehpad_experience", "icu_experience", "vaccination_experience", "assigned_until", "availability",
           "longitude", "latitude", "availability_confirmed_on", "search_last_name", "search_first_name", "map_x", "map_y")
  WHERE "available" AND "account_active" AND NOT "reserved";
DROP INDEX "professionals_national_searchable_idx";
CREATE INDEX "professionals_national_searchable_idx" ON "professionals"("profession_code")
  INCLUDE ("id", "user_id", "region_code", "department_code", "has_vehicle", "available_weekends",
           "ehpad_experience", "icu_experience", "vaccination_experience", "assigned_until", "availability",
           "longitude", "latitude", "availability_confirmed_on", "search_last_name", "search_first_name", "map_x", "map_y")
  WHERE "available" AND "account_active" AND NOT "reserved" AND "mobilisation" = 'NATIONAL';
