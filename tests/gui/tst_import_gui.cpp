// File > Import driven like a clerk would: a messy workbook and a TCVN3 CSV added, the sheets, the encoding
// and a column's meaning checked and changed by keys, the dry run (Alt+D) and its saved report, the import
// (Ctrl+Enter) with its undo, a cancelled import, a re-import that changes nothing, and the duplicate review
// (Left / Right, M, K, N, Up, Esc) with its undo.
#include "AdminUnitService.h"
#include "ChangeNotifier.h"
#include "ColumnMapping.h"
#include "Database.h"
#include "DuplicateReviewDialog.h"
#include "DuplicateService.h"
#include "EditCommands.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "HouseholdService.h"
#include "ImportDialog.h"
#include "MessageBox.h"
#include "PersonRepository.h"
#include "ReadLimits.h"
#include "RegisterFixtures.h"
#include "StatisticsRepository.h"
#include "TestSupport.h"
#include "WorkbookReader.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace sht;
using namespace sht::importing;
using test::RegisterFixture;
using test::RegisterFixtures;

namespace {

struct Commune
{
    test::TempCommune temp;
    Database &db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits;

    Commune()
        : db(temp.create())
        , edits(db, stack, notifier)
    {}

    int people()
    {
        CommuneSummary summary;
        if (!StatisticsRepository(db).summary(&summary))
            return -1;
        return summary.people;
    }
};

// The two files every test imports: the layout engineer's messy workbook and its TCVN3 CSV.
struct Registers
{
    QString xlsxPath;
    QString csvPath;
    RegisterFixture xlsx;
    RegisterFixture csv;

    explicit Registers(const test::TempCommune &temp)
        : xlsxPath(temp.path(QStringLiteral("so-ho-khau.xlsx")))
        , csvPath(temp.path(QStringLiteral("thon-nam.csv")))
        , xlsx(RegisterFixtures::writeMessyXlsx(xlsxPath))
        , csv(RegisterFixtures::writeCsv(csvPath, RegisterFixtures::CsvFlavor::Tcvn3))
    {}
    int personCount() const { return xlsx.personCount() + csv.personCount(); }
};

template <typename T>
T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

QStringList titles(const QList<MessageBox::Record> &records)
{
    QStringList out;
    for (const MessageBox::Record &r : records)
        out << r.title;
    return out;
}

// The preview's first-row chooser of the column that holds `field`, or null.
QComboBox *chooserOf(ImportDialog &dialog, Field field)
{
    auto *preview = child<QTableWidget>(&dialog, QStringLiteral("importPreview"));
    for (int c = 0; c < preview->columnCount(); ++c)
        if (auto *combo = qobject_cast<QComboBox *>(preview->cellWidget(0, c)))
            if (combo->currentData().toInt() == int(field))
                return combo;
    return nullptr;
}

QList<PlannedPerson> plannedIn(const ImportPlan &plan, const QString &village)
{
    QList<PlannedPerson> out;
    for (const PlannedVillage &v : plan.villages)
        if (v.name == village)
            for (const PlannedHousehold &h : v.households)
                out += h.members;
    return out;
}

void save(QWidget *widget, const QString &name)
{
    const QString path = QStringLiteral("/tmp/import-%1.png").arg(name);
    if (!widget->grab().save(path))
        qWarning("cannot write %s", qPrintable(path));
}

Person person(const QString &name, const PartialDate &birth, Sex sex)
{
    Person p;
    p.name = PersonName(name);
    p.birthDate = birth;
    p.sex = sex;
    return p;
}

} // namespace

class TestImportGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewDryRunAndReport();
    void importUndoAndReimport();
    void cancelLeavesTheFileUnchanged();
    void reviewMergesByKeysAndUndoRestores();
    void reviewKeepsApartSkipsAndRefuses();
    void reviewWithoutPairs();
    void mnemonicsDoNotClash();
};

void TestImportGui::init()
{
    MessageBox::clearRecords();
    MessageBox::setAutoAnswer(true);
}

void TestImportGui::cleanup()
{
    MessageBox::setAutoAnswer(false);
}

