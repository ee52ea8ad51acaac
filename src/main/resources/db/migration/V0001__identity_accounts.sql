-- Practices (organizations) and every account that signs in to Cairn.
create table identity_practice (
    id              uuid primary key,
    name            varchar(200) not null,
    crisis_contact  varchar(300),
    created_at      timestamp with time zone not null
);

create table identity_account (
    id              uuid primary key,
    username        varchar(64) not null,
    password_hash   varchar(200) not null,
    role            varchar(20) not null,
    display_name    varchar(200) not null,
    practice_id     uuid references identity_practice (id),
    -- Set for patient accounts only: the record this account owns.
    patient_id      uuid,
    enabled         boolean not null,
    created_at      timestamp with time zone not null,
    constraint identity_account_username_uk unique (username),
    constraint identity_account_role_ck check (role in ('PATIENT', 'CLINICIAN', 'PRACTICE_ADMIN', 'PARTNER'))
);

-- Bearer tokens are stored as SHA-256 hashes: a copy of this table cannot be replayed.
create table identity_api_token (
    token_hash      varchar(64) primary key,
    account_id      uuid not null references identity_account (id),
    expires_at      timestamp with time zone not null
);

create index identity_api_token_account_ix on identity_api_token (account_id);
