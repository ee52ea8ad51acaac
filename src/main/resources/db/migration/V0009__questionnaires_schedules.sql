-- A practice's questionnaire schedule: one row per measure it has set. A measure without a row
-- follows Cairn's default (Schedule.defaults()); every_weeks null means the practice turned it off.
create table questionnaires_schedule (
    practice_id     uuid not null references identity_practice (id),
    instrument      varchar(64) not null,
    every_weeks     integer,
    while_raised    boolean not null,
    updated_by      uuid not null references identity_account (id),
    updated_at      timestamp with time zone not null,
    primary key (practice_id, instrument),
    constraint questionnaires_schedule_weeks_ck check (every_weeks is null or (every_weeks between 1 and 52))
);
