-- Issue 15: a ticket is attached to an open alert once per instance, not once for ever. A customer's follow-up on a
-- ticket whose instance has ended starts a new instance under the same business key; inside the cooldown it is
-- attached again, and with the business key as the primary key that second row failed the job (an incident, the
-- accepted message never scored). The attaching instance is the key now: the gate decides once per instance.
-- Plain SQL that H2 and PostgreSQL both accept; a new table, as the old primary key's name differs between them.
create table alert_attachment_per_instance (
    process_instance_id       varchar(64)  not null,
    business_key              varchar(300) not null,
    cooldown_key              varchar(400) not null,
    alert_process_instance_id varchar(64)  not null,
    account_id                bigint,
    frustration               integer      not null,
    attached_at               timestamp    not null,
    constraint alert_attachment_instance primary key (process_instance_id)
);

-- Attachments recorded before: the instance their ticket's score row holds, which is the attaching one (the gate and
-- the score are written in one transaction, and a later instance of the ticket could not attach). A row without a
-- score row, which nothing writes, keeps a placeholder that stays unique.
insert into alert_attachment_per_instance (process_instance_id, business_key, cooldown_key,
                                           alert_process_instance_id, account_id, frustration, attached_at)
select coalesce(s.process_instance_id, 'unknown-' || row_number() over (order by a.business_key)),
       a.business_key, a.cooldown_key, a.alert_process_instance_id, a.account_id, a.frustration, a.attached_at
  from alert_attachment a
  left join scored_ticket s on s.business_key = a.business_key;

drop table alert_attachment;
alter table alert_attachment_per_instance rename to alert_attachment;
create index alert_attachment_account on alert_attachment (account_id, attached_at);
create index alert_attachment_ticket on alert_attachment (business_key);
