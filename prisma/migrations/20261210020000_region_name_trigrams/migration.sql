-- The ARS's « Nom / Prénom contient » filters of the « Bénévoles » table read the region in the same index
-- as the names' trigrams (issue 13, docs/decisions/034).
-- With one trigram index per name, the count of « Nom contient mar » in Occitanie ANDed two bitmaps at a
-- million volunteers: the pattern's 33 600 rows from the trigrams, and the region's 101 700 rows from its
-- B-tree — that second bitmap alone took 20 of the count's 40 ms. One GIN index on the region and the
-- name's trigrams (btree_gin gives the region a GIN operator class) finds the 3 455 rows of the region
-- whose name matches inside the index: 9 ms. A search without a region (the CCS's) reads the trigrams of
-- the same index as it read the single-column one, which it replaces. btree_gin ships with PostgreSQL
-- (and with the embedded binaries), like pg_trgm.
CREATE EXTENSION IF NOT EXISTS btree_gin;

DROP INDEX "professionals_search_last_name_trgm_idx";
DROP INDEX "professionals_search_first_name_trgm_idx";
CREATE INDEX "professionals_region_last_name_trgm_idx" ON "professionals" USING GIN ("region_code" text_ops, "search_last_name" gin_trgm_ops);
CREATE INDEX "professionals_region_first_name_trgm_idx" ON "professionals" USING GIN ("region_code" text_ops, "search_first_name" gin_trgm_ops);
