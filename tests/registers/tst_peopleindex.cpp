// Tests of sht::PeopleIndex (the People register's in-memory store) and PeopleIndexRepository: what a typed
// filter finds, which people are in scope, the sort orders, and that loading a file agrees with core's own
// register and summary.
#include "HouseholdService.h"
#include "PeopleIndex.h"
#include "PeopleIndexRepository.h"
#include "PersonName.h"
#include "StatisticsRepository.h"
#include "TestSupport.h"
#include "TextNormalizer.h"

#include <QTest>

#include <algorithm>

using namespace sht;
using sht::test::nfd;
using namespace Qt::StringLiterals;

namespace {

struct Person
{
    QString name;
    QString citizenId;
    QString household;
    qint64 village = 1;
    bool current = true;
    bool deceased = false;
    QString birth;
    Sex sex = Sex::Unknown;
    Relation relation = Relation::Head;
    QString education;
};

// A small register: names chosen so that accents, word order and fragments matter.
const QList<Person> &people()
{
    static const QList<Person> list = {
        {u"Nguyễn Thị Thu Hà"_s, u"001185012345"_s, u"01.001"_s, 1, true, false, u"1985-03-05"_s, Sex::Female,
         Relation::Head, u"12/12"_s},
        {u"Nguyễn Văn Hà"_s, u"001080000111"_s, u"01.001"_s, 1, true, false, u"1980"_s, Sex::Male,
         Relation::Spouse, u"9/12"_s},
        {u"Trần Thị Hạnh"_s, u""_s, u"02.014"_s, 2, true, false, u"1990-07"_s, Sex::Female, Relation::Head,
         u"ĐH"_s},
        {u"Lê Thủy"_s, u"036300222333"_s, u"02.014"_s, 2, true, false, u"2000-01-01"_s, Sex::Female,
         Relation::Child, u"Tiến sĩ"_s},
        {u"Đặng Đức Anh"_s, u"001075999888"_s, u"02.015"_s, 2, false, false, u""_s, Sex::Male, Relation::Head,
         u""_s},
        {u"Phạm Văn An"_s, u"001050777666"_s, u"01.002"_s, 1, false, true, u"1950"_s, Sex::Male,
         Relation::Head, u"7/10"_s},
    };
    return list;
}

PeopleIndex makeIndex()
{
    PeopleIndex index;
    index.addVillage(1, u"Thôn Đông"_s);
    index.addVillage(2, u"Thôn Bắc"_s);
    qint64 id = 0;
    for (const Person &p : people()) {
        const PersonName name(p.name);
        const QByteArray full = name.full().toUtf8(), sortKey = name.sortKey().toUtf8(),
                         cid = p.citizenId.toUtf8(), code = p.household.toUtf8(), birth = p.birth.toUtf8(),
                         edu = p.education.toUtf8();
        PeopleIndex::Record r;
        r.personId = ++id;
        r.fullName = {full.constData(), size_t(full.size())};
        r.sortKey = {sortKey.constData(), size_t(sortKey.size())};
        r.citizenId = {cid.constData(), size_t(cid.size())};
        r.householdCode = {code.constData(), size_t(code.size())};
        r.birthDate = {birth.constData(), size_t(birth.size())};
        r.education = {edu.constData(), size_t(edu.size())};
        r.villageId = p.village;
        r.hasCurrentMembership = p.current;
        r.deceased = p.deceased;
        r.sex = p.sex;
        r.relation = p.relation;
        index.append(r); // nameSearchKey empty: the index folds the name itself
    }
    index.finish();
    return index;
}

QStringList namesOf(const PeopleIndex &index, const std::vector<quint32> &rows)
{
    QStringList names;
    for (quint32 r : rows)
        names << index.fullName(r);
    return names;
}

std::vector<quint32> allRows(const PeopleIndex &index)
{
    return index.inScope(index.nameOrder(), 0, true);
}

QStringList sortedList(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestPeopleIndex : public QObject
{
    Q_OBJECT

private slots:
    void filter_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        const QStringList everyone = {u"Nguyễn Thị Thu Hà"_s, u"Nguyễn Văn Hà"_s, u"Trần Thị Hạnh"_s,
                                      u"Lê Thủy"_s,           u"Đặng Đức Anh"_s,  u"Phạm Văn An"_s};
        QTest::addRow("empty text: everyone") << u""_s << everyone;
        QTest::addRow("spaces only: everyone") << u"   "_s << everyone;
        QTest::addRow("words in any position") << u"nguyen thi ha"_s << QStringList{u"Nguyễn Thị Thu Hà"_s};
        QTest::addRow("words in any order") << u"ha thu"_s << QStringList{u"Nguyễn Thị Thu Hà"_s};
        QTest::addRow("with accents") << u"Nguyễn Thị"_s << QStringList{u"Nguyễn Thị Thu Hà"_s};
        QTest::addRow("NFD input") << nfd(u"Nguyễn Thị"_s) << QStringList{u"Nguyễn Thị Thu Hà"_s};
        QTest::addRow("upper case") << u"NGUYEN VAN"_s << QStringList{u"Nguyễn Văn Hà"_s};
        QTest::addRow("a fragment is enough")
            << u"han"_s << QStringList{u"Trần Thị Hạnh"_s}; // h-a-n inside "hanh"
        QTest::addRow("accents on the typed text are ignored")
            << u"hà"_s
            << QStringList{u"Nguyễn Thị Thu Hà"_s, u"Nguyễn Văn Hà"_s, u"Trần Thị Hạnh"_s, u"Phạm Văn An"_s};
        QTest::addRow("đ is d") << u"đuc"_s << QStringList{u"Đặng Đức Anh"_s};
        QTest::addRow("d finds đ") << u"dang duc"_s << QStringList{u"Đặng Đức Anh"_s};
        QTest::addRow("either tone placement") << u"thuỷ"_s << QStringList{u"Lê Thủy"_s};
        QTest::addRow("CCCD fragment") << u"185012"_s << QStringList{u"Nguyễn Thị Thu Hà"_s};
        QTest::addRow("whole CCCD") << u"036300222333"_s << QStringList{u"Lê Thủy"_s};
        QTest::addRow("household code finds its members")
            << u"02.014"_s << QStringList{u"Trần Thị Hạnh"_s, u"Lê Thủy"_s};
        QTest::addRow("household code and a name") << u"01.001 van"_s << QStringList{u"Nguyễn Văn Hà"_s};
        QTest::addRow("a word must not span two fields") << u"ha001"_s << QStringList{};
        QTest::addRow("nothing") << u"xyz"_s << QStringList{};
        QTest::addRow("one word missing") << u"nguyen thi van"_s << QStringList{};
        // Each typed word needs a word of its own: the h of "thi" does not count for a third word "h".
        QTest::addRow("a third word needs its own word")
            << u"nguyen thi h"_s << QStringList{u"Nguyễn Thị Thu Hà"_s};
        QTest::addRow("the same fragment twice needs two words") << u"ha ha"_s << QStringList{};
    }
    void filter()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        const PeopleIndex index = makeIndex();
        const PeopleIndex::Words words = PeopleIndex::foldWords(typed);
        // Both paths of filter(): many candidates (one pass over all haystacks) and few (row by row).
        const std::vector<quint32> all = allRows(index);
        QCOMPARE(sortedList(namesOf(index, index.filter(words, all))), sortedList(expected));
        for (quint32 row : all) {
            const std::vector<quint32> one{row};
            QCOMPARE(index.filter(words, one).size(), size_t(expected.contains(index.fullName(row)) ? 1 : 0));
            QCOMPARE(index.matches(row, words), expected.contains(index.fullName(row)));
        }
    }

