-- Issue 17: what triage last wrote back to a helpdesk ticket. Plain SQL that H2 and PostgreSQL both accept.
-- One row per helpdesk ticket: the fingerprint of the last committed write makes a retried job skip a write that
-- already went out; a re-score or a review verdict with other values writes again and replaces the row.
create table helpdesk_write_back (
    source               varchar(32)   not null,
    ticket_id            varchar(255)  not null,
    fingerprint          varchar(64)   not null,
    label                varchar(20),
    frustration          integer,
    severity             varchar(20),
    escalated            boolean       not null,
    -- The helpdesk actions applied with the write ("priority=urgent; group=senior-support"), empty in PASSIVE.
    actions              varchar(1000),
    process_instance_id  varchar(64),
    writes               integer       default 1 not null,
    written_at           timestamp     not null,
    primary key (source, ticket_id)
);
