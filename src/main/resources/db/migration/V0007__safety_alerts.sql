-- Safety alerts for the care team (CLINICAL.md section 4). The row says that a safety answer needs
-- follow-up; which answer it was (flag, instrument) is detail that follows the sharing grants.
create table safety_alert (
    id                  uuid primary key,
    patient_id          uuid not null references patients_patient (id),
    kind                varchar(64) not null,
    urgent              boolean not null,
    flag                varchar(64) not null,
    instrument          varchar(64) not null,
    response_id         uuid,
    raised_at           timestamp with time zone not null,
    status              varchar(20) not null,
    acknowledged_by     uuid references identity_account (id),
    acknowledged_at     timestamp with time zone,
    resolved_by         uuid references identity_account (id),
    resolved_at         timestamp with time zone,
    resolution_note     text
);

create index safety_alert_patient_ix on safety_alert (patient_id, raised_at);
