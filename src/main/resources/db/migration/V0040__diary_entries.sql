-- The daily diary. An entry is never changed or deleted: a later entry for the same date amends the
-- day (its values replace the earlier entry's, its attempts are added to the day's), and the earlier
-- entry stays as history. Which entry is current is decided when reading (latest written_at, then
-- recorded_at, then id), so two entries arriving at once need no update of each other.
--
-- client_id is chosen by the device that wrote the entry (offline entries carry it through every retry):
-- the unique constraint, not a look-up before the insert, is what makes a replay store nothing twice.
-- body_hash is the SHA-256 of the entry as Cairn read it, so a replay with a different body is refused.
create table diary_entry (
    id              uuid primary key,
    patient_id      uuid not null references patients_patient (id),
    client_id       varchar(64) not null,
    body_hash       varchar(64) not null,
    entry_date      date not null,
    flare           boolean not null,
    stress          integer,
    sleep           integer,
    cycle_day       integer,
    bowel_note      varchar(500),
    bladder_note    varchar(500),
    helped          varchar(500),
    note            varchar(2000),
    red_flags       varchar(300) not null,
    written_at      timestamp with time zone not null,
    recorded_by     uuid not null references identity_account (id),
    recorded_at     timestamp with time zone not null,
    constraint diary_entry_client_uq unique (patient_id, client_id),
    constraint diary_entry_stress_ck check (stress between 0 and 10),
    constraint diary_entry_sleep_ck check (sleep between 1 and 5),
    constraint diary_entry_cycle_ck check (cycle_day between 1 and 60)
);

create index diary_entry_patient_date_ix on diary_entry (patient_id, entry_date);

-- Pain 0-10 by activity (CLINICAL.md 3b pain-activities codes) for one entry.
create table diary_pain (
    entry_id        uuid not null references diary_entry (id),
    activity        varchar(20) not null,
    pain            integer not null,
    primary key (entry_id, activity),
    constraint diary_pain_ck check (pain between 0 and 10)
);

-- Penetration attempts, one row each, in the order the patient logged them. A stop is recorded as
-- the patient's choice (stopped = true), never as a failure.
create table diary_attempt (
    entry_id            uuid not null references diary_entry (id),
    seq                 integer not null,
    attempt_type        varchar(20) not null,
    dilator_size        integer,
    pain                integer not null,
    location            varchar(20),
    pain_after_minutes  integer,
    stopped             boolean not null,
    primary key (entry_id, seq),
    constraint diary_attempt_pain_ck check (pain between 0 and 10),
    constraint diary_attempt_size_ck check (dilator_size between 1 and 10),
    constraint diary_attempt_after_ck check (pain_after_minutes between 0 and 4320)
);
