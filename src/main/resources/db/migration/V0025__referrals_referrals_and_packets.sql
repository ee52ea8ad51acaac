-- A referral from a team member to a discipline (an open request) or to a named clinician.
-- Rows are never deleted: a referral ends withdrawn, declined or completed, and keeps its history.
create table referrals_referral (
    id                   uuid primary key,
    patient_id           uuid not null references patients_patient (id),
    referred_by          uuid not null references identity_account (id),
    discipline           varchar(40) not null,
    -- Null for an open request to the discipline, until a clinician accepts it.
    to_clinician         uuid references identity_account (id),
    open_request         boolean not null,
    reason               text not null,
    -- Category codes, comma-separated: what the referrer proposed, then what the patient approved.
    proposed_categories  varchar(400) not null,
    approved_categories  varchar(400),
    state                varchar(20) not null,
    decline_reason       text,
    summary              text,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint referrals_referral_state_ck check (state in ('DRAFT', 'AWAITING_PATIENT', 'SENT', 'ACCEPTED',
        'DECLINED', 'COMPLETED', 'WITHDRAWN', 'PATIENT_DECLINED'))
);

create index referrals_referral_patient_ix on referrals_referral (patient_id, created_at);
create index referrals_referral_to_ix on referrals_referral (to_clinician, state);
create index referrals_referral_open_ix on referrals_referral (discipline, state);
create index referrals_referral_by_ix on referrals_referral (referred_by, created_at);

-- The packet as the patient approved it, frozen at approval: one row per item, each in the one
-- data category it belongs to. Written once, never changed.
create table referrals_packet_item (
    id           uuid primary key,
    referral_id  uuid not null references referrals_referral (id),
    position     integer not null,
    category     varchar(40) not null,
    kind         varchar(20) not null,
    body         text not null,
    constraint referrals_packet_item_uk unique (referral_id, position)
);

-- Every change of state: who moved the referral, from what, to what, and when.
create table referrals_transition (
    id           uuid primary key,
    referral_id  uuid not null references referrals_referral (id),
    from_state   varchar(20),
    to_state     varchar(20) not null,
    actor_id     uuid not null references identity_account (id),
    at           timestamp with time zone not null
);

create index referrals_transition_referral_ix on referrals_transition (referral_id, at);
