-- Issue 20: one row per accepted survey response. The primary key makes a survey tool's retry start no second
-- survey comment triage instance, also when two copies arrive at once on two threads or two nodes.
create table survey_response (
    response_id         varchar(200) primary key,
    process_instance_id varchar(64)  not null,
    received_at         timestamp    not null
);
