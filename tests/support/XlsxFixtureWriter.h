#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

typedef struct lxw_workbook lxw_workbook;
typedef struct lxw_worksheet lxw_worksheet;
typedef struct lxw_format lxw_format;

namespace sht::test {

// Writes an .xlsx package part by part (through libzip), for what Excel-like writers never produce but real
// files contain: missing cell references, inline and rich strings with phonetic runs, the 1904 date system,
// t="d" ISO dates, namespace prefixes, a million formatted empty rows, damaged XML. A minimal valid package
// (content types, relations, workbook, styles) is made around the sheets; setPart() replaces any part.
class RawXlsx
{
public:
    struct Sheet
    {
        QString name;
        QByteArray sheetDataXml; // what goes inside <worksheet>: <cols>, <sheetData>, <mergeCells>…
        QString state;           // "", "hidden", "veryHidden"
    };

    // Adds a sheet; sheetXml is the content of <worksheet> (not the element itself).
    void addSheet(const QString &name, const QByteArray &sheetXml, const QString &state = QString());
    // <si> entries of xl/sharedStrings.xml: each item is the inside of one <si> (e.g. "<t>Hà</t>").
    void setSharedStrings(const QList<QByteArray> &items);
    // Number formats of xl/styles.xml: style index i (cell s="i") uses numFmtIds[i]; custom formats by id.
    void setStyles(const QList<int> &numFmtIds, const QMap<int, QString> &customFormats = {});
    void setDate1904(bool on) { m_date1904 = on; }
    // Replaces (or adds) a part with these exact bytes; an empty QByteArray() removes it.
    void setPart(const QString &name, const QByteArray &bytes) { m_overrides[name] = bytes; }

    QMap<QString, QByteArray> parts() const;
    bool write(const QString &path) const;
    QByteArray bytes() const;

    // Writes any zip (used for damaged packages as well).
    static bool writeZip(const QString &path, const QMap<QString, QByteArray> &parts);

private:
    QList<Sheet> m_sheets;
    QList<QByteArray> m_sharedStrings;
    bool m_hasSharedStrings = false;
    QList<int> m_numFmtIds{0};
    QMap<int, QString> m_customFormats;
    bool m_date1904 = false;
    QMap<QString, QByteArray> m_overrides;
};

// An .xlsx written by libxlsxwriter, as Excel-made files look (shared strings, styles, merges, hidden rows
// and columns, formulas with cached values, rich strings). Closed (and written) by close() or the destructor.
class XlsxBook
{
public:
    explicit XlsxBook(const QString &path, bool constantMemory = false);
    ~XlsxBook();
    XlsxBook(const XlsxBook &) = delete;
    XlsxBook &operator=(const XlsxBook &) = delete;

    lxw_worksheet *addSheet(const QString &name);
    lxw_format *dateFormat(const QString &numFormat = QStringLiteral("dd/mm/yyyy"));
    lxw_workbook *workbook() { return m_workbook; }
    bool close();

    static void text(lxw_worksheet *sheet, int row, int column, const QString &value);
    static void number(lxw_worksheet *sheet, int row, int column, double value, lxw_format *format = nullptr);

private:
    lxw_workbook *m_workbook = nullptr;
};

} // namespace sht::test
