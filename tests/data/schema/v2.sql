-- Frozen snapshot of data version 2 (0001 + 0002 as released), with seeded rows.
-- Never edit: the migration test opens this as an old user's file would be.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE admin_unit (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    revision       INTEGER NOT NULL DEFAULT 1,
    kind           TEXT NOT NULL CHECK (kind IN ('commune', 'ward', 'village', 'residential_group')),
    name           TEXT NOT NULL,
    code           TEXT,
    parent_id      INTEGER REFERENCES admin_unit(id),
    valid_from     TEXT,
    valid_to       TEXT,
    merged_into_id INTEGER REFERENCES admin_unit(id),
    split_from_id  INTEGER REFERENCES admin_unit(id),
    sort_order     INTEGER NOT NULL DEFAULT 0,
    notes          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX admin_unit_parent ON admin_unit(parent_id);
CREATE TABLE admin_unit_name (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    revision      INTEGER NOT NULL DEFAULT 1,
    admin_unit_id INTEGER NOT NULL REFERENCES admin_unit(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    valid_from    TEXT,
    valid_to      TEXT
);
CREATE INDEX admin_unit_name_unit ON admin_unit_name(admin_unit_id);
CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    revision        INTEGER NOT NULL DEFAULT 1,
    full_name       TEXT NOT NULL,
    family_name     TEXT NOT NULL DEFAULT '',
    middle_name     TEXT NOT NULL DEFAULT '',
    given_name      TEXT NOT NULL DEFAULT '',
    sort_key        TEXT NOT NULL DEFAULT '',
    search_key      TEXT NOT NULL DEFAULT '',
    sex             TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'male', 'female')),
    birth_date      TEXT NOT NULL DEFAULT '',
    ethnicity       TEXT NOT NULL DEFAULT '',
    religion        TEXT NOT NULL DEFAULT '',
    citizen_id      TEXT NOT NULL DEFAULT '',
    education       TEXT NOT NULL DEFAULT '',
    occupation      TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    death_date      TEXT NOT NULL DEFAULT '',
    moved_away_date TEXT NOT NULL DEFAULT '',
    -- children of compulsory-school age: enrolled / not_enrolled / exempt (illness, disability)
    school_status   TEXT NOT NULL DEFAULT '' CHECK (school_status IN ('', 'enrolled', 'not_enrolled', 'exempt')),
    notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX person_sort ON person(sort_key);