// Sheets, villages, the encoding found, a column's meaning changed by keys, the dry run and its report.
void TestImportGui::previewDryRunAndReport()
{
    Commune commune;
    const Registers files(commune.temp);
    QVERIFY(files.xlsx.personCount() > 0);
    QVERIFY(files.csv.personCount() > 0);
    ImportDialog dialog(commune.db, &commune.edits);
    test::showActive(&dialog);
    dialog.addFiles({files.xlsxPath, files.csvPath});
    QVERIFY2(MessageBox::records().isEmpty(), qPrintable(titles(MessageBox::records()).join(u',')));

    // The sheet tree: one node a file; every village sheet ticked and going to its village, the summary
    // sheet unticked with its reason.
    auto *sheets = child<QTreeWidget>(&dialog, QStringLiteral("importSheets"));
    // (No QAbstractItemModelTester over the sheet tree: Qt 6.4's own QTreeWidget model fails its
    // "childIndex != childIndex1" check with two columns.)
    QCOMPARE(sheets->topLevelItemCount(), 2);
    QTreeWidgetItem *workbook = sheets->topLevelItem(0);
    QCOMPARE(workbook->text(0), QStringLiteral("so-ho-khau.xlsx"));
    QStringList ticked;
    bool summarySkipped = false;
    for (int i = 0; i < workbook->childCount(); ++i) {
        const QTreeWidgetItem *sheet = workbook->child(i);
        if (sheet->checkState(0) == Qt::Checked) {
            ticked << sheet->text(0) + QStringLiteral(" → ") + sheet->text(1);
        } else {
            QVERIFY2(sheet->text(1).startsWith(QStringLiteral("skipped")), qPrintable(sheet->text(1)));
            summarySkipped = summarySkipped || sheet->text(0) == QStringLiteral("Tổng hợp");
        }
    }
    QVERIFY(summarySkipped);
    QStringList expected;
    for (const ParsedVillage &village : files.xlsx.villages)
        expected << village.sheet + QStringLiteral(" → ") + village.villageName;
    QCOMPARE(ticked, expected);
    QTreeWidgetItem *csvFile = sheets->topLevelItem(1);
    QCOMPARE(csvFile->childCount(), 1);
    QCOMPARE(csvFile->child(0)->text(1), files.csv.villages.first().villageName);
    QCOMPARE(csvFile->child(0)->checkState(0), Qt::Checked);

    // The first village sheet is shown first, read as Unicode.
    auto *encodingInfo = child<QLabel>(&dialog, QStringLiteral("importEncodingInfo"));
    QCOMPARE(sheets->currentItem(), workbook->child(0));
    QVERIFY2(encodingInfo->text().contains(QStringLiteral("Unicode")), qPrintable(encodingInfo->text()));
    save(&dialog, QStringLiteral("preview"));

    // End in the sheet tree goes to the CSV's sheet: TCVN3 found, with its confidence.
    sheets->setFocus();
    QTest::keyClick(sheets, Qt::Key_End);
    QCOMPARE(sheets->currentItem(), csvFile->child(0));
    QVERIFY2(encodingInfo->text().contains(QStringLiteral("TCVN3")), qPrintable(encodingInfo->text()));
    QVERIFY2(encodingInfo->text().contains(QRegularExpression(QStringLiteral("\\b([5-9][0-9]|100)%"))),
             qPrintable(encodingInfo->text()));
    auto *preview = child<QTableWidget>(&dialog, QStringLiteral("importPreview"));
    QAbstractItemModelTester previewTester(preview->model());
    // Decoded text in the preview: the CSV's village name appears in its title lines.
    bool villageShown = false;
    for (int r = 1; r < preview->rowCount() && !villageShown; ++r)
        for (int c = 0; c < preview->columnCount() && !villageShown; ++c)
            if (const QTableWidgetItem *item = preview->item(r, c))
                villageShown =
                    item->text().contains(files.csv.villages.first().villageName, Qt::CaseInsensitive);
    QVERIFY(villageShown);
    save(&dialog, QStringLiteral("preview-tcvn3"));

    // The CSV's notes column stops being imported: Home on its chooser picks "(not imported)".
    const QString village = files.csv.villages.first().villageName;
    // Notes the import writes itself ("Birth date as written: 31/02/1990") are not the column's.
    const auto columnNotes = [](const QString &notes) {
        QStringList parts = notes.split(QStringLiteral("; "), Qt::SkipEmptyParts);
        parts.removeIf([](const QString &part) { return part.contains(QStringLiteral(" as written: ")); });
        return parts;
    };
    bool someNotes = false;
    for (const ParsedHousehold &h : files.csv.villages.first().households)
        for (const ParsedPerson &p : h.members)
            someNotes = someNotes || !columnNotes(p.notes).isEmpty();
    QVERIFY2(someNotes, "the CSV fixture has no notes: the mapping change below would prove nothing");
    QComboBox *notes = chooserOf(dialog, Field::Notes);
    QVERIFY(notes);
    int notesColumn = -1;
    for (int c = 0; c < preview->columnCount(); ++c)
        if (preview->cellWidget(0, c) == notes)
            notesColumn = c;
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_Home);
    // The preview is redrawn with the new mapping (new choosers: the old ones go at the next event loop
    // turn, so not by name); the column's chooser keeps the focus.
    notes = qobject_cast<QComboBox *>(preview->cellWidget(0, notesColumn));
    QVERIFY(notes);
    QCOMPARE(notes->currentData().toInt(), int(Field::None));
    QVERIFY(!chooserOf(dialog, Field::Notes));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(notes));

    // Alt+D: the dry run, with every problem listed and counted in the summary.
    // (A mnemonic clicks its button after a short animation.)
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(child<QTabWidget>(&dialog, QStringLiteral("importTabs"))->currentIndex(), 1);
    QVERIFY2(MessageBox::records().isEmpty(), qPrintable(titles(MessageBox::records()).join(u',')));
    const ImportPlan &plan = dialog.plan();
    QCOMPARE(plan.counts().peopleNew, files.personCount());
    QCOMPARE(plan.counts().householdsNew, files.xlsx.householdCount() + files.csv.householdCount());
    auto *problems = child<QTableWidget>(&dialog, QStringLiteral("importProblems"));
    QAbstractItemModelTester problemsTester(problems->model());
    QVERIFY(!plan.problems.isEmpty());
    QCOMPARE(problems->rowCount(), int(plan.problems.size()));
    QVERIFY(plan.problems.size() >= files.xlsx.problems.size() + files.csv.problems.size());
    const QString summary = child<QLabel>(&dialog, QStringLiteral("importSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("%1 problem").arg(plan.problems.size())), qPrintable(summary));
    QVERIFY(!plan.duplicates.isEmpty());
    QCOMPARE(child<QTableWidget>(&dialog, QStringLiteral("importDuplicates"))->rowCount(),
             int(plan.duplicates.size()));
    // The changed mapping is what the plan used: no notes from the CSV, the workbook's still there.
    const QList<PlannedPerson> csvPeople = plannedIn(plan, village);
    QCOMPARE(int(csvPeople.size()), files.csv.personCount());
    for (const PlannedPerson &p : csvPeople)
        QVERIFY2(columnNotes(p.source.notes).isEmpty(),
                 qPrintable(p.source.fullName + QStringLiteral(": ") + p.source.notes));
    save(&dialog, QStringLiteral("dry-run"));

    // Alt+R saves the report as a workbook that reads back.
    const QString reportPath = commune.temp.path(QStringLiteral("bao-cao.xlsx"));
    FileDialog::setNextFileName(reportPath);
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(QFileInfo(reportPath).size() > 0);
    QVERIFY2(MessageBox::records().isEmpty(), qPrintable(titles(MessageBox::records()).join(u',')));
    Status status;
    const Workbook report = readWorkbook(reportPath, std::nullopt, ReadLimits(), &status);
    SHT_VERIFY_OK(status);
    QVERIFY(!report.sheets.isEmpty());
    // Nothing was written by the dry run.
    QCOMPARE(commune.people(), 0);
}

// Ctrl+Enter imports both files as one undo step; the review is offered; a second import changes nothing;
// the mapping chosen comes back next time; undo restores the file exactly.
void TestImportGui::importUndoAndReimport()
{
    Commune commune;
    const Registers files(commune.temp);
    const QStringList before = test::databaseState(commune.db);
    {
        ImportDialog dialog(commune.db, &commune.edits);
        test::showActive(&dialog);
        dialog.addFiles({files.xlsxPath, files.csvPath});
        auto *sheets = child<QTreeWidget>(&dialog, QStringLiteral("importSheets"));
        sheets->setCurrentItem(sheets->topLevelItem(1)->child(0));
        QComboBox *notes = chooserOf(dialog, Field::Notes);
        QVERIFY(notes);
        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_Home);

        bool reviewed = false;
        const bool shown = test::whileModal<DuplicateReviewDialog>(
            [&] { QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier); },
            [&](DuplicateReviewDialog *review) {
                reviewed = review->pairCount() > 0;
                test::key(Qt::Key_Escape);
            });
        QVERIFY2(shown, qPrintable(titles(MessageBox::records()).join(u',')));
        QVERIFY(reviewed);
        QVERIFY(dialog.imported());
        QVERIFY2(titles(MessageBox::records()).contains(QStringLiteral("Import finished")),
                 qPrintable(titles(MessageBox::records()).join(u',')));
        QVERIFY(titles(MessageBox::records()).contains(QStringLiteral("Possible duplicates")));
    }
    QCOMPARE(commune.people(), files.personCount());
    QCOMPARE(commune.stack.count(), 1);
    const QStringList imported = test::databaseState(commune.db);

    // The same files again: nothing to import, nothing changed; the notes column is still left out.
    MessageBox::clearRecords();
    {
        ImportDialog again(commune.db, &commune.edits);
        test::showActive(&again);
        again.addFiles({files.xlsxPath, files.csvPath});
        auto *sheets = child<QTreeWidget>(&again, QStringLiteral("importSheets"));
        sheets->setCurrentItem(sheets->topLevelItem(1)->child(0));
        QVERIFY2(!chooserOf(again, Field::Notes), "the mapping chosen last time was not remembered");
        QTest::keyClick(&again, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!again.imported());
        QCOMPARE(titles(MessageBox::records()), QStringList{QStringLiteral("Nothing to import")});
        QVERIFY(again.plan().changesNothing());
        QCOMPARE(again.plan().counts().peopleUnchanged, files.personCount());
    }
    QCOMPARE(test::databaseState(commune.db), imported);
    QCOMPARE(commune.stack.count(), 1);

    // Edit > Undo takes the whole import back (the remembered mapping is a setting, not register data).
    commune.stack.undo();
    QStringList undone = test::databaseState(commune.db);
    undone.removeIf([](const QString &row) { return row.startsWith(QStringLiteral("import_mapping|")); });
    QCOMPARE(undone, before);
    QCOMPARE(commune.people(), 0);
    commune.stack.redo();
    QCOMPARE(test::databaseState(commune.db), imported);
}