    void haystackHoldsNameIdAndCode()
    {
        const PeopleIndex index = makeIndex();
        const std::vector<quint32> all = allRows(index);
        const auto it = std::find_if(all.begin(), all.end(),
                                     [&](quint32 r) { return index.fullName(r) == u"Nguyễn Thị Thu Hà"_s; });
        QVERIFY(it != all.end());
        QCOMPARE(index.haystack(*it), u"nguyen thi thu ha 001185012345 01.001"_s);
    }

    void narrows_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("narrows");
        QTest::addRow("a letter more") << u"nguy"_s << u"nguye"_s << true;
        QTest::addRow("a word more") << u"nguyen"_s << u"nguyen t"_s << true;
        QTest::addRow("from nothing") << u""_s << u"n"_s << true;
        QTest::addRow("a letter less") << u"nguye"_s << u"nguy"_s << false;
        QTest::addRow("a letter before") << u"guyen"_s << u"nguyen"_s << true;
        QTest::addRow("another word") << u"van"_s << u"thi"_s << false;
        QTest::addRow("to nothing") << u"n"_s << u""_s << false;
        QTest::addRow("two words joined into one") << u"a b"_s << u"ab"_s << false;
        QTest::addRow("a word split in two") << u"ab"_s << u"a b"_s << false;
    }
    void narrows()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, narrows);
        QCOMPARE(PeopleIndex::narrows(PeopleIndex::foldWords(before), PeopleIndex::foldWords(after)),
                 narrows);
    }

    void scope()
    {
        const PeopleIndex index = makeIndex();
        const auto names = [&](qint64 village, bool former) {
            return sortedList(namesOf(index, index.inScope(index.nameOrder(), village, former)));
        };
        QCOMPARE(names(0, false),
                 sortedList({u"Nguyễn Thị Thu Hà"_s, u"Nguyễn Văn Hà"_s, u"Trần Thị Hạnh"_s, u"Lê Thủy"_s}));
        QCOMPARE(names(0, true).size(), 6);
        QCOMPARE(names(1, false), sortedList({u"Nguyễn Thị Thu Hà"_s, u"Nguyễn Văn Hà"_s}));
        QCOMPARE(names(1, true), sortedList({u"Nguyễn Thị Thu Hà"_s, u"Nguyễn Văn Hà"_s, u"Phạm Văn An"_s}));
        QCOMPARE(names(2, true), sortedList({u"Trần Thị Hạnh"_s, u"Lê Thủy"_s, u"Đặng Đức Anh"_s}));
        QCOMPARE(names(99, true), QStringList());
    }

    void sortOrders_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("expected");
        // Vietnamese convention: given name (An < Anh < Hà < Hạnh < Thủy), then middle, then family name.
        QTest::addRow("name") << int(PeopleIndex::NameColumn) << false
                              << QStringList{u"Phạm Văn An"_s,   u"Đặng Đức Anh"_s,  u"Nguyễn Thị Thu Hà"_s,
                                             u"Nguyễn Văn Hà"_s, u"Trần Thị Hạnh"_s, u"Lê Thủy"_s};
        QTest::addRow("name, descending")
            << int(PeopleIndex::NameColumn) << true
            << QStringList{u"Lê Thủy"_s,           u"Trần Thị Hạnh"_s, u"Nguyễn Văn Hà"_s,
                           u"Nguyễn Thị Thu Hà"_s, u"Đặng Đức Anh"_s,  u"Phạm Văn An"_s};
        QTest::addRow("birth date, unknown first")
            << int(PeopleIndex::BirthDateColumn) << false
            << QStringList{u"Đặng Đức Anh"_s,      u"Phạm Văn An"_s,   u"Nguyễn Văn Hà"_s,
                           u"Nguyễn Thị Thu Hà"_s, u"Trần Thị Hạnh"_s, u"Lê Thủy"_s};
        QTest::addRow("village, ties by name")
            << int(PeopleIndex::VillageColumn) << false
            << QStringList{u"Phạm Văn An"_s,  u"Nguyễn Thị Thu Hà"_s, u"Nguyễn Văn Hà"_s,
                           u"Đặng Đức Anh"_s, u"Trần Thị Hạnh"_s,     u"Lê Thủy"_s};
        QTest::addRow("village descending, ties still by name")
            << int(PeopleIndex::VillageColumn) << true
            << QStringList{u"Đặng Đức Anh"_s, u"Trần Thị Hạnh"_s,     u"Lê Thủy"_s,
                           u"Phạm Văn An"_s,  u"Nguyễn Thị Thu Hà"_s, u"Nguyễn Văn Hà"_s};
        QTest::addRow("education by level, 7/10 below 9/12")
            << int(PeopleIndex::EducationColumn) << false
            << QStringList{u"Đặng Đức Anh"_s,      u"Phạm Văn An"_s,   u"Nguyễn Văn Hà"_s,
                           u"Nguyễn Thị Thu Hà"_s, u"Trần Thị Hạnh"_s, u"Lê Thủy"_s};
        QTest::addRow("household code")
            << int(PeopleIndex::HouseholdColumn) << false
            << QStringList{u"Nguyễn Thị Thu Hà"_s, u"Nguyễn Văn Hà"_s, u"Phạm Văn An"_s,
                           u"Trần Thị Hạnh"_s,     u"Lê Thủy"_s,       u"Đặng Đức Anh"_s};
    }
    void sortOrders()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(QStringList, expected);
        const PeopleIndex index = makeIndex();
        const std::vector<quint32> order =
            index.sorted(PeopleIndex::Column(column),
                         descending ? PeopleIndex::SortOrder::Descending : PeopleIndex::SortOrder::Ascending);
        QCOMPARE(namesOf(index, order), expected);
    }

    // Loading a file: the default scope is exactly core's register (living people with a current
    // household), village by village; former residents and the deceased come with their last household.
    void loadAgreesWithTheRegister()
    {
        test::TempCommune commune;
        const QString path = commune.demo(300);
        Database db;
        SHT_VERIFY_OK(db.open(path));
        PeopleIndex index;
        SHT_VERIFY_OK(PeopleIndexRepository::load(db, &index));
        QVERIFY(index.size() >= 300);

        // One member who is not a head dies, another moves away.
        std::vector<quint32> members;
        for (quint32 r : index.nameOrder())
            if (index.relation(r) != Relation::Head && index.isCurrentResident(r))
                members.push_back(r);
        QVERIFY(members.size() >= 2);
        const qint64 deceased = index.personId(members[0]);
        const qint64 movedAway = index.personId(members[1]);
        const QString deceasedCode = index.householdCode(members[0]);
        const qint64 deceasedVillage = index.villageId(members[0]);
        SHT_VERIFY_OK(HouseholdService(db).markDeceased(deceased, PartialDate::fromYear(2024)));
        SHT_VERIFY_OK(HouseholdService(db).markMovedAway(movedAway, PartialDate::fromYear(2024)));
        SHT_VERIFY_OK(PeopleIndexRepository::load(db, &index));

        CommuneSummary summary;
        SHT_VERIFY_OK(StatisticsRepository(db).summary(&summary));
        QCOMPARE(int(index.inScope(index.nameOrder(), 0, false).size()), summary.people);
        QCOMPARE(int(index.inScope(index.nameOrder(), 0, true).size()), summary.people + 2);
        for (const VillageSummary &v : summary.villages)
            QCOMPARE(int(index.inScope(index.nameOrder(), v.id, false).size()), v.people);

        QStringList expected;
        StatisticsRepository(db).forEachRegisterRow(0, [&](const RegisterRow &row) {
            expected << row.fullName + u'|' + row.citizenId + u'|' + row.householdCode + u'|' + row.village;
        });
        QStringList loaded;
        for (quint32 r : index.inScope(index.nameOrder(), 0, false)) {
            loaded << index.fullName(r) + u'|' + index.citizenId(r) + u'|' + index.householdCode(r) + u'|' +
                          index.villageName(r);
            QString hay = text::searchKey(index.fullName(r));
            if (!index.citizenId(r).isEmpty())
                hay += u' ' + index.citizenId(r);
            QCOMPARE(index.haystack(r), hay + u' ' + index.householdCode(r).toLower());
        }
        QCOMPARE(sortedList(loaded), sortedList(expected));

        for (quint32 r = 0; r < quint32(index.size()); ++r) {
            if (index.personId(r) == deceased) {
                QVERIFY(index.isDeceased(r));
                QVERIFY(!index.isCurrentResident(r));
                QCOMPARE(index.householdCode(r), deceasedCode); // the last household is kept
                QCOMPARE(index.villageId(r), deceasedVillage);
            } else if (index.personId(r) == movedAway) {
                QVERIFY(!index.isDeceased(r));
                QVERIFY(!index.isCurrentResident(r));
                QVERIFY(!index.householdCode(r).isEmpty());
            }
        }
        // Name order is the stored Vietnamese sort key, then the id.
        const std::vector<quint32> &order = index.nameOrder();
        for (size_t i = 1; i < order.size(); ++i)
            QVERIFY(index.sortKey(order[i - 1]) <= index.sortKey(order[i]));
    }
};

QTEST_GUILESS_MAIN(TestPeopleIndex)
#include "tst_peopleindex.moc"
