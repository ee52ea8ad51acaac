-- A clinician's view of one contributor domain: confirmed or set aside, always with a reason.
-- A later review supersedes an earlier one; nothing is deleted, so the history stays readable.
create table contributors_review (
    id              uuid primary key,
    patient_id      uuid not null references patients_patient (id),
    domain          varchar(40) not null,
    clinician_view  varchar(20) not null,
    reason          text not null,
    reviewed_by     uuid not null references identity_account (id),
    reviewed_at     timestamp with time zone not null,
    constraint contributors_review_view_ck check (clinician_view in ('confirmed', 'set-aside'))
);

create index contributors_review_patient_ix on contributors_review (patient_id, reviewed_at);

-- The derived statuses each time new answers, scores or findings arrived, for the map's history.
-- Statuses only ("domain=status" pairs), never the answers behind them.
create table contributors_snapshot (
    id              uuid primary key,
    patient_id      uuid not null references patients_patient (id),
    computed_at     timestamp with time zone not null,
    cause           varchar(80) not null,
    statuses        text not null
);

create index contributors_snapshot_patient_ix on contributors_snapshot (patient_id, computed_at);
