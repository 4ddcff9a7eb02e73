#pragma once

// Registers built in memory for the plan, apply and duplicate tests: what the layout step would hand over.
#include "ParsedRegister.h"

#include <QList>

namespace sht::test {

inline importing::ParsedPerson parsedPerson(const QString &name, const PartialDate &birth,
                                            const QString &relation = QStringLiteral("child"),
                                            const QString &citizenId = QString(),
                                            const QString &sex = QString())
{
    importing::ParsedPerson p;
    p.fullName = name;
    p.birthDate = birth;
    p.relation = relation;
    p.citizenId = citizenId;
    p.sex = sex;
    return p;
}

inline importing::ParsedHousehold parsedHousehold(const QString &code,
                                                  const QList<importing::ParsedPerson> &members,
                                                  const QString &clan = QString())
{
    importing::ParsedHousehold h;
    h.code = code;
    h.clanName = clan;
    h.members = members;
    return h;
}

// Gives every row its place (file, sheet, row numbers from 5 down the sheet) as the layout step would.
inline importing::ParsedVillage parsedVillage(const QString &file, const QString &sheet,
                                              const QList<importing::ParsedHousehold> &households,
                                              const QString &villageName = QString())
{
    importing::ParsedVillage v;
    v.file = file;
    v.sheet = sheet;
    v.villageName = villageName.isEmpty() ? sheet : villageName;
    v.households = households;
    int row = 5;
    for (importing::ParsedHousehold &h : v.households) {
        h.where = {file, sheet, row, QString()};
        for (importing::ParsedPerson &p : h.members)
            p.where = {file, sheet, row++, QString()};
    }
    return v;
}

// Two villages, four households, ten people, two clans (one spelled NFD), one person without a birth day.
inline importing::ParsedRegister sampleRegister(const QString &file = QStringLiteral("so-ho.xlsx"))
{
    using importing::ParsedPerson;
    const QString nfdLe = QStringLiteral("Họ Lê").normalized(QString::NormalizationForm_D);
    importing::ParsedRegister r;
    r.villages << parsedVillage(
        file, QStringLiteral("Thôn Đông"),
        {parsedHousehold(
             QStringLiteral("1"),
             {parsedPerson(QStringLiteral("Nguyễn Văn An"), PartialDate::fromDate({1960, 3, 5}),
                           QStringLiteral("head"), QStringLiteral("037060001234"), QStringLiteral("male")),
              parsedPerson(QStringLiteral("Trần Thị Bình"), PartialDate::fromYear(1962),
                           QStringLiteral("spouse"), QString(), QStringLiteral("female")),
              parsedPerson(QStringLiteral("Nguyễn Văn Cường"), PartialDate::fromDate({1990, 7, 1}))},
             QStringLiteral("Họ Nguyễn Văn")),
         parsedHousehold(QStringLiteral("2"),
                         {parsedPerson(QStringLiteral("Lê Văn Dũng"), PartialDate::fromDate({1955, 1, 9}),
                                       QStringLiteral("head")),
                          parsedPerson(QStringLiteral("Lê Thị Thủy"), PartialDate::fromDate({1985, 2, 2}))},
                         QStringLiteral("Họ Lê"))});
    r.villages << parsedVillage(
        file, QStringLiteral("Thôn Đoài"),
        {parsedHousehold(QStringLiteral("1"),
                         {parsedPerson(QStringLiteral("Phạm Văn Em"), PartialDate::fromDate({1970, 4, 4}),
                                       QStringLiteral("head")),
                          parsedPerson(QStringLiteral("Hoàng Thị Giang"), PartialDate::fromDate({1972, 5, 5}),
                                       QStringLiteral("spouse"))}),
         parsedHousehold(
             QStringLiteral("2"),
             {parsedPerson(QStringLiteral("Lê Văn Hòa"), PartialDate::fromYear(1950), QStringLiteral("head")),
              parsedPerson(QStringLiteral("Đỗ Thị Hạnh"), PartialDate::fromYear(1952),
                           QStringLiteral("spouse")),
              parsedPerson(QStringLiteral("Lê Văn Khoa"), PartialDate::fromDate({1980, 6, 6}))},
             nfdLe)});
    return r;
}

} // namespace sht::test
