-- The patient's examination preferences (CLINICAL.md section 8). Every save is a new version;
-- nothing is overwritten, so what a clinician saw before an examination can always be read again.
-- External examination is always acceptable; the two internal kinds are the patient's choice.
create table consent_exam_preferences (
    id                      uuid primary key,
    patient_id              uuid not null,
    version                 integer not null,
    internal_single_digit   boolean not null,
    speculum                boolean not null,
    support_person          varchar(200),
    chaperone               boolean not null,
    position                varchar(300),
    clothing                varchar(300),
    stop_signal             varchar(100),
    observers_allowed       boolean not null,
    coping_plan             varchar(1000),
    recorded_by             uuid not null,
    recorded_at             timestamp with time zone not null,
    constraint consent_exam_preferences_version_uq unique (patient_id, version)
);

-- A visit at which an examination may take place, registered when the clinician opens it.
-- Consent to an internal examination belongs to one visit and can be given only while it is open
-- (until the end of the visit's day in the patient's time zone); it can be withdrawn at any time.
create table consent_exam_visit (
    encounter_id    uuid primary key,
    patient_id      uuid not null,
    clinician_id    uuid not null,
    opened_at       timestamp with time zone not null,
    open_until      timestamp with time zone not null
);

create index consent_exam_visit_patient_ix on consent_exam_visit (patient_id, open_until);

-- What happened to consent and to the examination's course at a visit, in order. Append-only:
-- a withdrawal, a pause or a stop is a row of its own, never an edit.
create table consent_exam_event (
    id              uuid primary key,
    encounter_id    uuid not null references consent_exam_visit (encounter_id),
    seq             integer not null,
    kind            varchar(20) not null,
    exam_procedure  varchar(30),
    actor_id        uuid not null,
    by_patient      boolean not null,
    note            varchar(300),
    occurred_at     timestamp with time zone not null,
    constraint consent_exam_event_seq_uq unique (encounter_id, seq),
    constraint consent_exam_event_kind_ck check (kind in ('given', 'withdrawn', 'paused', 'resumed', 'stopped'))
);
