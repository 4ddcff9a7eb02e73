#!/usr/bin/python3
"""Writes the bad criteria catalogues, report layouts and certificate designs of the bad-input corpus
(issue 9). Each file and the exact message it gets are in the tables of tests/criteria/tst_bad_json.cpp.
Deterministic; standard library only."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data.encode('utf-8') if isinstance(data, str) else data)


# --- criteria catalogues --------------------------------------------------------------------------------
write('catalogue-not-json.json', '{ "format": 1, "code": "learning_family.448", }\n')
write('catalogue-list.json', '[ { "format": 1 } ]\n')
write('catalogue-format-2.json', '{ "format": 2, "code": "x", "version": "1", "title": "learning_family", '
      '"title_text": "Gia đình học tập", "instrument": { "number": "448", "date": "2015-01-01", "issuer": "BGDĐT" },'
      ' "first_year": 2016, "criteria": [] }\n')

# --- report layouts -------------------------------------------------------------------------------------
write('layout-not-json.json', '{\n  "name": "yearly",\n  "tables": [\n}\n')
write('layout-list.json', '[ "yearly" ]\n')
write('layout-fields.json', '{ "title": 5, "landscape": "yes", "sheet": "Thống kê: năm [2025]", '
      '"colour": "red", "tables": [ 7 ] }\n')
write('layout-table.json', '{ "name": "yearly", "tables": [ { "key": "households", "columns": [ '
      '{ "figure": "village", "header": "Thôn", "width": "wide" } ] }, '
      '{ "key": "households", "columns": [] } ] }\n')

# --- certificate designs --------------------------------------------------------------------------------
write('certificate-not-json.json', '{ "name": "learning_family", "blocks": [ { "text": "{recipient}" ] }\n')
write('certificate-orientation.json', '{ "orientation": { "A4": "sideways" }, "blocks": [ { "text": "x" } ] }\n')
write('certificate-no-blocks.json', '{ "name": "learning_family", "margins": 10 }\n')
write('certificate-outside.json', '{ "blocks": [ { "text": "{recipient}", "x": 0.8, "y": 0.1, "w": 0.5, "h": 0.1 } ] }\n')
write('certificate-size.json', '{ "blocks": [ { "text": "{recipient}", "y": 0.1, "h": 0.1, "size": 400 } ] }\n')
write('certificate-colour.json', '{ "border": { "color": "reddish" }, "blocks": [ { "text": "x", "h": 0.1 } ] }\n')
write('certificate-align.json', '{ "blocks": [ { "text": "x", "h": 0.1, "align": "middle" } ] }\n')

# A whole number beyond what the app counts in (fuzz_catalogue found 1e63 here: undefined behaviour before).
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..'))
with open(os.path.join(ROOT, 'resources', 'criteria', 'learning_clan.448.json'), encoding='utf-8') as f:
    clan = f.read()
assert '"first_year": 2016' in clan
write('catalogue-huge-number.json', clan.replace('"first_year": 2016', '"first_year": 3000000000', 1))
