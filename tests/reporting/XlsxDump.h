#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace sht::test {

// A workbook as openpyxl (an independent reader) sees it: cells (value, cached value, number format, bold,
// italic), merged ranges, print setup, frozen panes (tests/reporting/xlsx_dump.py). Empty on failure, with
// the reader's complaint in *error.
inline QJsonObject dumpXlsx(const QString &path, QString *error = nullptr)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(SHT_TEST_DATA "/../reporting/xlsx_dump.py"), path});
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(python.readAllStandardError()) + python.errorString();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

inline QJsonObject cellOf(const QJsonObject &dump, const QString &name)
{
    return dump.value(QStringLiteral("cells")).toObject().value(name).toObject();
}

} // namespace sht::test
