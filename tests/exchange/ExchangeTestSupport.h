#pragma once

// Shared helpers of the exchange tests: a demo clerk's file, packages exported from it, edits made through
// the services as a volunteer or the clerk would make them, and a plan's decisions.
#include "AdminUnitRepository.h"
#include "HouseholdRepository.h"
#include "HouseholdService.h"
#include "MergePlan.h"
#include "PackageExporter.h"
#include "PackageMerger.h"
#include "PersonRepository.h"
#include "PersonService.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace sht::test {

inline std::unique_ptr<Database> openFile(const QString &path)
{
    auto db = std::make_unique<Database>();
    db->setActor(AuditActor{QStringLiteral("tester"), QStringLiteral("test")});
    const Status s = db->open(path);
    if (!s)
        qWarning("%s", qPrintable(s.message()));
    return db;
}

inline QString scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

inline QStringList column(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QStringList values;
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (q.exec())
        while (q.next())
            values << q.value(0).toString();
    return values;
}

// Uuids of people of a village who are current members but not heads (so they may be deleted freely).
inline QStringList plainMembers(Database &db, const QString &villageUuid)
{
    return column(db,
                  QStringLiteral("SELECT p.uuid FROM person p JOIN membership m ON m.person_id = p.id AND "
                                 "m.valid_to IS NULL AND m.relation <> 'head' JOIN household h ON h.id = "
                                 "m.household_id JOIN admin_unit v ON v.id = h.village_id WHERE v.uuid = ? "
                                 "ORDER BY p.id"),
                  {villageUuid});
}

inline QString currentHouseholdUuid(Database &db, const QString &personUuid)
{
    return scalar(
        db,
        QStringLiteral("SELECT h.uuid FROM membership m JOIN person p ON p.id = m.person_id JOIN household h "
                       "ON h.id = m.household_id WHERE p.uuid = ? AND m.valid_to IS NULL"),
        {personUuid});
}

inline QStringList villageUuids(Database &db)
{
    QStringList uuids;
    for (const AdminUnit &v : AdminUnitRepository(db).villages())
        uuids << v.uuid;
    return uuids;
}

inline Person personByUuid(Database &db, const QString &uuid)
{
    return PersonRepository(db).findByUuid(uuid).value_or(Person());
}

inline Status editPerson(Database &db, const QString &uuid, const std::function<void(Person &)> &edit)
{
    Person p = personByUuid(db, uuid);
    if (p.id == 0)
        return Status::failure(QStringLiteral("no person ") + uuid);
    edit(p);
    return PersonService(db).updatePerson(p);
}

inline Status exportPackage(Database &clerk, const QStringList &villages, const QString &path)
{
    return exchange::PackageExporter(clerk).exportVillages(villages, path);
}

inline void decideAll(exchange::MergePlan &plan, exchange::Resolution resolution)
{
    for (exchange::Conflict &c : plan.conflicts)
        for (exchange::Resolution &r : c.fieldResolutions)
            r = (resolution == exchange::Resolution::KeepBoth &&
                 c.kind != exchange::ConflictKind::SameNewPerson)
                    ? exchange::Resolution::TakeTheirs
                    : resolution;
}

} // namespace sht::test
