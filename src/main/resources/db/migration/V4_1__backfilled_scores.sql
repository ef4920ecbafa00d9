-- Issue 4 (intake): historical tickets scored by the backfill command have no process instance and never met the
-- escalation gate; they are told apart by origin and carry the ticket's own creation time for trends.
alter table scored_ticket alter column process_instance_id drop not null;
alter table scored_ticket alter column escalation_action drop not null;
alter table scored_ticket alter column severity drop not null;
alter table scored_ticket add column origin varchar(20) default 'process' not null;
alter table scored_ticket add column ticket_created_at timestamp;
