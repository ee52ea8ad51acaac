-- Instrument definitions as FHIR Questionnaire JSON (text, not JSONB: one dialect on H2 and PostgreSQL).
-- A new version is a new row; a response points at the version it answered, so an old response is
-- always read against the questions the patient actually saw.
create table questionnaires_definition (
    code            varchar(64) not null,
    version         integer not null,
    json            text not null,
    created_at      timestamp with time zone not null,
    primary key (code, version)
);

-- One submitted response. The JSON is health data: never logged. Scores are stored beside it so that
-- score lists need no re-scoring; domains as JSON text keyed by the engine's domain codes.
create table questionnaires_response (
    id              uuid primary key,
    patient_id      uuid not null references patients_patient (id),
    instrument      varchar(64) not null,
    version         integer not null,
    authored        timestamp with time zone not null,
    json            text not null,
    total           numeric(8, 2),
    band            varchar(64),
    domains         text not null,
    created_by      uuid not null references identity_account (id),
    created_at      timestamp with time zone not null,
    foreign key (instrument, version) references questionnaires_definition (code, version)
);

create index questionnaires_response_patient_ix on questionnaires_response (patient_id, instrument, authored);
