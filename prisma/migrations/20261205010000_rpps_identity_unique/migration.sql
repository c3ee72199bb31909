-- One RPPS number per person (issue 10 §3): the same identity — birth name, first names, birth date and
-- birth place, case-insensitively — may be registered once. lib/rpps/identity.ts asks the same question
-- first to answer kindly; this index makes the rule hold when registrations arrive at the same moment
-- (5 or 6 out of 6 got their own number before). An expression index, so it lives here and not in
-- schema.prisma; the directory turns its violation into « Refusé par le RPPS ».
CREATE UNIQUE INDEX "rpps_records_identity_key" ON "rpps_records" (
    lower("birth_last_name"),
    lower("first_names"),
    "birth_date",
    "birth_country",
    lower("birth_commune_name")
);
