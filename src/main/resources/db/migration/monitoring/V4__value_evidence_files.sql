-- Why: a school backs an entered value with a file (a protocol, a scan of an order) as often as with
-- a link (issue #17). The file is kept by the shared file store under a name Opora makes; the name
-- it was uploaded under is kept only as text to show.
alter table monitoring.indicator_value
    add column evidence_file      text,
    add column evidence_file_name text;
