-- The candidate search ranks its pool by distance without trigonometry (issue 13, decision 037).
-- The ranking ordered every pool row by its haversine distance to the establishment: five trigonometric
-- calls per row, ~2.5 of the ~20 ms the search took for the 8 700 nurses of Occitanie at a million
-- volunteers. The volunteer's point on the unit sphere is computed once, when the row is written; the
-- squared straight-line distance between two points of the sphere, (x - x0)² + (y - y0)² + (z - z0)²,
-- grows with the great-circle distance, so it orders the pool the same way with three subtractions and
-- three multiplications (lib/candidates/geography-sql.ts). NULL without a known place. The page's 40
-- rows still show the haversine kilometres.
ALTER TABLE "professionals"
  ADD COLUMN "sphere_x" DOUBLE PRECISION GENERATED ALWAYS AS (
    CASE WHEN "longitude" IS NULL THEN NULL ELSE cos(radians("latitude")) * cos(radians("longitude")) END) STORED,
  ADD COLUMN "sphere_y" DOUBLE PRECISION GENERATED ALWAYS AS (
    CASE WHEN "longitude" IS NULL THEN NULL ELSE cos(radians("latitude")) * sin(radians("longitude")) END) STORED,
  ADD COLUMN "sphere_z" DOUBLE PRECISION GENERATED ALWAYS AS (
    CASE WHEN "longitude" IS NULL THEN NULL ELSE sin(radians("latitude")) END) STORED;

-- Both search indexes carry the point, so that the pool stays an index-only scan.
DROP INDEX "professionals_searchable_idx";
CREATE INDEX "professionals_searchable_idx" ON "professionals"("region_code", "profession_code")
  INCLUDE ("has_vehicle", "available_weekends", "ehpad_experience", "icu_experience", "vaccination_experience",
           "availability_simple", "mobilisation", "availability_confirmed_on", "availability_from", "availability_until",
           "availability_gap_from", "availability_gap_until", "assigned_until", "longitude", "latitude", "sphere_x",
           "sphere_y", "sphere_z", "map_x", "map_y", "id", "department_code", "search_last_name", "search_first_name",
           "availability")
  WHERE "available" AND "account_active" AND NOT "reserved";
DROP INDEX "professionals_national_searchable_idx";
CREATE INDEX "professionals_national_searchable_idx" ON "professionals"("profession_code")
  INCLUDE ("has_vehicle", "available_weekends", "ehpad_experience", "icu_experience", "vaccination_experience",
           "availability_simple", "availability_confirmed_on", "availability_from", "availability_until",
           "availability_gap_from", "availability_gap_until", "assigned_until", "longitude", "latitude", "sphere_x",
           "sphere_y", "sphere_z", "map_x", "map_y", "id", "region_code", "department_code", "search_last_name",
           "search_first_name", "availability")
  WHERE "available" AND "account_active" AND NOT "reserved" AND "mobilisation" = 'NATIONAL';