// Esc on the progress dialog: rolled back, nothing on the undo stack.
void TestImportGui::cancelLeavesTheFileUnchanged()
{
    Commune commune;
    const Registers files(commune.temp);
    const QStringList before = test::databaseState(commune.db);
    ImportDialog dialog(commune.db, &commune.edits);
    // The progress shows at once, not after 300 ms: these registers import faster than that.
    dialog.setProperty("progressDelayMs", 0);
    test::showActive(&dialog);
    dialog.addFiles({files.xlsxPath, files.csvPath});

    // The clerk presses Esc as soon as the progress dialog shows.
    bool escaped = false;
    QTimer clerk;
    clerk.setInterval(0);
    connect(&clerk, &QTimer::timeout, this, [&] {
        auto *progress = dialog.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        if (!progress || !progress->isVisible() || escaped)
            return;
        escaped = true;
        QApplication::setActiveWindow(progress);
        QTest::keyClick(progress, Qt::Key_Escape);
    });
    clerk.start();
    // Should the cancel be lost, the import ends with the duplicate review: close it rather than hang.
    const bool reviewShown = test::whileModal<DuplicateReviewDialog>(
        [&] { QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier); },
        [&](DuplicateReviewDialog *) { test::key(Qt::Key_Escape); });
    clerk.stop();
    QVERIFY(!reviewShown);
    QVERIFY2(escaped, "the progress dialog never showed");
    QVERIFY(!dialog.imported());
    QVERIFY2(titles(MessageBox::records()).contains(QStringLiteral("Import cancelled")),
             qPrintable(titles(MessageBox::records()).join(u',')));
    QCOMPARE(test::databaseState(commune.db), before);
    QCOMPARE(commune.stack.count(), 0);

    // Cancelled is not done: Ctrl+Enter again imports.
    MessageBox::clearRecords();
    dialog.setProperty("progressDelayMs", QVariant());
    const bool reviewed = test::whileModal<DuplicateReviewDialog>(
        [&] { QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier); },
        [&](DuplicateReviewDialog *) { test::key(Qt::Key_Escape); });
    QVERIFY(reviewed);
    QVERIFY(dialog.imported());
    QCOMPARE(commune.people(), files.personCount());
    QCOMPARE(commune.stack.count(), 1);
}

