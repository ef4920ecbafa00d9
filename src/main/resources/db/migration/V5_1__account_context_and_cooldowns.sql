-- Issue 5: account context, alert cooldowns and unattached-ticket links.
-- Plain SQL that H2 and PostgreSQL both accept.

-- The CS manager's name beside the e-mail V1 already keeps.
alter table account add column cs_manager_name varchar(200);

-- Every health score an account had, newest last: the CSV import and each update through the API append a row.
create table account_health (
    account_id   bigint    not null references account (id) on delete cascade,
    recorded_at  timestamp not null,
    health_score integer   not null check (health_score between 0 and 100),
    primary key (account_id, recorded_at)
);

-- One open alert per cooldown key ("account:42:topic:billing", "thread:zendesk:123"). The primary key is the
-- lock: of two tickets racing for the same key, only one insert commits, the other ticket is attached instead.
-- An expired row is taken over with a conditional update (expires_at <= now), which again only one wins.
create table alert_cooldown (
    cooldown_key        varchar(400) primary key,
    account_id          bigint,
    process_instance_id varchar(64)  not null,
    business_key        varchar(300) not null,
    opened_at           timestamp    not null,
    expires_at          timestamp    not null
);

-- Tickets that arrived while an alert for their account and topic (or thread) was open, attached to that alert.
create table alert_attachment (
    business_key              varchar(300) primary key,
    cooldown_key              varchar(400) not null,
    alert_process_instance_id varchar(64)  not null,
    account_id                bigint,
    frustration               integer      not null,
    attached_at               timestamp    not null
);

create index alert_attachment_account on alert_attachment (account_id, attached_at);
create index scored_ticket_account on scored_ticket (account_id, scored_at);
