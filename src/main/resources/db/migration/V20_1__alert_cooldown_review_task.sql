-- Whether the alert holding a cooldown has opened a review (or audit) task. A ticket attached to the alert writes a
-- line into that task's form; an alert that went out without review needs no task lookup (issue 20: the lookup was
-- 5-7 % of the job executor's work under load, where most alerts are automated).
alter table alert_cooldown add column review_task_opened boolean default false not null;
