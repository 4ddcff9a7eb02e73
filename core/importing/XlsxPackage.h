#pragma once

#include "ReadLimits.h"
#include "Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QString>

#include <memory>

struct zip;

namespace sht::importing {

// The zip archive of an .xlsx, opened with libzip, with one budget of unpacked bytes for every part read.
// A part's declared size is checked against what is left of the budget before anything is inflated, and
// inflation is counted as it streams, because a hostile archive can declare a small size and unpack to
// gigabytes: either way the read stops at the limit, having used at most one read buffer of memory.
class XlsxPackage
{
    Q_DECLARE_TR_FUNCTIONS(XlsxPackage)

public:
    XlsxPackage(const QString &displayName, const ReadLimits &limits);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    Status openFile(const QString &path);
    // The bytes must outlive the package (the fuzzer, tests).
    Status openBuffer(const QByteArray &bytes);

    // The part's name as stored, found case-insensitively and without a leading '/'; empty when absent.
    QString findPart(const QString &name) const;
    bool hasPart(const QString &name) const { return !findPart(name).isEmpty(); }
    // A sequential device over the unpacked part; nullptr with *status set when it cannot be opened or
    // its declared size alone exceeds what is left of the budget.
    std::unique_ptr<QIODevice> openPart(const QString &name, Status *status);
    // The whole unpacked part (small parts: relationships, workbook.xml).
    Status readPart(const QString &name, QByteArray *bytes);

    // After a failed read through a device: the message that says why (budget, damaged data), or empty
    // when the device did not fail (the caller's own parse error then applies).
    QString deviceFailure() const { return m_failure; }
    qint64 bytesUnpacked() const { return m_unpacked; }
    const ReadLimits &limits() const { return m_limits; }

    QString damagedMessage(const QString &detail) const;
    QString tooLargeMessage() const;

private:
    friend class XlsxEntryDevice;
    Status finishOpen(int errorCode, const QString &errorText);
    bool charge(qint64 bytes); // counts unpacked bytes; false (and m_failure set) beyond the budget

    QString m_displayName;
    ReadLimits m_limits;
    zip *m_zip = nullptr;
    QHash<QString, qint64> m_index; // lower-case name → entry index
    qint64 m_unpacked = 0;
    QString m_failure;
};

} // namespace sht::importing