namespace {

// Three pairs: a daughter listed at her parents' and at her husband's (merge), two heads of households with
// members (refused), two namesakes living alone (kept apart).
struct Duplicates : Commune
{
    AdminUnit dong, doai;
    Person daughter, daughterAgain, binh, binhAgain, mai, maiAgain;

    Duplicates()
    {
        dong.name = QStringLiteral("Thôn Đông");
        doai.name = QStringLiteral("Thôn Đoài");
        check(AdminUnitService(db).createVillage(dong));
        check(AdminUnitService(db).createVillage(doai));
        Person father = person(QStringLiteral("Lê Văn Hòa"), PartialDate::fromYear(1950), Sex::Male);
        const qint64 parents = household(dong.id, QStringLiteral("01"), father);
        daughter = person(QStringLiteral("Lê Thị Thủy"), PartialDate::fromDate({1985, 2, 2}), Sex::Female);
        daughter.citizenId = CitizenId::parse(QStringLiteral("037185001234"));
        member(parents, daughter, Relation::Child);
        Person husband = person(QStringLiteral("Phạm Văn Em"), PartialDate::fromYear(1983), Sex::Male);
        const qint64 husbands = household(doai.id, QStringLiteral("07"), husband);
        daughterAgain =
            person(test::nfd(QStringLiteral("Lê Thị Thủy")), PartialDate::fromYear(1985), Sex::Unknown);
        member(husbands, daughterAgain, Relation::Spouse);

        binh = person(QStringLiteral("Trần Văn Bình"), PartialDate::fromYear(1970), Sex::Male);
        Person son = person(QStringLiteral("Trần Văn Cường"), PartialDate::fromYear(1995), Sex::Male);
        member(household(dong.id, QStringLiteral("10"), binh), son, Relation::Child);
        binhAgain = person(QStringLiteral("Trần Văn Bình"), PartialDate::fromYear(1970), Sex::Male);
        Person daughter2 = person(QStringLiteral("Trần Thị Dung"), PartialDate::fromYear(1998), Sex::Female);
        member(household(doai.id, QStringLiteral("11"), binhAgain), daughter2, Relation::Child);

        mai = person(QStringLiteral("Đỗ Thị Mai"), PartialDate::fromYear(1990), Sex::Female);
        household(dong.id, QStringLiteral("20"), mai);
        maiAgain = person(QStringLiteral("Đỗ Thị Mai"), PartialDate::fromYear(1990), Sex::Female);
        household(doai.id, QStringLiteral("21"), maiAgain);
    }

