-- Why: a job left queued or running by a node that was killed was found only after ten minutes of
-- silence, and a live node's long job could look like a dead one's (issue #15). Each job now names
-- the node that runs it: a restarted node fails its own leftovers at once, and a live node keeps
-- its jobs' updated_at fresh, so that only a dead node's jobs go stale.
alter table shared.background_job add column node text not null default '';
create index background_job_unfinished on shared.background_job (node) where status in ('QUEUED', 'RUNNING');
