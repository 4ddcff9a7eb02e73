#include "TestSupport.h"

#include "AdminUnitService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

namespace sht::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(SHT_TEST_DATA "/") + relative;
}

TempCommune::TempCommune()
{
    QStandardPaths::setTestModeEnabled(true);
}

Database &TempCommune::create(const QString &communeName)
{
    m_db = std::make_unique<Database>();
    m_db->setActor({QStringLiteral("tester"), QStringLiteral("test")});
    const Status created = m_db->create(path());
    if (!created)
        qFatal("cannot create test commune: %s", qPrintable(created.message()));
    if (!communeName.isEmpty()) {
        AdminUnit commune;
        commune.name = communeName;
        commune.kind = AdminUnit::Kind::Commune;
        const Status s = AdminUnitService(*m_db).createCommune(commune);
        if (!s)
            qFatal("cannot create commune: %s", qPrintable(s.message()));
    }
    return *m_db;
}

QString TempCommune::demo(int people, quint64 seed)
{
    DemoOptions options;
    options.people = people;
    options.seed = seed;
    const QString file = path(QStringLiteral("demo-%1-%2.sqlite").arg(people).arg(seed));
    const Status s = DemoCommuneGenerator::createFile(file, options);
    if (!s)
        qFatal("cannot create demo commune: %s", qPrintable(s.message()));
    return file;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList databaseState(Database &db)
{
    QStringList rows;
    QSqlQuery tables(db.connection());
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "AND name NOT IN ('meta', 'audit_log') ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        while (q.next()) {
            QStringList values{table};
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                if (record.fieldName(i) != QLatin1String("revision"))
                    values << record.fieldName(i) + QLatin1Char('=') +
                                  (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

} // namespace sht::test
