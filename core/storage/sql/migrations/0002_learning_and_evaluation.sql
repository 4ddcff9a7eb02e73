-- Version 2: the community learning centre (TTHTCĐ) with its courses, sessions and attendance, and the
-- yearly evaluation of the learning titles (registrations, catalogues, results, recognitions).
-- Evaluation subjects are referenced by kind + uuid because they are rows of different tables.

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

-- A criteria catalogue as loaded (JSON), versioned: results remember which version produced them.
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
