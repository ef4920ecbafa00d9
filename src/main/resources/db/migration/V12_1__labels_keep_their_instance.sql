-- The process instance each recall audit answer and flag judged. scored_ticket keeps one row per ticket, which a
-- follow-up message re-scores under a new instance with new text; labelled_example already records the instance it
-- judged, and now these labels do too, so none of them is paired with a later message's text. Plain SQL that H2
-- (PostgreSQL mode) and PostgreSQL both accept.
alter table recall_audit_ticket add column process_instance_id varchar(64);
alter table score_flag add column process_instance_id varchar(64);

-- Labels recorded before: the instance their ticket's row holds now, the best guess there is. A ticket re-scored
-- after its label was given is paired with the follow-up's text as before; a backfilled ticket has no instance and
-- its label stays unpaired, as it was (no text was kept for it).
update recall_audit_ticket set process_instance_id =
    (select s.process_instance_id from scored_ticket s where s.business_key = recall_audit_ticket.business_key);
update score_flag set process_instance_id =
    (select s.process_instance_id from scored_ticket s where s.business_key = score_flag.business_key);
