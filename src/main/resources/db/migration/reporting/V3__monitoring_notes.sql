-- Why: a note may also sum up a round of monitoring (issue #21): its subject is then the unit and a
-- campaign, whose cohort year is the note's year. A ВПР note has no campaign; the two kinds live in
-- one catalogue and keep their versions the same way.
alter table reporting.note drop constraint note_kind_check;
alter table reporting.note add constraint note_kind_check check (kind in ('VPR', 'MONITORING'));
alter table reporting.note add column campaign_id uuid;
alter table reporting.note add constraint note_campaign_of_kind check ((kind = 'MONITORING') = (campaign_id is not null));
alter table reporting.note drop constraint note_unit_id_kind_year_key;
alter table reporting.note add constraint note_subject unique nulls not distinct (unit_id, kind, year, campaign_id);
