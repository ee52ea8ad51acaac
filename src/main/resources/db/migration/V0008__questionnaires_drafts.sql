-- A questionnaire a patient started and has not submitted yet: one per patient and instrument.
-- The answers are health data (form values by linkId, as JSON): stored, never logged. The draft
-- is deleted when the response is submitted.
create table questionnaires_draft (
    patient_id      uuid not null references patients_patient (id),
    instrument      varchar(64) not null,
    version         integer not null,
    page            varchar(64) not null,
    answers         text not null,
    updated_at      timestamp with time zone not null,
    primary key (patient_id, instrument)
);
