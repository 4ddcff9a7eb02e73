#include "XlsxFixtureWriter.h"

#include <QFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>
#include <zip.h>

namespace sht::test {

namespace {

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

const char *mainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char *relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

} // namespace

void RawXlsx::addSheet(const QString &name, const QByteArray &sheetXml, const QString &state)
{
    m_sheets.append({name, sheetXml, state});
}

void RawXlsx::setSharedStrings(const QList<QByteArray> &items)
{
    m_sharedStrings = items;
    m_hasSharedStrings = true;
}

void RawXlsx::setStyles(const QList<int> &numFmtIds, const QMap<int, QString> &customFormats)
{
    m_numFmtIds = numFmtIds;
    m_customFormats = customFormats;
}

QMap<QString, QByteArray> RawXlsx::parts() const
{
    QMap<QString, QByteArray> parts;
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" ContentType=\"application/"
                       "vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    parts[QStringLiteral("[Content_Types].xml")] = types;
    parts[QStringLiteral("_rels/.rels")] =
        QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                   "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId1\" Type=\"") +
        relNs + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

    QByteArray workbook = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"") +
                          mainNs + "\" xmlns:r=\"" + relNs + "\">";
    if (m_date1904)
        workbook += "<workbookPr date1904=\"1\"/>";
    workbook += "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 0; i < m_sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + escaped(m_sheets[i].name) + "\" sheetId=\"" + n + "\"";
        if (!m_sheets[i].state.isEmpty())
            workbook += " state=\"" + m_sheets[i].state.toUtf8() + "\"";
        workbook += " r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + relNs +
                "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        parts[QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1)] =
            QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"") + mainNs +
            "\" xmlns:r=\"" + relNs + "\">" + m_sheets[i].sheetDataXml + "</worksheet>";
    }
    workbook += "</sheets></workbook>";
    rels += QByteArray("<Relationship Id=\"rIdS\" Type=\"") + relNs + "/styles\" Target=\"styles.xml\"/>";
    if (m_hasSharedStrings) {
        rels += QByteArray("<Relationship Id=\"rIdT\" Type=\"") + relNs +
                "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        QByteArray sst = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"") + mainNs +
                         "\" count=\"" + QByteArray::number(m_sharedStrings.size()) + "\" uniqueCount=\"" +
                         QByteArray::number(m_sharedStrings.size()) + "\">";
        for (const QByteArray &item : m_sharedStrings)
            sst += "<si>" + item + "</si>";
        parts[QStringLiteral("xl/sharedStrings.xml")] = sst + "</sst>";
    }
    rels += "</Relationships>";
    parts[QStringLiteral("xl/workbook.xml")] = workbook;
    parts[QStringLiteral("xl/_rels/workbook.xml.rels")] = rels;

    QByteArray styles =
        QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet xmlns=\"") + mainNs + "\">";
    if (!m_customFormats.isEmpty()) {
        styles += "<numFmts count=\"" + QByteArray::number(m_customFormats.size()) + "\">";
        for (auto it = m_customFormats.cbegin(); it != m_customFormats.cend(); ++it)
            styles += "<numFmt numFmtId=\"" + QByteArray::number(it.key()) + "\" formatCode=\"" +
                      escaped(it.value()) + "\"/>";
        styles += "</numFmts>";
    }
    // cellStyleXfs comes first in real files and must not be mistaken for cellXfs.
    styles += "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs count=\"" +
              QByteArray::number(m_numFmtIds.size()) + "\">";
    for (int id : m_numFmtIds)
        styles += "<xf numFmtId=\"" + QByteArray::number(id) + "\" fontId=\"0\" applyNumberFormat=\"1\"/>";
    styles += "</cellXfs></styleSheet>";
    parts[QStringLiteral("xl/styles.xml")] = styles;

    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        if (it.value().isNull())
            parts.remove(it.key());
        else
            parts[it.key()] = it.value();
    }
    return parts;
}

bool RawXlsx::writeZip(const QString &path, const QMap<QString, QByteArray> &parts)
{
    QFile::remove(path);
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        // libzip reads the buffer at zip_close: keep a copy alive until then.
        void *copy = malloc(size_t(qMax<qsizetype>(1, it.value().size())));
        memcpy(copy, it.value().constData(), size_t(it.value().size()));
        zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(it.value().size()), 1);
        if (!source || zip_file_add(archive, it.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

bool RawXlsx::write(const QString &path) const
{
    return writeZip(path, parts());
}

QByteArray RawXlsx::bytes() const
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    const QString path = file.fileName() + QStringLiteral(".xlsx");
    if (!write(path))
        return {};
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = written.readAll();
    written.close();
    QFile::remove(path);
    return data;
}

XlsxBook::XlsxBook(const QString &path, bool constantMemory)
{
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
}

XlsxBook::~XlsxBook()
{
    close();
}

bool XlsxBook::close()
{
    if (!m_workbook)
        return true;
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    return error == LXW_NO_ERROR;
}

lxw_worksheet *XlsxBook::addSheet(const QString &name)
{
    return workbook_add_worksheet(m_workbook, name.toUtf8().constData());
}

lxw_format *XlsxBook::dateFormat(const QString &numFormat)
{
    lxw_format *format = workbook_add_format(m_workbook);
    format_set_num_format(format, numFormat.toUtf8().constData());
    return format;
}

void XlsxBook::text(lxw_worksheet *sheet, int row, int column, const QString &value)
{
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(), nullptr);
}

void XlsxBook::number(lxw_worksheet *sheet, int row, int column, double value, lxw_format *format)
{
    worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, format);
}

} // namespace sht::test
