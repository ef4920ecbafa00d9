-- The ticket each delivery belongs to, so a webhook for a ticket never seen before (most of them) is known as new
-- from one indexed lookup, without asking the engine for a running or an ended instance of it.
alter table ticket_delivery add column business_key varchar(300);

-- Deliveries recorded before: the key is the business key (source:ticketId) followed by the event id, the update
-- time or a digest of the text (IncomingTicket.deliveryKey).
update ticket_delivery
   set business_key = regexp_replace(regexp_replace(regexp_replace(delivery_key,
       '#event:.*$', ''), '#text:[0-9a-f]{64}$', ''), '@[0-9]{4}-[0-9]{2}-[0-9]{2}T[^@]*Z$', '');

create index ticket_delivery_business_key on ticket_delivery (business_key);
