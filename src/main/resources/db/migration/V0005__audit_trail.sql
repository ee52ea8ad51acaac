-- Append-only audit trail, hash-chained per subject (a patient, or the system chain for events that
-- name no patient). Each row's hash covers its content and the previous row's hash, so an edit, a
-- deletion or a reordering breaks the chain at a row that `audit verify` can name.
create table audit_chain (
    chain_key       varchar(40) primary key,
    last_seq        bigint not null,
    last_hash       varchar(64) not null
);

create table audit_event (
    id              uuid primary key,
    chain_key       varchar(40) not null,
    seq             bigint not null,
    occurred_at     timestamp with time zone not null,
    actor_id        uuid,
    actor_role      varchar(20),
    patient_id      uuid,
    action          varchar(40) not null,
    what            varchar(80) not null,
    outcome         varchar(10) not null,
    prev_hash       varchar(64) not null,
    hash            varchar(64) not null,
    constraint audit_event_chain_uk unique (chain_key, seq)
);

create index audit_event_patient_ix on audit_event (patient_id, occurred_at);

insert into audit_chain (chain_key, last_seq, last_hash)
values ('system', 0, '0000000000000000000000000000000000000000000000000000000000000000');
