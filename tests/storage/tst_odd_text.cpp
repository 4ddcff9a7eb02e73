// Odd text is data, never code: names and notes with quotes, semicolons, SQL ("Robert'); DROP TABLE
// person;--"), LIKE wildcards, emoji, right-to-left marks, zero-width joiners, combining marks, control
// characters and 10,000-character notes go through HouseholdService/PersonService (by EditCommands: create,
// read back, update, undo, redo), the People register's filter (the real widget, typed into) and
// `sohoctap-cli people --csv`, and come back exactly as stored. Names come back in their documented canonical
// form (PersonName: NFC, zero-width characters removed, spaces collapsed), written out here by hand; notes
// come back unchanged, character for character.
#include "AdminUnitService.h"
#include "ChangeNotifier.h"
#include "EditCommands.h"
#include "HouseholdRepository.h"
#include "PeopleIndex.h"
#include "PeopleRegisterWidget.h"
#include "PeopleTableModel.h"
#include "PersonRepository.h"
#include "TestSupport.h"
#include "TextNormalizer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace sht;
using namespace Qt::StringLiterals;

namespace {

// Every kind of odd character at once, repeated to exactly `length` UTF-16 units (never splitting a pair).
QString longNotes(int length)
{
    const QString piece =
        u"Robert'); DROP TABLE person;-- \"q\" 100% _x_ \\ 🎓👨‍👩‍👧 \u200Fعربي\u200E "
        u"Nguye\u0302\u0303n\u200D\t\r\n"_s;
    QString notes;
    while (notes.size() + piece.size() <= length)
        notes += piece;
    while (notes.size() < length)
        notes += u'x';
    return notes;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// RFC 4180: fields separated by commas, quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// The register's filter rule, written again from its description (PeopleIndex.h): the person is listed when
// every typed word, folded, occurs in their folded name or household code.
bool filterMatches(const QString &typed, const QString &name, const QString &code)
{
    const QString haystack = text::searchKey(name) + u' ' + text::searchKey(code);
    for (const QString &word : text::searchKey(typed).split(u' ', Qt::SkipEmptyParts))
        if (!haystack.contains(word))
            return false;
    return true;
}

const QString villageName = u"Thôn \"Đông\" 🌾; DROP TABLE admin_unit;--"_s;

// A plain neighbour in every household: the filter must tell the odd name from it.
const QString plainName = u"Trần Thị Bình"_s;

struct Fixture
{
    test::TempCommune temp;
    Database &db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits;
    AdminUnit village;

    Fixture()
        : db(temp.create())
        , edits(db, stack, notifier)
    {
        village.name = villageName;
        village.validFrom = QDate(2000, 1, 1);
        const Status s = AdminUnitService(db).createVillage(village);
        if (!s)
            qFatal("%s", qPrintable(s.message()));
    }
};

} // namespace

class TestOddText : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void tenThousandCharacterNotes();

private:
    void checkRegisterFilter(Database &db, const QString &storedName, const QString &code, qint64 personId,
                             int people);
    void checkCliCsv(const QString &path, const QString &storedName, const QString &householdCode);
};

