-- Instruments a practice imports (a licensed questionnaire with its official wording). Shipped definitions
-- keep these columns null. An imported definition names the practice that owns it, the data category its
-- answers belong to (chosen at import, never read from the file), and its scoring rule as JSON text.
alter table questionnaires_definition add column practice_id uuid;
alter table questionnaires_definition add column category varchar(32);
alter table questionnaires_definition add column scoring text;
alter table questionnaires_definition add constraint questionnaires_definition_practice_fk
    foreign key (practice_id) references identity_practice (id);
