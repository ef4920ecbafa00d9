-- Issue 8: the learned topic correction. Every trained topic model, promoted or not, with the figures the promotion
-- was decided on, beside feedback_model (the urgency correction). Plain SQL for H2 (PostgreSQL mode) and PostgreSQL.
create table feedback_topic_model (
    version            integer       primary key,
    trained_at         timestamp     not null,
    labelled_examples  integer       not null,
    held_out_examples  integer       not null,
    model_accuracy     numeric(6,4)  not null,
    rules_accuracy     numeric(6,4)  not null,
    promoted           boolean       not null,
    parameters         text          not null
);