void TestOddText::roundTrip_data()
{
    QTest::addColumn<QString>("name");       // as typed
    QTest::addColumn<QString>("storedName"); // as PersonName documents it stores it
    QTest::addColumn<QString>("notes");      // free text: stored unchanged
    QTest::addColumn<QString>("code");       // household code (simplified when stored)

    QTest::newRow("quotes") << u"Nguyễn Văn O'Brien \"Bé\""_s << u"Nguyễn Văn O'Brien \"Bé\""_s
                            << u"It's \"quoted\", 'single' and `back`; ''''"_s << u"01'\"02"_s;
    QTest::newRow("semicolons") << u"Lê Thị An; Bình;"_s << u"Lê Thị An; Bình;"_s
                                << u"a;b;;c; DELETE FROM person;"_s << u"01;02;"_s;
    QTest::newRow("sql injection") << u"Robert'); DROP TABLE person;--"_s
                                   << u"Robert'); DROP TABLE person;--"_s
                                   << u"'; DROP TABLE household; --\n1' OR '1'='1"_s
                                   << u"1'; DROP TABLE household;--"_s;
    QTest::newRow("sql keywords") << u"Select From Where"_s << u"Select From Where"_s
                                  << u"SELECT * FROM person WHERE 1=1 UNION SELECT NULL, sqlite_version();"_s
                                  << u"NULL"_s;
    QTest::newRow("like wildcards") << u"Trần 100% _An_ \\"_s << u"Trần 100% _An_ \\"_s
                                    << u"%_\\%\\_ LIKE '%' ESCAPE '\\'"_s << u"%_"_s;
    QTest::newRow("emoji") << u"Phạm Thị Hoa 🌸"_s << u"Phạm Thị Hoa 🌸"_s
                           << u"👨‍👩‍👧‍👦 family 🎓📚 🇻🇳 👍🏽"_s << u"🏠-01"_s;
    QTest::newRow("rtl marks") << u"Ali \u200Fمحمد\u200E Nguyễn"_s << u"Ali \u200Fمحمد\u200E Nguyễn"_s
                               << u"\u202Eabc\u202C \u200F RTL \u061C שלום"_s << u"\u200F01"_s;
    // Zero-width joiners and non-joiners are invisible noise in a name (TextNormalizer.h) and are removed;
    // in notes they are part of the text (emoji sequences) and are kept.
    QTest::newRow("zero-width joiners") << u"Hoàng\u200DVăn\u200C Nam"_s << u"HoàngVăn Nam"_s
                                        << u"a\u200Db\u200Cc\u2060d\uFEFF"_s << u"01\u200D"_s;
    // NFD names are composed (NFC) so that one person has one spelling; notes keep their marks as typed,
    // even marks that compose with nothing.
    QTest::newRow("combining marks") << u"Nguye\u0302\u0303n Thi\u0323 Ha\u0300"_s << u"Nguyễn Thị Hà"_s
                                     << u"Nguye\u0302\u0303n Z\u0351\u0352\u0353algo \u0301\u0301"_s
                                     << u"0\u03011"_s;
    QTest::newRow("control characters") << u"Võ\tThị\u00A0Mai"_s << u"Võ Thị Mai"_s
                                        << u"tab\there\r\nCRLF\u0001\u001F\u007F end"_s << u"01"_s;
    QTest::newRow("nul character") << u"Đỗ Văn Không"_s << u"Đỗ Văn Không"_s << u"before\0after \0"_s
                                   << u"0\0"_s;
    QTest::newRow("all caps") << u"ĐINH 'O; X"_s << u"Đinh 'O; X"_s << u"   leading and trailing   "_s
                              << u"  01   02  "_s;
}

