-- The schools far worse than their context, found once when a run is made: a run's page reads them
-- instead of refitting the region's context model on every view (issue #22). Null for the runs made
-- before; their page still fits the model.
alter table identification.run add column second_look jsonb;
