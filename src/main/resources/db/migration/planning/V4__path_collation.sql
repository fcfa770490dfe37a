-- A reader's scope is a prefix LIKE on school_path. Under the database's default collation
-- PostgreSQL cannot read a btree index for a prefix, so every page of measures or documents read
-- the whole country's (issue #22); the C collation that every other path column has makes the
-- prefix an index range. The indexes on the columns are rebuilt by the change.
alter table planning.document alter column school_path type text collate "C";
alter table planning.measure alter column school_path type text collate "C";
