-- The application's own tables. Camunda manages its ACT_* tables itself; these are migrated by Flyway.
-- Plain SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

create table account (
    id               bigint        primary key,
    name             varchar(200)  not null,
    plan             varchar(50)   not null,
    mrr              numeric(12,2) not null,
    clv              numeric(14,2),
    renewal_date     date,
    health_score     integer       check (health_score between 0 and 100),
    cs_owner_name    varchar(200),
    cs_owner_email   varchar(320),
    cs_manager_email varchar(320)
);

-- An account's e-mail domains, for tickets from people who are not (yet) known contacts.
create table account_domain (
    domain     varchar(253) primary key,
    account_id bigint       not null references account (id)
);

-- Known people: requester e-mail (lower case) to account.
create table contact (
    email      varchar(320) primary key,
    account_id bigint       not null references account (id)
);

-- One row per accepted delivery. The primary key makes a helpdesk's retry start no second instance, also when
-- two copies arrive at once on two threads or two nodes.
create table ticket_delivery (
    delivery_key        varchar(300) primary key,
    process_instance_id varchar(64)  not null,
    received_at         timestamp    not null
);

-- Every scored ticket, masked: the raw material for dashboards, calibration and the feedback loop.
create table scored_ticket (
    business_key        varchar(300)  primary key,
    process_instance_id varchar(64)   not null,
    source              varchar(50)   not null,
    ticket_id           varchar(200)  not null,
    account_id          bigint,
    polarity            numeric(6,4)  not null,
    frustration         integer       not null,
    label               varchar(20)   not null,
    topics              varchar(1000),
    escalation_action   varchar(10)   not null,
    severity            varchar(10)   not null,
    scored_at           timestamp     not null,
    review_decision     varchar(20),
    review_comment      varchar(4000),
    reviewed_at         timestamp
);

-- Alerts handed to the mail server, one per decision: the record that proves delivery and prevents a second one.
create table cs_alert (
    idempotency_key     varchar(300)  primary key,
    process_instance_id varchar(64)   not null,
    recipient_masked    varchar(320)  not null,
    subject             varchar(500)  not null,
    sent_at             timestamp     not null
);
