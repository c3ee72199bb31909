-- « Voir affectation professionnels » (SPEC §6.6) must load in well under a second. The page counts and
-- orders the ASSIGNED candidacies of an establishment's missions. With only (mission_id, status), each
-- row's date and id come from the table, and the planner ends up reading every candidacy of the country
-- (measured at 1 000 000 volunteers and 255 000 assignments: ~50 ms, growing with them). With the date and
-- the id in the index, the count and the page's order are an index-only scan of that establishment's rows
-- alone (~3 ms for 5 000 assignments, whatever the country holds). Declared in schema.prisma (@@index).
CREATE INDEX "candidacies_mission_id_status_decided_at_id_idx" ON "candidacies"("mission_id", "status", "decided_at", "id");
