#pragma once

// Reads PDFs back with poppler-utils (pdfinfo, pdftotext, pdffonts), an independent reader: what a clerk's
// PDF viewer and the province's tools see.
#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace sht::test {

// stdout of a poppler tool, or a null string when it is missing or failed (the test then fails).
inline QString poppler(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return QString();
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of one page (1-based) or the whole file (page 0), NFC, whitespace simplified: names that wrap
// still compare equal.
inline QString pdfText(const QString &path, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << path << QStringLiteral("-");
    return poppler(QStringLiteral("pdftotext"), arguments)
        .normalized(QString::NormalizationForm_C)
        .simplified();
}

// A field of pdfinfo ("Pages", "Page size", "Title", "Creator").
inline QString pdfInfo(const QString &path, const QString &field)
{
    const QString info = poppler(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(field)),
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

inline int pdfPages(const QString &path)
{
    return pdfInfo(path, QStringLiteral("Pages")).toInt();
}

// "841.89 x 595.276 pts (A4)" → width and height in points.
inline QSizeF pdfPageSize(const QString &path)
{
    const QRegularExpression size(QStringLiteral("([0-9.]+) x ([0-9.]+) pts"));
    const auto m = size.match(pdfInfo(path, QStringLiteral("Page size")));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

} // namespace sht::test
