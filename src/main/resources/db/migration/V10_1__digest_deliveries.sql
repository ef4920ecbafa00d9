-- Which digest run has already reached which recipient. A digest run that fails half-way (mail server down
-- after three of five owners) is retried by the job executor; the retry skips the owners recorded here, so
-- nobody gets the same digest twice. Plain SQL for H2 (PostgreSQL mode) and PostgreSQL.
create table digest_delivery (
    run_id     varchar(64)   not null,
    recipient  varchar(320)  not null,
    sent_at    timestamp     not null,
    primary key (run_id, recipient)
);
