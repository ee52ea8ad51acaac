create table patients_patient (
    id              uuid primary key,
    legal_name      varchar(200) not null,
    preferred_name  varchar(100),
    pronouns        varchar(60),
    email           varchar(254) not null,
    date_of_birth   date,
    time_zone       varchar(60) not null,
    language        varchar(10) not null,
    account_id      uuid references identity_account (id),
    created_by      uuid not null references identity_account (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);

create table patients_invitation (
    token_hash      varchar(64) primary key,
    patient_id      uuid not null references patients_patient (id),
    created_by      uuid not null references identity_account (id),
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    used_at         timestamp with time zone
);

create index patients_invitation_patient_ix on patients_invitation (patient_id);
