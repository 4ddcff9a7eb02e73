#!/usr/bin/python3
"""Writes the seed corpora of the fuzz targets added in issue 9 (tests/fuzz/corpus/<target>/) from the
project's fixtures and small generated files. Deterministic; run from anywhere with /usr/bin/python3
(python3-xlwt, which scripts/setup.sh installs). The package seeds that need a real package are written by
the fuzz target itself: SHT_FUZZ_PACKAGE_SEED=<file> <fuzz_package or test_fuzz_package_replay> <input>."""
import datetime
import os
import shutil
import sqlite3
import struct

import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
CORPUS = os.path.join(HERE, 'corpus')


def out(target, name):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, name)


def write(target, name, data):
    with open(out(target, name), 'wb') as f:
        f.write(data)


# --- .xls: small BIFF8 workbooks of each cell type, and the bad-input corpus' .xls files -----------------
def xls(name, fill, dates_1904=False):
    wb = xlwt.Workbook(encoding='utf-8')
    wb.dates_1904 = dates_1904
    fill(wb)
    wb.save(out('xls', name))


def register(wb):
    ws = wb.add_sheet('Thôn 1')
    date = xlwt.easyxf(num_format_str='DD/MM/YYYY')
    for c, h in enumerate(['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD']):
        ws.write(0, c, h)
    ws.write(1, 0, 1)
    ws.write(1, 1, 'Nguyễn Văn An')
    ws.write(1, 2, datetime.date(1956, 3, 5), date)
    ws.write(1, 3, 38012345678)
    ws.write(2, 1, ' Trần Thị\u00a0Bình ')
    ws.write(2, 2, 2.5)
    ws.write(9, 1, 'Tổng cộng')


def legacy(wb):
    ws = wb.add_sheet('Cu')
    # .VnTime (TCVN3) and VNI bytes shown as cp1252 characters, as old registers store them.
    for i, t in enumerate(['NguyÔn V¨n An', 'TrÇn ThÞ B×nh', 'Nguyeãn Vaên An']):
        ws.write(i, 0, t)


def sheets(wb):
    for s in range(3):
        ws = wb.add_sheet('Sheet %d' % s)
        ws.write(s, s, 'ô %d' % s)
        ws.write(s + 1, 0, xlwt.Formula('1+%d' % s))


xls('register.xls', register)
xls('register-1904.xls', register, dates_1904=True)
xls('legacy.xls', legacy)
xls('sheets.xls', sheets)
for bad in ('export.xls', 'quyet-dinh.xls', 'spreadsheet-2003.xls'):
    shutil.copy(os.path.join(ROOT, 'tests', 'data', 'bad', bad), out('xls', bad))

# --- catalogues and report layouts: the built-in ones and a few bad ones ----------------------------------
for folder, target in (('resources/criteria', 'catalogue'), ('resources/reports', 'report_layout'),
                       ('resources/reports/certificates', 'report_layout')):
    for name in sorted(os.listdir(os.path.join(ROOT, folder))):
        if name.endswith('.json'):
            prefix = 'certificate-' if folder.endswith('certificates') else ''
            shutil.copy(os.path.join(ROOT, folder, name), out(target, prefix + name))
bad_catalogues = os.path.join(ROOT, 'tests', 'criteria', 'data', 'bad')
for name in sorted(os.listdir(bad_catalogues))[:8]:
    shutil.copy(os.path.join(bad_catalogues, name), out('catalogue', 'bad-' + name))
write('catalogue', 'not-object.json', b'[1, 2, 3]')
write('report_layout', 'not-object.json', b'"yearly"')

# --- packages: raw files (mode 0), patches of the fixture's package (mode 1), row edits (mode 2) ----------
def sqlite_bytes(setup):
    path = out('package', '.tmp.sqlite')
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    setup(db)
    db.commit()
    db.close()
    with open(path, 'rb') as f:
        data = f.read()
    os.remove(path)
    return data


empty = sqlite_bytes(lambda db: db.execute('PRAGMA user_version = 0'))
foreign = sqlite_bytes(lambda db: db.executescript(
    'PRAGMA application_id = 1179602516; CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);'
    "INSERT INTO moz_places (url) VALUES ('https://example.org');"))
ours_empty = sqlite_bytes(lambda db: db.executescript(
    'PRAGMA application_id = 1397248080; PRAGMA user_version = 3;'
    'CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);'
    "INSERT INTO meta VALUES ('package.uuid', 'x');"))
newer = sqlite_bytes(lambda db: db.executescript('PRAGMA application_id = 1397248080; PRAGMA user_version = 99;'))
write('package', 'raw-empty-sqlite', b'\x00' + empty)
write('package', 'raw-foreign-sqlite', b'\x00' + foreign)
write('package', 'raw-ours-no-schema', b'\x00' + ours_empty)
write('package', 'raw-newer', b'\x00' + newer)
write('package', 'raw-truncated', b'\x00' + foreign[:1500])
write('package', 'raw-text', b'\x00' + 'Gói của tình nguyện viên'.encode())
write('package', 'raw-nothing', b'\x00')
write('package', 'patch-nothing', b'\x01')
# The header's page size, the schema page, a page in the middle; and a copy cut short.
write('package', 'patch-header', b'\x01' + struct.pack('>IB', 16, 2) + b'\x00\x01')
write('package', 'patch-schema-page', b'\x01' + struct.pack('>IB', 4096 + 200, 8) + b'\xff' * 8)
write('package', 'patch-middle', b'\x01' + struct.pack('>IB', 250000, 16) + b'Nguy\xe1\xbb\x85n' * 2)
write('package', 'patch-cut', b'\x01' + struct.pack('>IB', 300000, 0))
write('package', 'edit-nothing', b'\x02')
# [table][row][op][...]: person (1) notes set to text, a household (0) deleted, a membership (3) copied,
# a person's uuid set to NULL, an attendance (7) revision set to -1, a person's birth date set to "2025-2-30".
write('package', 'edit-text', bytes([2, 1, 0, 0, 17, 2, 5]) + 'Lê Văn'.encode()[:5])
write('package', 'edit-delete-household', bytes([2, 0, 1, 1]))
write('package', 'edit-copy-membership', bytes([2, 3, 2, 2]))
write('package', 'edit-null-uuid', bytes([2, 1, 3, 3, 0]))
write('package', 'edit-revision', bytes([2, 7, 0, 4, 0xff]))
write('package', 'edit-date', bytes([2, 1, 2, 0, 7, 4, 125, 2, 30]))
write('package', 'edit-many', bytes([2, 1, 0, 0, 0, 1, 0xde, 0xad, 0xbe, 0xef, 2, 1, 4, 0, 2, 0, 0, 3, 1, 4]))
