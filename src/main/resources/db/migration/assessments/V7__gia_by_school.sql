-- Why: a school's ВПР page shows its ОГЭ/ЕГЭ lines of every subject and year; without this index
-- that lookup would scan the whole table, whose size grows with the country, not the page.
create index gia_result_school on assessments.gia_result (school_path);
