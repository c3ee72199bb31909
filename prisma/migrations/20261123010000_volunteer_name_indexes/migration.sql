-- The regulators' « Bénévoles » tables sort by « Nom » or « Prénom » (SPEC §7.1). Without an index the
-- country's users were read and sorted for each page: 0.5–0.8 s at 1 000 000 volunteers for the CCS, as
-- much for an ARS. With these, a page is a walk of the index in order and a probe of `professionals` by
-- user id (5–15 ms for the CCS, ~60 ms for a large region; docs/PERFORMANCE.md). Declared in
-- schema.prisma (@@index).
CREATE INDEX "users_last_name_first_name_idx" ON "users"("last_name", "first_name");
CREATE INDEX "users_first_name_last_name_idx" ON "users"("first_name", "last_name");