void TestOddText::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, storedName);
    QFETCH(QString, notes);
    QFETCH(QString, code);
    // The expectation is written by hand, and must agree with what PersonName documents.
    QCOMPARE(PersonName(name).full(), storedName);

    Fixture f;
    Household household;
    household.code = code;
    household.villageId = f.village.id;
    const QString address = u"Xóm \"Giữa\"; ngõ 3 🏡 \u200F"_s;
    household.address = address;
    household.notes = notes;
    Person head;
    head.name = PersonName(name);
    head.sex = Sex::Female;
    head.birthDate = PartialDate::fromYear(1970);
    head.notes = notes;
    head.occupation = notes.left(200);
    SHT_VERIFY_OK(f.edits.createHousehold(household, head, QDate(2020, 1, 1)));
    Person neighbour;
    neighbour.name = PersonName(plainName);
    neighbour.birthDate = PartialDate::fromYear(1972);
    SHT_VERIFY_OK(f.edits.addMember(household.id, neighbour, Relation::Spouse, ResidenceStatus::Permanent,
                                    QDate(2020, 1, 1)));

    PersonRepository people(f.db);
    HouseholdRepository households(f.db);
    auto person = people.find(head.id);
    QVERIFY(person);
    QCOMPARE(person->name.full(), storedName);
    QCOMPARE(person->notes, notes);
    QCOMPARE(person->occupation, notes.left(200));
    auto storedHousehold = households.find(household.id);
    QVERIFY(storedHousehold);
    // A household's code and address are stored with their spaces simplified and its notes trimmed, at
    // creation as at every edit (HouseholdService); nothing else of them changes.
    QCOMPARE(storedHousehold->code, code.simplified());
    QCOMPARE(storedHousehold->notes, notes.trimmed());
    QCOMPARE(storedHousehold->address, address.simplified());
    // Nothing was run: every table is still there, with its one row.
    QCOMPARE(count(f.db, u"SELECT count(*) FROM person"_s), 2);
    QCOMPARE(count(f.db, u"SELECT count(*) FROM household"_s), 1);
    QCOMPARE(count(f.db, u"SELECT count(*) FROM admin_unit WHERE kind = 'village'"_s), 1);

    // Update both records through the undoable door.
    const QStringList created = test::databaseState(f.db);
    Person changed = *person;
    changed.notes = notes + u"\n— sửa lần 2: "_s + name;
    changed.name = PersonName(storedName + u" 'Hai'"_s);
    SHT_VERIFY_OK(f.edits.updatePerson(changed));
    Household changedHousehold = *storedHousehold;
    changedHousehold.code = code + u"'"_s;
    changedHousehold.notes = u"🧾 "_s + notes;
    SHT_VERIFY_OK(f.edits.updateHousehold(changedHousehold));
    const QStringList updated = test::databaseState(f.db);
    QCOMPARE(people.find(head.id)->notes, changed.notes);
    QCOMPARE(people.find(head.id)->name.full(), storedName + u" 'Hai'"_s);
    QCOMPARE(households.find(household.id)->notes.trimmed(), changedHousehold.notes.trimmed());
    QCOMPARE(households.find(household.id)->code, changedHousehold.code.simplified());

    f.stack.undo();
    f.stack.undo();
    QCOMPARE(test::databaseState(f.db), created);
    QCOMPARE(people.find(head.id)->notes, notes);
    QCOMPARE(people.find(head.id)->name.full(), storedName);
    QCOMPARE(households.find(household.id)->notes, notes.trimmed());
    f.stack.redo();
    f.stack.redo();
    QCOMPARE(test::databaseState(f.db), updated);
    QCOMPARE(people.find(head.id)->notes, changed.notes);
    f.stack.undo();
    f.stack.undo();
    QCOMPARE(test::databaseState(f.db), created);

    checkRegisterFilter(f.db, storedName, code, head.id, 2);
    checkCliCsv(f.temp.path(), storedName, code.simplified());
}

// Typed into the People register's filter box, the name finds the person, and the list shows it as stored.
void TestOddText::checkRegisterFilter(Database &db, const QString &storedName, const QString &code,
                                      qint64 personId, int people)
{
    PeopleRegisterWidget widget;
    QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.setDatabase(&db);
    widget.resize(900, 400);
    widget.show();
    widget.ensureLoaded();
    QCOMPARE(widget.model()->rowCount(), people);
    widget.focusFilter();
    QLineEdit *filter = widget.filterEdit();
    // One key event per character, astral characters (emoji) as one event with both halves, as an input
    // method delivers them.
    for (qsizetype i = 0; i < storedName.size(); ++i) {
        QString text(storedName.at(i));
        if (storedName.at(i).isHighSurrogate() && i + 1 < storedName.size())
            text += storedName.at(++i);
        QTest::sendKeyEvent(QTest::Click, filter, Qt::Key_unknown, text, Qt::NoModifier);
    }
    QCOMPARE(filter->text(), storedName);
    QCOMPARE(widget.model()->rowCount(), 1);
    QCOMPARE(widget.model()->personIdAt(0), personId);
    const QAbstractItemModel *shown = widget.table()->model();
    QCOMPARE(shown->index(0, PeopleIndex::NameColumn).data().toString(), storedName);
    // SQL, quotes and LIKE wildcards in the filter are characters to find, not patterns.
    for (const QString &probe : {u"'); DROP TABLE person;--"_s, u"%"_s, u"_"_s, u"\\"_s, u"'"_s, u"\""_s,
                                 u";"_s, u"' OR '1'='1"_s, u"binh"_s}) {
        filter->clear();
        QTest::keyClicks(filter, probe);
        QCOMPARE(filter->text(), probe);
        QStringList expected;
        if (filterMatches(probe, storedName, code))
            expected << storedName;
        if (people > 1 && filterMatches(probe, plainName, code))
            expected << plainName;
        QStringList listed;
        for (int r = 0; r < shown->rowCount(); ++r)
            listed << shown->index(r, PeopleIndex::NameColumn).data().toString();
        listed.sort();
        expected.sort();
        QCOMPARE(listed, expected);
    }
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(widget.model()->rowCount(), people);
}

