#pragma once

#include "PackageRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace sht::exchange {

// Names rows for the review ("Nguyễn Văn An", "household 12", "Nguyễn Văn An in household 12") and says
// which village each belongs to, from whatever side knows the row: the package, the clerk's file, the base.
class MergeDescriber
{
    Q_DECLARE_TR_FUNCTIONS(MergeDescriber)

public:
    using Tables = QHash<QString, package::CanonicalTable>; // table → rows
    MergeDescriber(const QList<const Tables *> &sides, QHash<QString, QString> unitNames);

    QString describe(const QString &table, const QString &uuid) const;
    QString villageName(const QString &table, const QString &uuid) const;
    QString villageUuid(const QString &table, const QString &uuid) const;
    // What a foreign key points to, by name: "Nguyễn Văn An", "household 12 (Nguyễn Văn An)", "Thôn 1",
    // "Tin học, 2026-03-04". table "subject" names a registration's or judgement's subject. Empty when
    // unknown.
    QString referenceName(const QString &table, const QString &uuid) const;

private:
    const package::CanonicalRow *row(const QString &table, const QString &uuid) const;
    QVariant value(const QString &table, const QString &uuid, const QString &column) const;
    QString personName(const QString &uuid) const;
    QString householdCode(const QString &uuid) const;
    QString subjectName(const QString &uuid) const;
    QString personVillage(const QString &uuid) const;
    QString sessionName(const QString &uuid) const;

    QList<const Tables *> m_sides;
    QHash<QString, QString> m_units;
    QHash<QString, QString> m_currentHousehold; // person uuid → household uuid
    QHash<QString, QString> m_householdHead;    // household uuid → current head's person uuid
};

} // namespace sht::exchange
