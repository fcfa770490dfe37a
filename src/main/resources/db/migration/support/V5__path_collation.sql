-- A reader's scope is a prefix LIKE on school_path: with the C collation that every other path
-- column has, and an index beside it, a municipality's or a curator's assignments, visits, cohort
-- schools and tutor links are an index range instead of the whole country's rows (issue #22).
alter table support.assignment alter column school_path type text collate "C";
alter table support.cohort_school alter column school_path type text collate "C";
alter table support.tutor_link alter column school_path type text collate "C";
alter table support.visit alter column school_path type text collate "C";
create index assignment_scope on support.assignment (cohort_year, school_path) where ended_at is null;
create index cohort_school_scope on support.cohort_school (school_path);
create index tutor_link_scope on support.tutor_link (cohort_year, school_path);
create index visit_scope on support.visit (school_path);
