-- The clinician directory: one row per clinician account.
create table team_clinician (
    account_id              uuid primary key references identity_account (id),
    discipline              varchar(40) not null,
    sexual_health_training  boolean not null,
    external_only_care      boolean not null,
    telehealth              boolean not null,
    accepting_new_patients  boolean not null,
    languages               varchar(100) not null
);

-- A patient's care team: clinicians from any practice.
create table team_member (
    id              uuid primary key,
    patient_id      uuid not null references patients_patient (id),
    clinician_id    uuid not null references identity_account (id),
    status          varchar(10) not null,
    invited_by      uuid references identity_account (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint team_member_uk unique (patient_id, clinician_id),
    constraint team_member_status_ck check (status in ('INVITED', 'ACTIVE', 'DECLINED', 'ENDED'))
);

create index team_member_clinician_ix on team_member (clinician_id, status);
