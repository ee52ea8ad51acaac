-- An encounter (visit) charted by one clinician. Voided with a reason, never deleted.
create table assessment_encounter (
    id              uuid primary key,
    patient_id      uuid not null,
    clinician_id    uuid not null,
    visit_type      varchar(20) not null,
    opened_at       timestamp with time zone not null,
    visit_date      date not null,
    voided_at       timestamp with time zone,
    voided_by       uuid,
    void_reason     varchar(500),
    constraint assessment_encounter_type_ck check (visit_type in ('initial', 'follow-up'))
);

create index assessment_encounter_patient_ix on assessment_encounter (patient_id, opened_at);

-- One examined item of the structured form, as charted: the item and route (external or
-- internal), and a result, a scale value or clock positions. The contributor map reads the latest
-- charting of each item and route. Voided with a reason, never deleted.
create table assessment_finding (
    id              uuid primary key,
    encounter_id    uuid not null references assessment_encounter (id),
    patient_id      uuid not null,
    item            varchar(40) not null,
    route           varchar(10) not null,
    result          varchar(40),
    scale_value     integer,
    points          varchar(40),
    detail          varchar(200),
    recorded_by     uuid not null,
    recorded_at     timestamp with time zone not null,
    voided_at       timestamp with time zone,
    voided_by       uuid,
    void_reason     varchar(500),
    constraint assessment_finding_route_ck check (route in ('external', 'internal'))
);

create index assessment_finding_patient_ix on assessment_finding (patient_id, recorded_at);
create index assessment_finding_encounter_ix on assessment_finding (encounter_id);

-- Free-text SOAP notes. The kind decides who reads them: exam-findings and clinical-notes follow
-- the patient's sharing grants; process notes are the author's alone.
create table assessment_note (
    id              uuid primary key,
    patient_id      uuid not null,
    author_id       uuid not null,
    kind            varchar(20) not null,
    subjective      text,
    objective       text,
    assessment      text,
    plan            text,
    written_at      timestamp with time zone not null,
    voided_at       timestamp with time zone,
    voided_by       uuid,
    void_reason     varchar(500),
    constraint assessment_note_kind_ck check (kind in ('exam-findings', 'clinical-notes', 'process'))
);

create index assessment_note_patient_ix on assessment_note (patient_id, written_at);
