-- The patient's explicit sharing decisions, one per team member and data category.
-- No row means the category's default applies (see DataCategory).
create table consent_grant (
    patient_id      uuid not null,
    clinician_id    uuid not null,
    category        varchar(30) not null,
    shared          boolean not null,
    decided_at      timestamp with time zone not null,
    primary key (patient_id, clinician_id, category)
);

-- Every change stays visible: withdrawing consent is part of the record.
create table consent_grant_change (
    id              uuid primary key,
    patient_id      uuid not null,
    clinician_id    uuid not null,
    category        varchar(30) not null,
    shared          boolean not null,
    changed_by      uuid not null,
    changed_at      timestamp with time zone not null
);

create index consent_grant_change_patient_ix on consent_grant_change (patient_id, changed_at);
