-- A school's card lists its branches (school.branch_of = the card's school). Without an index the
-- lookup read every school of the register on every card: the national benchmark's card, 7.1 ms in
-- the demo region, took 17 ms for every user in a country of 40,000 schools, and 7.3–12.1 ms with
-- this index. Few schools are branches, so the index holds only them.
create index school_branch_of on orgunits.school (branch_of) where branch_of is not null;
