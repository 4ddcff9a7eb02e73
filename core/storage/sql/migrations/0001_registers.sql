-- Version 1: the commune's registers (admin units, people, households, memberships, clans, local units)
-- and the audit log. Every shared row carries a uuid (stable identity across copies) and a revision
-- (bumped on every change) so volunteers' copies can later be merged three-way.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The commune and its villages / residential groups. History is kept: a renamed village keeps its old
-- names in admin_unit_name, a merged village gets valid_to and merged_into_id, a split records split_from_id.
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

-- Which village a household belonged to, and when: a 2024 report still counts 2024's villages.
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

-- A person's place in a household over time. The current membership has valid_to NULL.
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

-- Clan membership is by household (the title "Dòng họ học tập" counts member households).
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

-- One row per changed field (updates); one row per insert (the new row itself holds its values); one row per
-- delete holding the whole old record as JSON.
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
