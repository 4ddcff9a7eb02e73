#!/usr/bin/python3
"""Writes the bad-input corpus of tests/importing/tst_bad_input.cpp (each file and the exact message the
import gives for it are in the test's table). Deterministic: run it again after changing it and commit the
files. Standard library only."""
import io
import os
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'


def xlsx_parts(sheet_xml, shared=None):
    parts = {
        '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        '_rels/.rels': f'<?xml version="1.0"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        'xl/workbook.xml': f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="Thôn 1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels': f'<?xml version="1.0"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        'xl/worksheets/sheet1.xml': f'<?xml version="1.0"?><worksheet xmlns="{MAIN}">{sheet_xml}</worksheet>',
    }
    if shared is not None:
        parts['xl/sharedStrings.xml'] = shared
    return parts


def zip_bytes(parts):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode('utf-8') if isinstance(data, str) else data)
    return out.getvalue()


def write(name, data):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)


SHEET = '<sheetData>' + ''.join(
    f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}" t="inlineStr"><is><t>Người số {r}</t></is></c></row>'
    for r in range(1, 400)) + '</sheetData>'
good = zip_bytes(xlsx_parts(SHEET))


def set_declared_size(data, member, size):
    """Rewrites the uncompressed size of one member in its local header and central directory entry."""
    data = bytearray(data)
    name = member.encode()
    for signature, size_at, name_len_at, name_at in ((b'PK\x03\x04', 22, 26, 30), (b'PK\x01\x02', 24, 28, 46)):
        at = 0
        while True:
            at = data.find(signature, at)
            if at < 0:
                break
            name_len = struct.unpack_from('<H', data, at + name_len_at)[0]
            if data[at + name_at:at + name_at + name_len] == name:
                struct.pack_into('<I', data, at + size_at, size)
            at += 4
    return bytes(data)


def compound_file(stream_names):
    """A minimal OLE2 compound file (MS-CFB, version 3) whose directory lists these empty streams."""
    sector = 512
    header = bytearray(512)
    header[0:8] = b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1'
    struct.pack_into('<HHHHH', header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into('<I', header, 0x2C, 1)          # one FAT sector
    struct.pack_into('<I', header, 0x30, 1)          # directory starts at sector 1
    struct.pack_into('<I', header, 0x38, 4096)       # mini stream cutoff
    struct.pack_into('<I', header, 0x3C, 0xFFFFFFFE)  # no mini FAT
    struct.pack_into('<I', header, 0x44, 0xFFFFFFFE)  # no DIFAT sectors
    struct.pack_into('<I', header, 0x4C, 0)          # FAT in sector 0
    for i in range(1, 109):
        struct.pack_into('<I', header, 0x4C + 4 * i, 0xFFFFFFFF)
    fat = bytearray(b'\xFF' * sector)
    struct.pack_into('<II', fat, 0, 0xFFFFFFFD, 0xFFFFFFFE)
    entries = ['Root Entry'] + stream_names
    directory = bytearray(sector * ((len(entries) + 3) // 4))
    for i, name in enumerate(entries):
        e = 128 * i
        encoded = name.encode('utf-16-le') + b'\0\0'
        directory[e:e + len(encoded)] = encoded
        struct.pack_into('<H', directory, e + 0x40, len(encoded))
        directory[e + 0x42] = 5 if i == 0 else 2
        directory[e + 0x43] = 1
        left, right, child = 0xFFFFFFFF, (i + 1 if 0 < i < len(entries) - 1 else 0xFFFFFFFF), (1 if i == 0 else 0xFFFFFFFF)
        struct.pack_into('<III', directory, e + 0x44, left, right, child)
        struct.pack_into('<I', directory, e + 0x74, 0xFFFFFFFE)
    if len(directory) > sector:
        raise ValueError('one directory sector only')
    return bytes(header + fat + directory)


write('truncated.xlsx', good[:len(good) // 2])
damaged = bytearray(good)
at = damaged.find(b'xl/worksheets/sheet1.xml') + len('xl/worksheets/sheet1.xml') + 40
for i in range(at, at + 16):
    damaged[i] ^= 0x5A
write('damaged-data.xlsx', bytes(damaged))
write('report.xlsx', b'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
write('register.xlsx', 'STT,Họ và tên,Năm sinh\r\n1,Nguyễn Văn An,1956\r\n'.encode('utf-8'))
write('export.xls', '<html><head><meta charset="utf-8"></head><body><table><tr><td>STT</td><td>Họ và tên</td>'
      '</tr></table></body></html>\n'.encode('utf-8'))
write('spreadsheet-2003.xls', ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook '
      'xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Thôn 1"/></Workbook>\n').encode('utf-8'))
write('password.xlsx', compound_file(['\x06DataSpaces', 'EncryptionInfo', 'EncryptedPackage']))
write('quyet-dinh.xls', compound_file(['WordDocument', '1Table', '\x05SummaryInformation']))
write('bomb.xlsx', set_declared_size(good, 'xl/worksheets/sheet1.xml', 600 * 1024 * 1024))
big = 'A' * (10 * 1024 * 1024)
write('big-cell.xlsx', zip_bytes(xlsx_parts('<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row>'
                                           '<row r="7"><c r="C7" t="s"><v>1</v></c></row></sheetData>',
                                           f'<sst xmlns="{MAIN}"><si><t>{big}</t></si><si><t>STT</t></si></sst>')))
write('empty.xlsx', b'')
write('photos.xlsx', zip_bytes({'IMG_0001.jpg': b'\xFF\xD8\xFF\xE0 not really a photo'}))
write('danh-sach.ods', zip_bytes({'mimetype': 'application/vnd.oasis.opendocument.spreadsheet',
                                  'content.xml': '<office:document-content/>'}))
write('scan.dat', bytes((i * 7919 + 13) % 256 for i in range(2048)))
write('broken-sheet.xlsx', zip_bytes(xlsx_parts(SHEET[:len(SHEET) // 2] + '<c r="A200" t="s')))
broken_workbook = xlsx_parts(SHEET)
broken_workbook['xl/workbook.xml'] = f'<?xml version="1.0"?><workbook xmlns="{MAIN}"><sheets><sheet name="a"></workbook>'
write('broken-workbook.xlsx', zip_bytes(broken_workbook))
