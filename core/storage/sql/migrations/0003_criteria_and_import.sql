-- Version 3: what the evaluation (Step 3) and the import (Step 4) need beyond version 2.

-- Catalogues in the file are the clerk's clones of built-in ones (resources/criteria/*.json), adapted to the
-- province's guidance, and copies of the built-in versions that results were computed with.
ALTER TABLE criteria_catalogue ADD COLUMN parent_code TEXT NOT NULL DEFAULT '';
ALTER TABLE criteria_catalogue ADD COLUMN parent_version TEXT NOT NULL DEFAULT '';
ALTER TABLE criteria_catalogue ADD COLUMN province TEXT NOT NULL DEFAULT '';
ALTER TABLE criteria_catalogue ADD COLUMN builtin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE criteria_catalogue ADD COLUMN created_at TEXT NOT NULL DEFAULT '';

-- The council's judgement of one indicator for one subject and year. Kept apart from the computed results
-- (evaluation, indicator_result) so that evaluating the year again never loses what the council decided.
CREATE TABLE judgement (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    revision     INTEGER NOT NULL DEFAULT 1,
    year         INTEGER NOT NULL,
    title        TEXT NOT NULL,
    subject_uuid TEXT NOT NULL,
    indicator    TEXT NOT NULL,
    met          INTEGER,
    points       REAL,
    note         TEXT NOT NULL DEFAULT '',
    judged_on    TEXT NOT NULL DEFAULT '',
    UNIQUE (year, title, subject_uuid, indicator)
);

-- The foreign key from membership to person needs a full index on person_id (version 1 has only a partial
-- one, for the current membership): without it every person deleted (an undone import, a merge) scans the
-- whole membership table.
CREATE INDEX membership_person_all ON membership(person_id);

CREATE INDEX evaluation_year_title ON evaluation(year, title);
CREATE INDEX registration_year_title ON registration(year, title);
CREATE INDEX recognition_year_title ON recognition(year, title);

-- Targets the locality sets itself (national defaults ship as data in resources/targets/).
CREATE TABLE target (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    revision   INTEGER NOT NULL DEFAULT 1,
    indicator  TEXT NOT NULL,
    year       INTEGER NOT NULL,
    share      REAL NOT NULL CHECK (share >= 0 AND share <= 1),
    scope      TEXT NOT NULL DEFAULT 'commune' CHECK (scope IN ('province', 'commune')),
    source     TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    UNIQUE (indicator, year, scope)
);

-- One committed import of one file (and sheet): what it did, so a re-import can say what changed.
CREATE TABLE import_batch (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    revision           INTEGER NOT NULL DEFAULT 1,
    file_name          TEXT NOT NULL,
    file_sha256        TEXT NOT NULL,
    imported_at        TEXT NOT NULL,
    encoding           TEXT NOT NULL DEFAULT '',
    households_added   INTEGER NOT NULL DEFAULT 0,
    people_added       INTEGER NOT NULL DEFAULT 0,
    people_updated     INTEGER NOT NULL DEFAULT 0,
    problems           INTEGER NOT NULL DEFAULT 0
);

-- A column mapping the clerk confirmed, keyed by the normalised header it was made for, offered again
-- when a file with the same header comes back.
CREATE TABLE import_mapping (
    header_signature TEXT PRIMARY KEY,
    mapping          TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) WITHOUT ROWID;