    void check(const Status &s)
    {
        if (!s)
            qFatal("%s", qPrintable(s.message()));
    }
    qint64 household(qint64 villageId, const QString &code, Person &head)
    {
        Household h;
        h.villageId = villageId;
        h.code = code;
        check(HouseholdService(db).createHousehold(h, head, QDate(2015, 1, 1)));
        return h.id;
    }
    void member(qint64 householdId, Person &p, Relation relation)
    {
        check(HouseholdService(db).addMember(householdId, p, relation, ResidenceStatus::Permanent,
                                             QDate(2016, 1, 1)));
    }
    QList<DuplicatePair> pairs()
    {
        QList<DuplicatePair> out;
        check(DuplicateService(db).candidates(&out));
        return out;
    }
    bool exists(qint64 id) { return PersonRepository(db).find(id).has_value(); }
};

int pairOf(const QList<DuplicatePair> &pairs, qint64 a, qint64 b)
{
    for (int i = 0; i < pairs.size(); ++i)
        if ((pairs[i].firstId == a && pairs[i].secondId == b) ||
            (pairs[i].firstId == b && pairs[i].secondId == a))
            return i;
    return -1;
}

QString text(DuplicateReviewDialog &dialog, const QString &name)
{
    return child<QLabel>(&dialog, name)->text();
}

} // namespace

