-- The regulators' tables at a million volunteers (issue 13, docs/decisions/034).

-- « Nom » and « Prénom » of the « Bénévoles » tables, and « Etablissement » of the « Missions » tables,
-- are « contient » filters: `ILIKE '%…%'`, which no B-tree can serve, so each one read every account.
-- A trigram GIN index answers `ILIKE` with the same semantics (case-insensitive, accents as typed): the
-- planner reads the posting lists of the pattern's trigrams, then rechecks the rows. pg_trgm ships with
-- PostgreSQL (and with the embedded binaries). Declared in schema.prisma as @@index(type: Gin, ops).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "users_last_name_trgm_idx" ON "users" USING GIN ("last_name" gin_trgm_ops);
CREATE INDEX "users_first_name_trgm_idx" ON "users" USING GIN ("first_name" gin_trgm_ops);
CREATE INDEX "establishments_name_trgm_idx" ON "establishments" USING GIN ("name" gin_trgm_ops);
