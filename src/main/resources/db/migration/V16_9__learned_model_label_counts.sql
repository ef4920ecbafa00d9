-- Issue 16: a learned model says truthfully what it learned from ("60 reviews, 15 audits and 5 recall-audit answers",
-- not "80 reviews"). Each version keeps how many of its labelled tickets each kind of label settled. Versions
-- trained before have none (null) and say only how many labelled tickets they learned from.
alter table feedback_model add column review_labels integer;
alter table feedback_model add column audit_labels integer;
alter table feedback_model add column recall_answer_labels integer;
alter table feedback_model add column flag_labels integer;
alter table feedback_topic_model add column review_labels integer;
alter table feedback_topic_model add column audit_labels integer;
alter table feedback_topic_model add column recall_answer_labels integer;
alter table feedback_topic_model add column flag_labels integer;