// `sohoctap-cli people FILE --csv` prints the name and the household code exactly as stored.
void TestOddText::checkCliCsv(const QString &path, const QString &storedName, const QString &householdCode)
{
    QProcess cli;
    cli.start(qEnvironmentVariable("SHT_CLI"), {u"people"_s, path, u"--csv"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(cli.readAllStandardOutput()));
    QCOMPARE(rows.size(), 3); // the header, the odd name and the plain neighbour
    QCOMPARE(rows.at(0).at(3), u"Họ và tên"_s);
    QStringList names;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), 10);
        QCOMPARE(row.at(0), villageName);
        QCOMPARE(row.at(1), householdCode);
        names << row.at(3);
    }
    names.sort();
    QStringList expected{storedName, plainName};
    expected.sort();
    QCOMPARE(names, expected);

    // `info --json` is valid JSON whatever the names hold.
    QProcess info;
    info.start(qEnvironmentVariable("SHT_CLI"), {u"info"_s, path, u"--json"_s});
    QVERIFY(info.waitForFinished(60000));
    QCOMPARE(info.exitCode(), 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(info.readAllStandardOutput(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray villages = json.object().value(u"villages"_s).toArray();
    QCOMPARE(villages.size(), 1);
    QCOMPARE(villages.at(0).toObject().value(u"name"_s).toString(), villageName);
    QCOMPARE(json.object().value(u"people"_s).toInt(), 2);
}

void TestOddText::tenThousandCharacterNotes()
{
    const QString notes = longNotes(10000);
    QCOMPARE(notes.size(), 10000);
    const QString otherNotes = longNotes(10000).replace(u"Robert"_s, u"Bobby!"_s);
    QVERIFY(otherNotes != notes);

    Fixture f;
    Household household;
    household.code = u"01.001"_s;
    household.villageId = f.village.id;
    household.notes = notes;
    Person head;
    head.name = PersonName(u"Nguyễn Văn Dài"_s);
    head.birthDate = PartialDate::fromYear(1950);
    head.notes = notes;
    SHT_VERIFY_OK(f.edits.createHousehold(household, head, QDate(2020, 1, 1)));
    PersonRepository people(f.db);
    HouseholdRepository households(f.db);
    QCOMPARE(people.find(head.id)->notes, notes);
    QCOMPARE(households.find(household.id)->notes, notes.trimmed());

    Person changed = *people.find(head.id);
    changed.notes = otherNotes;
    SHT_VERIFY_OK(f.edits.updatePerson(changed));
    QCOMPARE(people.find(head.id)->notes, otherNotes);
    f.stack.undo();
    QCOMPARE(people.find(head.id)->notes, notes);
    f.stack.redo();
    QCOMPARE(people.find(head.id)->notes, otherNotes);

    // The audit log keeps the long text whole too: undoing from a fresh read gives the first notes back.
    f.stack.undo();
    QCOMPARE(people.find(head.id)->notes.size(), 10000);
    QCOMPARE(people.find(head.id)->notes, notes);
    checkRegisterFilter(f.db, head.name.full(), household.code, head.id, 1);
}

QTEST_MAIN(TestOddText)
#include "tst_odd_text.moc"