// Right keeps the right-hand record, M merges the other into it; the counter moves on and shows the outcome
// when going back; Edit > Undo restores both records exactly.
void TestImportGui::reviewMergesByKeysAndUndoRestores()
{
    Duplicates commune;
    const QList<DuplicatePair> pairs = commune.pairs();
    QCOMPARE(pairs.size(), 3);
    const int daughters = pairOf(pairs, commune.daughter.id, commune.daughterAgain.id);
    QVERIFY(daughters >= 0);
    const QStringList before = test::databaseState(commune.db);
    const int peopleBefore = commune.people();

    DuplicateReviewDialog dialog(commune.db, &commune.edits, pairs);
    test::showActive(&dialog);
    for (int i = 0; i < daughters; ++i)
        test::key(Qt::Key_N);
    QCOMPARE(dialog.currentPair(), daughters);
    QVERIFY2(text(dialog, QStringLiteral("duplicateCounter"))
                 .startsWith(QStringLiteral("Pair %1 of 3").arg(daughters + 1)),
             qPrintable(text(dialog, QStringLiteral("duplicateCounter"))));
    // Side by side: the first of the pair on the left, kept by default; the ID only the left one has.
    const DuplicatePair &pair = pairs.at(daughters);
    const qint64 leftId = pair.firstId;
    const qint64 rightId = pair.secondId;
    QVERIFY(dialog.keepsLeft());
    QVERIFY(child<QFrame>(&dialog, QStringLiteral("duplicateLeft"))->property("kept").toBool());
    QVERIFY(!child<QFrame>(&dialog, QStringLiteral("duplicateRight"))->property("kept").toBool());
    QVERIFY(text(dialog, QStringLiteral("duplicateLeftPlace"))
                .contains(leftId == commune.daughter.id ? QStringLiteral("Thôn Đông")
                                                        : QStringLiteral("Thôn Đoài")));
    QVERIFY(text(dialog, QStringLiteral("duplicateWhy")).contains(QStringLiteral("name")));
    save(&dialog, QStringLiteral("duplicates"));

    test::key(Qt::Key_Right);
    QVERIFY(!dialog.keepsLeft());
    QVERIFY(child<QFrame>(&dialog, QStringLiteral("duplicateRight"))->property("kept").toBool());
    QVERIFY(!child<QFrame>(&dialog, QStringLiteral("duplicateLeft"))->property("kept").toBool());
    test::key(Qt::Key_Left);
    QVERIFY(dialog.keepsLeft());
    test::key(Qt::Key_Right);

    test::key(Qt::Key_M);
    QVERIFY2(MessageBox::records().isEmpty(), qPrintable(MessageBox::records().value(0).text));
    QCOMPARE(dialog.outcome(daughters), DuplicateReviewDialog::Outcome::Merged);
    QVERIFY(commune.exists(rightId));
    QVERIFY(!commune.exists(leftId));
    QCOMPARE(commune.people(), peopleBefore - 1);
    QCOMPARE(commune.stack.count(), 1);
    // The ID the dropped record had is now the kept one's.
    QCOMPARE(PersonRepository(commune.db).find(rightId)->citizenId.digits(), QStringLiteral("037185001234"));
    if (daughters + 1 < pairs.size()) {
        QCOMPARE(dialog.currentPair(), daughters + 1);
        test::key(Qt::Key_Up);
    }
    QCOMPARE(dialog.currentPair(), daughters);
    QVERIFY2(text(dialog, QStringLiteral("duplicateCounter")).contains(QStringLiteral(": merged")),
             qPrintable(text(dialog, QStringLiteral("duplicateCounter"))));
    // Both records as they were, the kept one highlighted.
    QCOMPARE(text(dialog, QStringLiteral("duplicateRightTitle")), QStringLiteral("Kept"));
    QCOMPARE(text(dialog, QStringLiteral("duplicateLeftTitle")), QStringLiteral("Merged into it"));
    QVERIFY(child<QFrame>(&dialog, QStringLiteral("duplicateRight"))->property("kept").toBool());
    QVERIFY(!text(dialog, QStringLiteral("duplicateLeftName")).isEmpty());
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("duplicateMerge"))->isEnabled());
    // A merged pair cannot be merged again.
    test::key(Qt::Key_M);
    QCOMPARE(commune.stack.count(), 1);
    save(&dialog, QStringLiteral("duplicates-merged"));
    test::key(Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());

    commune.stack.undo();
    QCOMPARE(test::databaseState(commune.db), before);
    QVERIFY(commune.exists(leftId));
}

