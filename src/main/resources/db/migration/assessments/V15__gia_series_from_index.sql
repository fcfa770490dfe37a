-- The ОГЭ/ЕГЭ series of a scope (exam, year, subject: the page's choices) are read from the path
-- index alone. From the table, a municipality's rows lay among the whole country's: 222 pages read
-- against 34 in the region alone (0.66 ms against 0.45, #22).
drop index assessments.gia_result_school;
create index gia_result_school on assessments.gia_result (school_path)
    include (exam, year, subject_code, subject_name);
