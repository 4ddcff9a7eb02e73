#pragma once

#include "Database.h"
#include "DemoCommuneGenerator.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace sht::test {

// The folder of checked-in fixtures (tests/data).
QString dataPath(const QString &relative);

// A fresh commune file in a temporary folder that disappears with the fixture.
class TempCommune
{
public:
    TempCommune();
    QString path(const QString &name = QStringLiteral("commune.sqlite")) const
    {
        return m_dir.filePath(name);
    }
    // Creates and opens an empty commune file (with the commune row when communeName is not empty).
    Database &create(const QString &communeName = QStringLiteral("Xã Thử Nghiệm"));
    // Creates a small demo commune (seeded), closes it, and returns its path.
    QString demo(int people = 400, quint64 seed = 7);
    Database &db() { return *m_db; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

// The decomposed (NFD) form of text, as some registers store it.
inline QString nfd(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D);
}

// Every row of every table but the audit log, one string a row, without revisions (an undo is itself a
// change and bumps them): equal states mean an undo or a refused edit left the data exactly as it was.
QStringList databaseState(Database &db);

// SHA-256 of a file's bytes, to prove that an operation left it untouched.
QByteArray fileHash(const QString &path);

} // namespace sht::test

// Fails the test with the status' message when a core call fails.
#define SHT_VERIFY_OK(expr)                                                                                  \
    do {                                                                                                     \
        const ::sht::Status shtStatus_ = (expr);                                                             \
        if (!shtStatus_.ok())                                                                                \
            QFAIL(qPrintable(QStringLiteral(#expr " failed: ") + shtStatus_.message()));                     \
    } while (false)