// K keeps a pair apart (not proposed again), a refused merge is explained and the pair stays, Down skips.
void TestImportGui::reviewKeepsApartSkipsAndRefuses()
{
    Duplicates commune;
    const QList<DuplicatePair> pairs = commune.pairs();
    QCOMPARE(pairs.size(), 3);
    const int heads = pairOf(pairs, commune.binh.id, commune.binhAgain.id);
    const int namesakes = pairOf(pairs, commune.mai.id, commune.maiAgain.id);
    QVERIFY(heads >= 0 && namesakes >= 0);
    const QStringList before = test::databaseState(commune.db);

    DuplicateReviewDialog dialog(commune.db, &commune.edits, pairs);
    test::showActive(&dialog);
    for (int i = 0; i < heads; ++i)
        test::key(Qt::Key_Down);
    QCOMPARE(dialog.currentPair(), heads);
    test::key(Qt::Key_M);
    QCOMPARE(titles(MessageBox::records()), QStringList{QStringLiteral("Cannot merge")});
    QVERIFY(MessageBox::records().first().text.contains(QStringLiteral("head")));
    QCOMPARE(dialog.currentPair(), heads);
    QCOMPARE(dialog.outcome(heads), DuplicateReviewDialog::Outcome::Pending);
    QCOMPARE(test::databaseState(commune.db), before);
    QCOMPARE(commune.stack.count(), 0);

    while (dialog.currentPair() < namesakes)
        test::key(Qt::Key_Down);
    while (dialog.currentPair() > namesakes)
        test::key(Qt::Key_Up);
    test::key(Qt::Key_K);
    QCOMPARE(dialog.outcome(namesakes), DuplicateReviewDialog::Outcome::KeptApart);
    QCOMPARE(dialog.keptApartCount(), 1);
    QCOMPARE(dialog.mergedCount(), 0);
    QVERIFY(commune.exists(commune.mai.id) && commune.exists(commune.maiAgain.id));
    const QList<DuplicatePair> left = commune.pairs();
    QCOMPARE(left.size(), 2);
    QCOMPARE(pairOf(left, commune.mai.id, commune.maiAgain.id), -1);
    // The last pair stays on screen after its decision; the counter says what happened.
    if (namesakes == pairs.size() - 1)
        QVERIFY(text(dialog, QStringLiteral("duplicateCounter")).contains(QStringLiteral(": kept apart")));
    test::key(Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestImportGui::reviewWithoutPairs()
{
    Commune commune;
    DuplicateReviewDialog dialog(commune.db, &commune.edits, {});
    test::showActive(&dialog);
    test::key(Qt::Key_M);
    test::key(Qt::Key_K);
    test::key(Qt::Key_Down);
    QCOMPARE(text(dialog, QStringLiteral("duplicateCounter")), QStringLiteral("No possible duplicates"));
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("duplicateMerge"))->isEnabled());
    QVERIFY(MessageBox::records().isEmpty());
}

void TestImportGui::mnemonicsDoNotClash()
{
    Duplicates commune;
    DuplicateReviewDialog review(commune.db, &commune.edits, commune.pairs());
    QCOMPARE(test::mnemonicClashes(&review), QStringList());
    ImportDialog import(commune.db, &commune.edits);
    QCOMPARE(test::mnemonicClashes(&import), QStringList());
    for (QPushButton *button : review.findChildren<QPushButton *>())
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->text()));
}

QTEST_MAIN(TestImportGui)
#include "tst_import_gui.moc"