CREATE INDEX person_citizen_id ON person(citizen_id) WHERE citizen_id <> '';
CREATE TABLE household (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    revision   INTEGER NOT NULL DEFAULT 1,
    code       TEXT NOT NULL,
    village_id INTEGER NOT NULL REFERENCES admin_unit(id),
    address    TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX household_by_village ON household(village_id);
CREATE INDEX household_code ON household(code);
CREATE TABLE household_village (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    revision     INTEGER NOT NULL DEFAULT 1,
    household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
    village_id   INTEGER NOT NULL REFERENCES admin_unit(id),
    valid_from   TEXT,
    valid_to     TEXT
);
CREATE INDEX household_village_household ON household_village(household_id);
CREATE INDEX household_village_village ON household_village(village_id);
CREATE TABLE membership (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    revision         INTEGER NOT NULL DEFAULT 1,
    person_id        INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    household_id     INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
    relation         TEXT NOT NULL,
    residence_status TEXT NOT NULL DEFAULT 'permanent',
    valid_from       TEXT,
    valid_to         TEXT,
    end_reason       TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX membership_one_current_household ON membership(person_id) WHERE valid_to IS NULL;
CREATE UNIQUE INDEX membership_one_current_head ON membership(household_id)
    WHERE valid_to IS NULL AND relation = 'head';
CREATE INDEX membership_household ON membership(household_id);
CREATE TABLE clan (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    revision       INTEGER NOT NULL DEFAULT 1,
    name           TEXT NOT NULL,
    head_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
    notes          TEXT NOT NULL DEFAULT ''
);
CREATE TABLE clan_household (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    revision     INTEGER NOT NULL DEFAULT 1,
    clan_id      INTEGER NOT NULL REFERENCES clan(id) ON DELETE CASCADE,
    household_id INTEGER NOT NULL UNIQUE REFERENCES household(id) ON DELETE CASCADE
);
CREATE INDEX clan_household_clan ON clan_household(clan_id);
CREATE TABLE local_unit (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    revision       INTEGER NOT NULL DEFAULT 1,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    managing_level TEXT NOT NULL DEFAULT 'commune',
    instrument     TEXT NOT NULL DEFAULT '',
    village_id     INTEGER REFERENCES admin_unit(id),
    staff_count    INTEGER NOT NULL DEFAULT 0,
    notes          TEXT NOT NULL DEFAULT ''
);
CREATE TABLE local_unit_staff (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    revision   INTEGER NOT NULL DEFAULT 1,
    unit_id    INTEGER NOT NULL REFERENCES local_unit(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    role       TEXT NOT NULL DEFAULT '',
    valid_from TEXT,
    valid_to   TEXT
);
CREATE INDEX local_unit_staff_unit ON local_unit_staff(unit_id);
CREATE INDEX local_unit_staff_person ON local_unit_staff(person_id);
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    source      TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    entity      TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity_uuid);
INSERT INTO meta(key, value) VALUES ('database_uuid', '0b1f2a8e-52c4-4d6e-9d71-3f0a9e1c2b11'), ('created_at', '2025-03-01T08:00:00Z');
INSERT INTO admin_unit(id, uuid, kind, name, valid_from) VALUES
  (1, '6c1b0a52-0000-4000-8000-000000000001', 'commune', 'Xã Cũ', '2000-01-01'),
  (2, '6c1b0a52-0000-4000-8000-000000000002', 'village', 'Thôn Một', '2000-01-01');
UPDATE admin_unit SET parent_id = 1 WHERE id = 2;
INSERT INTO admin_unit_name(id, uuid, admin_unit_id, name, valid_from) VALUES
  (1, '6c1b0a52-0000-4000-8000-000000000011', 1, 'Xã Cũ', '2000-01-01'),
  (2, '6c1b0a52-0000-4000-8000-000000000012', 2, 'Thôn Một', '2000-01-01');
INSERT INTO person(id, uuid, revision, full_name, family_name, middle_name, given_name, sort_key, search_key, sex, birth_date, citizen_id, education)
VALUES (1, '6c1b0a52-0000-4000-8000-000000000101', 3, 'Nguyễn Văn Đức', 'Nguyễn', 'Văn', 'Đức', 'x', 'nguyen van duc', 'male', '1956', '037056000123', '7/10'),
       (2, '6c1b0a52-0000-4000-8000-000000000102', 1, 'Trần Thị Hòa', 'Trần', 'Thị', 'Hòa', 'x', 'tran thi hoa', 'female', '1960-03-08', '', '10/10');
INSERT INTO household(id, uuid, code, village_id, address) VALUES (1, '6c1b0a52-0000-4000-8000-000000000201', '01.001', 2, 'Xóm 1');
INSERT INTO household_village(id, uuid, household_id, village_id, valid_from) VALUES (1, '6c1b0a52-0000-4000-8000-000000000211', 1, 2, '2015-01-01');
INSERT INTO membership(id, uuid, person_id, household_id, relation, valid_from) VALUES
  (1, '6c1b0a52-0000-4000-8000-000000000301', 1, 1, 'head', '2015-01-01'),
  (2, '6c1b0a52-0000-4000-8000-000000000302', 2, 1, 'spouse', '2015-01-01');
INSERT INTO audit_log(at, user_name, source, action, entity, entity_uuid, field, old_value, new_value)
VALUES ('2025-03-01T08:00:00.000Z', 'clerk', 'gui', 'update', 'person', '6c1b0a52-0000-4000-8000-000000000101', 'education', '4/10', '7/10');

PRAGMA application_id = 1397249104;


CREATE TABLE learning_centre (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    revision         INTEGER NOT NULL DEFAULT 1,
    name             TEXT NOT NULL,
    commune_id       INTEGER REFERENCES admin_unit(id),
    established_on   TEXT NOT NULL DEFAULT '',
    director_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
    notes            TEXT NOT NULL DEFAULT ''
);

CREATE TABLE course (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    revision   INTEGER NOT NULL DEFAULT 1,
    centre_id  INTEGER NOT NULL REFERENCES learning_centre(id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    field      TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    end_date   TEXT NOT NULL DEFAULT '',
    hours      REAL NOT NULL DEFAULT 0,
    location   TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX course_centre ON course(centre_id);
CREATE INDEX course_start ON course(start_date);

CREATE TABLE course_session (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    revision   INTEGER NOT NULL DEFAULT 1,
    course_id  INTEGER NOT NULL REFERENCES course(id) ON DELETE CASCADE,
    held_on    TEXT NOT NULL,
    hours      REAL NOT NULL DEFAULT 0
);
CREATE INDEX course_session_course ON course_session(course_id);

CREATE TABLE attendance (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    revision   INTEGER NOT NULL DEFAULT 1,
    session_id INTEGER NOT NULL REFERENCES course_session(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    UNIQUE (session_id, person_id)
);
CREATE INDEX attendance_person ON attendance(person_id);

CREATE TABLE criteria_catalogue (
    id       INTEGER PRIMARY KEY,
    uuid     TEXT NOT NULL UNIQUE,
    revision INTEGER NOT NULL DEFAULT 1,
    code     TEXT NOT NULL,
    version  TEXT NOT NULL,
    title    TEXT NOT NULL,
    content  TEXT NOT NULL,
    UNIQUE (code, version)
);

CREATE TABLE registration (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    revision      INTEGER NOT NULL DEFAULT 1,
    year          INTEGER NOT NULL,
    title         TEXT NOT NULL,
    subject_kind  TEXT NOT NULL,
    subject_uuid  TEXT NOT NULL,
    registered_on TEXT NOT NULL DEFAULT '',
    UNIQUE (year, title, subject_uuid)
);

CREATE TABLE evaluation (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    revision          INTEGER NOT NULL DEFAULT 1,
    year              INTEGER NOT NULL,
    title             TEXT NOT NULL,
    subject_kind      TEXT NOT NULL,
    subject_uuid      TEXT NOT NULL,
    catalogue_code    TEXT NOT NULL,
    catalogue_version TEXT NOT NULL,
    verdict           TEXT NOT NULL CHECK (verdict IN ('met', 'not_met', 'pending')),
    level             INTEGER NOT NULL DEFAULT 0,
    total_points      REAL,
    evaluated_at      TEXT NOT NULL,
    UNIQUE (year, title, subject_uuid)
);

CREATE TABLE indicator_result (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    revision      INTEGER NOT NULL DEFAULT 1,
    evaluation_id INTEGER NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
    indicator     TEXT NOT NULL,
    judged        INTEGER NOT NULL DEFAULT 0,
    met           INTEGER,
    points        REAL,
    value         TEXT NOT NULL DEFAULT '',
    evidence      TEXT NOT NULL DEFAULT '',
    UNIQUE (evaluation_id, indicator)
);

CREATE TABLE recognition (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    revision        INTEGER NOT NULL DEFAULT 1,
    year            INTEGER NOT NULL,
    title           TEXT NOT NULL,
    subject_kind    TEXT NOT NULL,
    subject_uuid    TEXT NOT NULL,
    level           INTEGER NOT NULL DEFAULT 0,
    decision_number TEXT NOT NULL DEFAULT '',
    decision_date   TEXT NOT NULL DEFAULT '',
    signer          TEXT NOT NULL DEFAULT '',
    valid_from      TEXT NOT NULL DEFAULT '',
    valid_to        TEXT NOT NULL DEFAULT '',
    UNIQUE (year, title, subject_uuid)
);
CREATE INDEX recognition_subject ON recognition(subject_uuid);

INSERT INTO learning_centre(id, uuid, name, commune_id) VALUES (1, '6c1b0a52-0000-4000-8000-000000000401', 'Trung tâm học tập cộng đồng xã Hòa An', 1);
INSERT INTO course(id, uuid, centre_id, title, field, start_date, end_date, hours) VALUES (1, '6c1b0a52-0000-4000-8000-000000000411', 1, 'Kỹ thuật trồng lúa', 'agriculture', '2025-03-01', '2025-03-31', 8);
INSERT INTO course_session(id, uuid, course_id, held_on, hours) VALUES (1, '6c1b0a52-0000-4000-8000-000000000421', 1, '2025-03-05', 2);
INSERT INTO attendance(id, uuid, session_id, person_id) VALUES (1, '6c1b0a52-0000-4000-8000-000000000431', 1, 1);
INSERT INTO registration(id, uuid, year, title, subject_kind, subject_uuid, registered_on) VALUES (1, '6c1b0a52-0000-4000-8000-000000000501', 2025, 'learning_family', 'household', '6c1b0a52-0000-4000-8000-000000000201', '2025-01-15');
INSERT INTO recognition(id, uuid, year, title, subject_kind, subject_uuid, decision_number, decision_date, signer, valid_from, valid_to) VALUES (1, '6c1b0a52-0000-4000-8000-000000000601', 2024, 'learning_family', 'household', '6c1b0a52-0000-4000-8000-000000000201', '12/QĐ-UBND', '2024-12-20', 'Nguyễn Văn Bình', '2024-12-20', '2025-12-31');
PRAGMA user_version = 2;
