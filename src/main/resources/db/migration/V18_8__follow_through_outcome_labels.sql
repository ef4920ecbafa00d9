-- Issue 18: a CS owner's outcome is a label for the learning loop ("no action needed" hints a false positive,
-- "account at risk", "contacted", "call booked" and "resolved" a confirmation). The labels stay in
-- follow_through_outcome, as recall answers and flags stay in their own tables; labelled_example keeps only the
-- reviews and audits rollout precision counts. A model version says how many of its tickets an outcome settled;
-- versions trained before have none (null, read as 0).
alter table feedback_model add column outcome_labels integer;
alter table feedback_topic_model add column outcome_labels integer;
