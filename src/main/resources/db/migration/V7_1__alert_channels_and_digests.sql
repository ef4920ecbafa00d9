-- Issue 7: structured CS alerts, a second channel and digests. Plain SQL for H2 (PostgreSQL mode) and PostgreSQL.

-- Which channel a recorded alert went through; the idempotency key stays one per decision and channel.
alter table cs_alert add column channel varchar(20) default 'email' not null;

-- CS owners who want alerts in a chat channel too: an incoming-webhook URL (Slack or compatible). The URL carries a
-- token, so it is never logged.
create table cs_owner_webhook (
    cs_owner_email varchar(320)  primary key,
    webhook_url    varchar(1000) not null
);

-- Digests read a week (or a day) of scored tickets by action.
create index scored_ticket_action_scored_at on scored_ticket (escalation_action, scored_at);
