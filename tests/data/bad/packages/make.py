#!/usr/bin/python3
"""Writes the bad volunteer packages of the bad-input corpus (issue 9). Each file and the exact message the
merge gives for it are in the table of tests/exchange/tst_bad_packages.cpp; the packages that need a real
package (cut short, signature broken, base edited, newer, another commune's) are made from one in that test.
Deterministic; standard library only. ../make.py writes the import files, ../json/make.py the JSON ones."""
import os
import sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data.encode('utf-8') if isinstance(data, str) else data)


def sqlite_file(name, script):
    path = os.path.join(HERE, name)
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.executescript(script)
    db.commit()
    db.close()


# --- volunteer packages ---------------------------------------------------------------------------------
write('package-not-sqlite.sqlite', 'Gói của tình nguyện viên: Thôn 1, Thôn 2\n')
write('package-empty.sqlite', b'')
sqlite_file('package-other-program.sqlite',
            'PRAGMA application_id = 1179602516;'  # a browser's history, say
            'CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT);'
            "INSERT INTO moz_places (url, title) VALUES ('https://example.org', 'Example');")
