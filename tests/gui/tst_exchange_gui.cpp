// Volunteer packages in the window (issue 8), driven by the keyboard: the export dialog (type to narrow,
// Space ticks, Enter exports), the merge review (conflicts decided with the arrows, B and Ctrl+arrows, Apply
// with Ctrl+Enter as one undoable step), a refused package, and the window in volunteer mode.
#include "AdminUnitRepository.h"
#include "AdminUnitService.h"
#include "AuditActor.h"
#include "ChangeNotifier.h"
#include "Database.h"
#include "EditCommands.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "HouseholdRepository.h"
#include "HouseholdService.h"
#include "Language.h"
#include "MainWindow.h"
#include "MergeChangesModel.h"
#include "MergeConflictModel.h"
#include "MergeReviewDialog.h"
#include "MessageBox.h"
#include "NavigationModel.h"
#include "NavigationPane.h"
#include "PackageExportDialog.h"
#include "PackageExporter.h"
#include "PackageInfo.h"
#include "PersonRepository.h"
#include "PersonService.h"
#include "TestSupport.h"
#include "TextNormalizer.h"
#include "VolunteerModeBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace sht;
using namespace sht::test;
using exchange::ConflictKind;
using exchange::Resolution;

namespace {

std::unique_ptr<Database> openDb(const QString &path)
{
    auto db = std::make_unique<Database>();
    db->setActor(AuditActor::fromEnvironment(QStringLiteral("gui")));
    const Status s = db->open(path);
    if (!s)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(s.message()));
    return db;
}

exchange::FieldValues field(const QString &name, const QString &label, const QVariant &base,
                            const QVariant &ours, const QVariant &theirs)
{
    return exchange::FieldValues{name, label, base, ours, theirs};
}

// A plan as the merger would make it, with Vietnamese data, for the tests that need no real package.
exchange::MergePlan samplePlan()
{
    exchange::MergePlan plan;
    plan.packagePath = QStringLiteral("/media/usb/goi-thon-dong-thon-doai-2026-11-02.shtpkg");
    plan.package.communeName = QStringLiteral("Xã Hòa An");
    plan.package.villageNames = {QStringLiteral("Thôn Đông"), QStringLiteral("Thôn Đoài")};
    plan.package.createdAt = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);
    plan.package.createdBy = QStringLiteral("Nguyễn Thị Lan");
    const auto change = [](const QString &table, const QString &label, const QString &what,
                           const QString &village, exchange::ChangeKind kind,
                           QList<exchange::FieldValues> fields = {}) {
        exchange::RowChange c;
        c.table = table;
        c.tableLabel = label;
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.description = what;
        c.villageName = village;
        c.kind = kind;
        c.fields = fields;
        return c;
    };
    const QString person = QStringLiteral("Nhân khẩu");
    plan.changes
        << change(QStringLiteral("person"), person, QStringLiteral("Trần Văn Bình (hộ 01.014, Thôn Đông)"),
                  QStringLiteral("Thôn Đông"), exchange::ChangeKind::Added)
        << change(
               QStringLiteral("person"), person, QStringLiteral("Lê Thị Hoa (hộ 01.003, Thôn Đông)"),
               QStringLiteral("Thôn Đông"), exchange::ChangeKind::Changed,
               {field(QStringLiteral("occupation"), QStringLiteral("Nghề nghiệp"),
                      QStringLiteral("Làm ruộng"), QStringLiteral("Làm ruộng"), QStringLiteral("Giáo viên"))})
        << change(QStringLiteral("attendance"), QStringLiteral("Điểm danh"),
                  QStringLiteral("Lê Thị Hoa: Kỹ thuật trồng lúa, buổi 12/11/2026"),
                  QStringLiteral("Thôn Đông"), exchange::ChangeKind::Added)
        << change(QStringLiteral("household"), QStringLiteral("Hộ gia đình"),
                  QStringLiteral("Hộ 02.007 (Thôn Đoài)"), QStringLiteral("Thôn Đoài"),
                  exchange::ChangeKind::Changed,
                  {field(QStringLiteral("address"), QStringLiteral("Địa chỉ"), QStringLiteral("Xóm 3"),
                         QStringLiteral("Xóm 3"), QStringLiteral("Xóm 4, cạnh nhà văn hóa"))})
        << change(QStringLiteral("person"), person, QStringLiteral("Phạm Văn Tú (hộ 02.011, Thôn Đoài)"),
                  QStringLiteral("Thôn Đoài"), exchange::ChangeKind::Deleted);

    exchange::Conflict same;
    same.kind = ConflictKind::SameField;
    same.table = QStringLiteral("person");
    same.tableLabel = person;
    same.description = QStringLiteral("Nguyễn Văn An (hộ 01.001, Thôn Đông)");
    same.villageName = QStringLiteral("Thôn Đông");
    same.fields << field(QStringLiteral("phone"), QStringLiteral("Điện thoại"),
                         QStringLiteral("0912 345 678"), QStringLiteral("0988 111 222"),
                         QStringLiteral("0977 333 444"))
                << field(QStringLiteral("occupation"), QStringLiteral("Nghề nghiệp"),
                         QStringLiteral("Làm ruộng"), QStringLiteral("Buôn bán"), QStringLiteral("Thợ xây"));
    same.fieldResolutions = {Resolution::Undecided, Resolution::Undecided};
    exchange::Conflict deleted;
    deleted.kind = ConflictKind::DeletedHereEditedThere;
    deleted.table = QStringLiteral("person");
    deleted.tableLabel = person;
    deleted.description = QStringLiteral("Hoàng Thị Mai (hộ 01.009, Thôn Đông)");
    deleted.villageName = QStringLiteral("Thôn Đông");
    deleted.fields << field(QStringLiteral("education"), QStringLiteral("Học vấn"), QStringLiteral("9/12"),
                            QVariant(), QStringLiteral("12/12"));
    deleted.fieldResolutions = {Resolution::Undecided};
    exchange::Conflict twice;
    twice.kind = ConflictKind::SameNewPerson;
    twice.table = QStringLiteral("person");
    twice.tableLabel = person;
    twice.description = QStringLiteral("Đỗ Văn Khoa, sinh 2011 (hộ 02.004, Thôn Đoài)");
    twice.villageName = QStringLiteral("Thôn Đoài");
    twice.fields << field(QStringLiteral("full_name"), QStringLiteral("Họ và tên"), QVariant(),
                          QStringLiteral("Đỗ Văn Khoa"), QStringLiteral("Đỗ Văn Khoa"))
                 << field(QStringLiteral("birth_date"), QStringLiteral("Ngày sinh"), QVariant(),
                          QStringLiteral("2011"), QStringLiteral("14/03/2011"));
    twice.fieldResolutions = {Resolution::Undecided};
    plan.conflicts << same << deleted << twice;

    plan.villages << exchange::VillageCounts{QStringLiteral("Thôn Đông"), 2, 1, 0, 2}
                  << exchange::VillageCounts{QStringLiteral("Thôn Đoài"), 0, 1, 1, 1};
    return plan;
}

// The count the dialog says still needs a decision ("3 conflicts still need a decision"), -1 when it says
// none.
int undecided(const MergeReviewDialog &dialog)
{
    static const QRegularExpression count(QStringLiteral("^(\\d+) conflict.* still needs? a decision"));
    const QRegularExpressionMatch match = count.match(dialog.undecidedLabel()->text());
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Presses Esc on the progress dialog named objectName as soon as it shows (a clerk changing their mind).
class EscapeOnProgress
{
public:
    explicit EscapeOnProgress(const QString &objectName)
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, [this, objectName] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *progress = qobject_cast<QProgressDialog *>(w);
                if (m_pressed || !progress || progress->objectName() != objectName || !progress->isVisible())
                    continue;
                m_pressed = true;
                QApplication::setActiveWindow(progress);
                QTest::keyClick(progress, Qt::Key_Escape);
            }
        });
        m_timer.start();
    }
    bool pressed() const { return m_pressed; }

private:
    QTimer m_timer;
    bool m_pressed = false;
};

struct Clerk
{
    TempCommune temp;
    std::unique_ptr<Database> db;
    QUndoStack stack;
    ChangeNotifier notifier;
    std::unique_ptr<EditCommands> edits;
    AdminUnit village;

    explicit Clerk(quint64 seed = 7, int demoPeople = 300)
    {
        db = openDb(temp.demo(demoPeople, seed));
        edits = std::make_unique<EditCommands>(*db, stack, notifier);
        for (const AdminUnit &v : AdminUnitRepository(*db).villages())
            if (v.name == QStringLiteral("Thôn Tân Lập"))
                village = v;
        if (village.uuid.isEmpty())
            village = AdminUnitRepository(*db).villages().first();
    }

    QString exportPackage(const QString &name = QStringLiteral("goi.shtpkg"))
    {
        const QString path = temp.path(name);
        const Status s = exchange::PackageExporter(*db).exportVillages({village.uuid}, path);
        if (!s)
            qWarning("export failed: %s", qPrintable(s.message()));
        return s ? path : QString();
    }

    // The current members of the village's first households, for edits on both sides.
    QList<Person> people(int count)
    {
        QList<Person> found;
        HouseholdRepository households(*db);
        for (const Household &h : households.inVillage(village.id))
            for (const Membership &m : households.members(h.id))
                if (found.size() < count)
                    found << *PersonRepository(*db).find(m.personId);
        return found;
    }
};

} // namespace

class TestExchangeGui : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        MessageBox::setAutoAnswer(true);
        MessageBox::clearRecords();
    }
    void cleanup()
    {
        MessageBox::setAutoAnswer(false);
        MessageBox::clearRecords();
    }

    void defaultFileNames_data()
    {
        QTest::addColumn<QStringList>("villages");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        const int package = int(PackageExportDialog::Mode::Package);
        const int sheet = int(PackageExportDialog::Mode::EntryTemplate);
        QTest::newRow("one village") << QStringList{QStringLiteral("Thôn 1")} << package
                                     << QStringLiteral("goi-thon-1-2026-11-23.shtpkg");
        QTest::newRow("accents and đ")
            << QStringList{QStringLiteral("Thôn Đoài"), QStringLiteral("Tổ dân phố số 2")} << package
            << QStringLiteral("goi-thon-doai-to-dan-pho-so-2-2026-11-23.shtpkg");
        QTest::newRow("entry template") << QStringList{QStringLiteral("Thôn Yên Phú")} << sheet
                                        << QStringLiteral("mau-nhap-thon-yen-phu-2026-11-23.xlsx");
        QTest::newRow("many villages stay readable")
            << QStringList{QStringLiteral("Thôn Đông"),    QStringLiteral("Thôn Đoài"),
                           QStringLiteral("Thôn Trung"),   QStringLiteral("Thôn Thượng"),
                           QStringLiteral("Thôn Tân Lập"), QStringLiteral("Thôn Yên Phú")}
            << package
            << QStringLiteral(
                   "goi-thon-dong-thon-doai-thon-trung-thon-thuong-thon-tan-lap-2026-11-23.shtpkg");
    }
    void defaultFileNames()
    {
        QFETCH(QStringList, villages);
        QFETCH(int, mode);
        QFETCH(QString, expected);
        QCOMPARE(PackageExportDialog::defaultFileName(villages, QDate(2026, 11, 23),
                                                      PackageExportDialog::Mode(mode)),
                 expected);
    }

    // Typing narrows the villages (accent-free, "thon 1" is not "thon 10"); Space ticks; a template takes
    // one.
    void exportDialogNarrowsAndTicks()
    {
        TempCommune temp;
        Database &db = temp.create();
        for (const QString &name :
             {QStringLiteral("Thôn 1"), QStringLiteral("Thôn 10"), QStringLiteral("Thôn Đoài")}) {
            AdminUnit v;
            v.name = name;
            v.validFrom = QDate(2000, 1, 1);
            QVERIFY(AdminUnitService(db).createVillage(v).ok());
        }
        PackageExportDialog dialog(db, PackageExportDialog::Mode::EntryTemplate);
        showActive(&dialog);
        QCOMPARE(focused(), dialog.filterEdit());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
        const auto shown = [&] {
            QStringList names;
            for (int row = 0; row < dialog.villageList()->count(); ++row)
                if (!dialog.villageList()->item(row)->isHidden())
                    names << dialog.villageList()->item(row)->text();
            return names;
        };
        type(QStringLiteral("thon 1"));
        QCOMPARE(shown(), QStringList{QStringLiteral("Thôn 1")});
        key(Qt::Key_Down);
        QCOMPARE(focused(), dialog.villageList());
        key(Qt::Key_Space);
        QCOMPARE(dialog.checkedVillageNames(), QStringList{QStringLiteral("Thôn 1")});
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
        dialog.filterEdit()->setFocus();
        dialog.filterEdit()->clear();
        type(QStringLiteral("doai"));
        QCOMPARE(shown(), QStringList{QStringLiteral("Thôn Đoài")});
        key(Qt::Key_Down);
        key(Qt::Key_Space);
        // A template is one village's workbook: the tick moved.
        QCOMPARE(dialog.checkedVillageNames(), QStringList{QStringLiteral("Thôn Đoài")});
        // The file dialog cancelled: nothing written, the dialog stays.
        FileDialog::setNextFileName(QString());
        key(Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.writtenPath().isEmpty());
    }

    // Export one village through the dialog; the package holds that village's households only.
    void exportPackageThroughDialog()
    {
        Clerk clerk;
        const QString path = clerk.temp.path(QStringLiteral("thon-tan-lap.shtpkg"));
        PackageExportDialog dialog(*clerk.db);
        showActive(&dialog);
        type(text::searchKey(clerk.village.name));
        key(Qt::Key_Down);
        key(Qt::Key_Space);
        QCOMPARE(dialog.checkedVillageUuids(), QStringList{clerk.village.uuid});
        QCOMPARE(mnemonicClashes(&dialog), QStringList());
        QVERIFY(dialog.grab().save(QDir::temp().filePath(QStringLiteral("package-export.png"))));
        FileDialog::setNextFileName(path);
        key(Qt::Key_Return);
        QVERIFY2(
            QFileInfo::exists(path),
            qPrintable(MessageBox::records().isEmpty() ? QString() : MessageBox::records().constLast().text));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.writtenPath(), path);
        QCOMPARE(MessageBox::records().size(), 1);
        QVERIFY(MessageBox::records().constFirst().text.contains(
            QStringLiteral("Hand this file to the volunteer")));

        const int clerkHouseholds = int(HouseholdRepository(*clerk.db).inVillage(clerk.village.id).size());
        auto package = openDb(path);
        const auto info = exchange::PackageInfo::read(*package);
        QVERIFY(info.has_value());
        QCOMPARE(info->villageUuids, QStringList{clerk.village.uuid});
        int inVillage = 0;
        int elsewhere = 0;
        for (const AdminUnit &v : AdminUnitRepository(*package).villages()) {
            const int n = int(HouseholdRepository(*package).inVillage(v.id).size());
            (v.uuid == clerk.village.uuid ? inVillage : elsewhere) += n;
        }
        QCOMPARE(inVillage, clerkHouseholds);
        QCOMPARE(elsewhere, 0);
        // The same name again is refused, the file left as it is.
        const QByteArray before = fileHash(path);
        PackageExportDialog again(*clerk.db);
        showActive(&again);
        type(text::searchKey(clerk.village.name));
        key(Qt::Key_Down);
        key(Qt::Key_Space);
        FileDialog::setNextFileName(path);
        key(Qt::Key_Return);
        QVERIFY(again.isVisible());
        QCOMPARE(fileHash(path), before);
    }

    // The clerk and the volunteer edit different fields, the same field of one person, and the volunteer adds
    // someone; the conflict is decided with Right, Ctrl+Enter merges as one step that Ctrl+Z takes back.
    void mergeWithConflictByKeyboard()
    {
        Clerk clerk;
        const QString path = clerk.exportPackage();
        QVERIFY(!path.isEmpty());
        const QList<Person> people = clerk.people(3);
        QCOMPARE(people.size(), 3);
        QString newUuid;
        {
            auto theirs = openDb(path);
            PersonRepository repo(*theirs);
            Person first = *repo.findByUuid(people.at(0).uuid);
            first.occupation = QStringLiteral("Giáo viên");
            SHT_VERIFY_OK(PersonService(*theirs).updatePerson(first));
            Person third = *repo.findByUuid(people.at(2).uuid);
            third.phone = QStringLiteral("0977333444");
            SHT_VERIFY_OK(PersonService(*theirs).updatePerson(third));
            const auto membership = HouseholdRepository(*theirs).currentMembership(third.id);
            QVERIFY(membership.has_value());
            Person baby;
            baby.name = PersonName(QStringLiteral("Vũ Minh Khang"));
            baby.sex = Sex::Male;
            baby.birthDate = PartialDate::fromYear(2026);
            SHT_VERIFY_OK(HouseholdService(*theirs).addMember(membership->householdId, baby, Relation::Child,
                                                              ResidenceStatus::Permanent,
                                                              QDate(2026, 11, 1)));
            newUuid = baby.uuid;
        }
        Person second = *PersonRepository(*clerk.db).find(people.at(1).id);
        second.notes = QStringLiteral("Ghi chú của văn thư");
        SHT_VERIFY_OK(PersonService(*clerk.db).updatePerson(second));
        Person third = *PersonRepository(*clerk.db).find(people.at(2).id);
        third.phone = QStringLiteral("0988111222");
        SHT_VERIFY_OK(PersonService(*clerk.db).updatePerson(third));
        const QStringList before = databaseState(*clerk.db);

        MergeReviewDialog dialog(*clerk.db, clerk.edits.get());
        QAbstractItemModelTester conflictTester(dialog.conflictModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester changesTester(dialog.changesModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dialog.load(path));
        showActive(&dialog);
        QCOMPARE(dialog.conflictModel()->rowCount(), 1);
        QCOMPARE(dialog.conflictModel()->conflicts().constFirst().kind, ConflictKind::SameField);
        QVERIFY(dialog.changesModel()->totalCount() >= 2);
        QVERIFY(!dialog.applyButton()->isEnabled());
        QCOMPARE(undecided(dialog), 1);
        QCOMPARE(focused(), dialog.conflictView());
        key(Qt::Key_Return, Qt::ControlModifier); // not yet: the conflict is undecided
        QCOMPARE(clerk.stack.count(), 0);
        QVERIFY(dialog.isVisible());

        key(Qt::Key_Right);
        QVERIFY(dialog.applyButton()->isEnabled());
        key(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog.applied());
        QVERIFY(!dialog.isVisible());
        QCOMPARE(clerk.stack.count(), 1);
        QCOMPARE(MessageBox::records().constLast().title, QStringLiteral("Package merged"));

        PersonRepository merged(*clerk.db);
        QCOMPARE(merged.findByUuid(people.at(0).uuid)->occupation, QStringLiteral("Giáo viên"));
        QCOMPARE(merged.findByUuid(people.at(1).uuid)->notes, QStringLiteral("Ghi chú của văn thư"));
        QCOMPARE(merged.findByUuid(people.at(2).uuid)->phone, QStringLiteral("0977333444"));
        QVERIFY(merged.findByUuid(newUuid).has_value());

        clerk.stack.undo();
        QCOMPARE(databaseState(*clerk.db), before);
        clerk.stack.redo();
        QCOMPARE(PersonRepository(*clerk.db).findByUuid(people.at(2).uuid)->phone,
                 QStringLiteral("0977333444"));

        // The same package again: said plainly, nothing to review.
        MessageBox::clearRecords();
        MergeReviewDialog again(*clerk.db, clerk.edits.get());
        QVERIFY(!again.load(path));
        QCOMPARE(MessageBox::records().size(), 1);
        QCOMPARE(MessageBox::records().constFirst().icon, QMessageBox::Information);
        QCOMPARE(clerk.stack.count(), 1);
    }

    // The clerk and the volunteer both add the same baby to one household: B keeps both records, Left keeps
    // the clerk's only, Right takes the volunteer's in its place.
    void sameNewPerson_data()
    {
        QTest::addColumn<int>("keyPressed");
        QTest::addColumn<int>("babies");
        QTest::newRow("B keeps both") << int(Qt::Key_B) << 2;
        QTest::newRow("Left keeps yours") << int(Qt::Key_Left) << 1;
        QTest::newRow("Right takes theirs") << int(Qt::Key_Right) << 1;
    }
    void sameNewPerson()
    {
        QFETCH(int, keyPressed);
        QFETCH(int, babies);
        Clerk clerk;
        const QString path = clerk.exportPackage();
        QVERIFY(!path.isEmpty());
        const Person parent = clerk.people(1).constFirst();
        const auto addBaby = [&](Database &db) {
            const auto membership =
                HouseholdRepository(db).currentMembership(PersonRepository(db).findByUuid(parent.uuid)->id);
            Person baby;
            baby.name = PersonName(QStringLiteral("Vũ Minh Khang"));
            baby.sex = Sex::Male;
            baby.birthDate = PartialDate::fromDate(QDate(2026, 10, 3));
            return HouseholdService(db).addMember(membership->householdId, baby, Relation::Child,
                                                  ResidenceStatus::Permanent, QDate(2026, 10, 3));
        };
        {
            auto theirs = openDb(path);
            SHT_VERIFY_OK(addBaby(*theirs));
        }
        SHT_VERIFY_OK(addBaby(*clerk.db));
        const auto count = [&] {
            int n = 0;
            for (const Person &p : clerk.people(100000))
                n += p.name.full() == QStringLiteral("Vũ Minh Khang");
            return n;
        };
        QCOMPARE(count(), 1);

        MergeReviewDialog dialog(*clerk.db, clerk.edits.get());
        QAbstractItemModelTester tester(dialog.conflictModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dialog.load(path));
        showActive(&dialog);
        QCOMPARE(dialog.conflictModel()->rowCount(), 1);
        QCOMPARE(dialog.conflictModel()->conflicts().constFirst().kind, ConflictKind::SameNewPerson);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("keepBothButton"))->isEnabled());
        key(Qt::Key(keyPressed));
        QCOMPARE(dialog.conflictModel()->undecidedConflicts(), 0);
        key(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(
            dialog.applied(),
            qPrintable(MessageBox::records().isEmpty() ? QString() : MessageBox::records().constLast().text));
        QCOMPARE(count(), babies);
    }

    // Esc on the export's progress: no file, the dialog stays; Esc on the merge's progress: nothing merged.
    void cancelExportAndMerge()
    {
        Clerk clerk(7, 2500);
        const QString path = clerk.temp.path(QStringLiteral("cancelled.shtpkg"));
        {
            PackageExportDialog dialog(*clerk.db);
            dialog.setProperty("progressDelayMs", 0);
            showActive(&dialog);
            type(text::searchKey(clerk.village.name));
            key(Qt::Key_Down);
            key(Qt::Key_Space);
            FileDialog::setNextFileName(path);
            EscapeOnProgress clerkPresses(QStringLiteral("exportProgress"));
            QTest::keyClick(dialog.villageList(), Qt::Key_Return);
            QVERIFY(clerkPresses.pressed());
            QVERIFY(!QFileInfo::exists(path));
            QVERIFY(dialog.isVisible());
            QCOMPARE(MessageBox::records().constLast().title, QStringLiteral("Export cancelled"));
        }
        const QString package = clerk.exportPackage();
        {
            // Enough changes for the progress to show (it reports every 64 rows).
            auto theirs = openDb(package);
            const QList<Person> people = clerk.people(260);
            QVERIFY(people.size() >= 200);
            for (const Person &p : people) {
                Person someone = *PersonRepository(*theirs).findByUuid(p.uuid);
                someone.occupation = QStringLiteral("Thợ may");
                SHT_VERIFY_OK(PersonService(*theirs).updatePerson(someone));
            }
        }
        const QStringList before = databaseState(*clerk.db);
        MergeReviewDialog dialog(*clerk.db, clerk.edits.get());
        QVERIFY(dialog.load(package));
        dialog.setProperty("progressDelayMs", 0);
        showActive(&dialog);
        QVERIFY(dialog.applyButton()->isEnabled()); // no conflict
        MessageBox::clearRecords();
        EscapeOnProgress clerkPresses(QStringLiteral("mergeProgress"));
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(clerkPresses.pressed());
        QVERIFY(!dialog.applied());
        QVERIFY(dialog.isVisible());
        QCOMPARE(MessageBox::records().constLast().title, QStringLiteral("Merge cancelled"));
        QCOMPARE(databaseState(*clerk.db), before);
        QCOMPARE(clerk.stack.count(), 0);
    }

    // A package returned untouched: said plainly, no dialog to review, nothing changed.
    void nothingToMerge()
    {
        Clerk clerk;
        const QString package = clerk.exportPackage();
        QVERIFY(!package.isEmpty());
        const QStringList before = databaseState(*clerk.db);
        MergeReviewDialog dialog(*clerk.db, clerk.edits.get());
        QVERIFY(!dialog.load(package));
        QCOMPARE(MessageBox::records().size(), 1);
        QCOMPARE(MessageBox::records().constFirst().icon, QMessageBox::Information);
        QCOMPARE(MessageBox::records().constFirst().title, QStringLiteral("Nothing to merge"));
        QCOMPARE(databaseState(*clerk.db), before);
        QCOMPARE(clerk.stack.count(), 0);
    }

    // A package from another commune's file is refused with an error, and the clerk's file is untouched.
    void refusesAnotherCommunesPackage()
    {
        Clerk other(99);
        const QString foreign = other.exportPackage(QStringLiteral("foreign.shtpkg"));
        QVERIFY(!foreign.isEmpty());
        Clerk clerk;
        const QStringList before = databaseState(*clerk.db);
        MergeReviewDialog dialog(*clerk.db, clerk.edits.get());
        QVERIFY(!dialog.load(foreign));
        QCOMPARE(MessageBox::records().size(), 1);
        QCOMPARE(MessageBox::records().constFirst().icon, QMessageBox::Critical);
        QCOMPARE(MessageBox::records().constFirst().title, QStringLiteral("Cannot merge this package"));
        QVERIFY(!MessageBox::records().constFirst().text.isEmpty());
        QCOMPARE(databaseState(*clerk.db), before);
        QCOMPARE(clerk.stack.count(), 0);
        // Not a package at all (the clerk's own file) is refused too.
        MessageBox::clearRecords();
        QVERIFY(!dialog.load(clerk.db->path()));
        QCOMPARE(MessageBox::records().constFirst().icon, QMessageBox::Critical);
        QCOMPARE(databaseState(*clerk.db), before);
    }

    // Every conflict kind decided by keys: Right/Left per field (moving on by itself), B only for the same
    // new person, Ctrl+Right for the rest of a conflict, Left on a conflict row for all of it; Apply waits
    // for all.
    void conflictKeys()
    {
        TempCommune temp;
        Database &db = temp.create();
        QUndoStack stack;
        ChangeNotifier notifier;
        EditCommands edits(db, stack, notifier);
        MergeReviewDialog dialog(db, &edits);
        QAbstractItemModelTester conflictTester(dialog.conflictModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester changesTester(dialog.changesModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setPlan(samplePlan());
        showActive(&dialog);
        MergeConflictModel *model = dialog.conflictModel();
        QTreeView *view = dialog.conflictView();
        QCOMPARE(focused(), view);
        QCOMPARE(view->currentIndex(), model->fieldIndex(0, 0));
        QCOMPARE(mnemonicClashes(&dialog), QStringList());
        QCOMPARE(undecided(dialog), 3);
        QVERIFY(!dialog.applyButton()->isEnabled());
        QCOMPARE(dialog.summaryTable()->rowCount(), 3); // two villages and the total
        QCOMPARE(dialog.summaryTable()->item(2, 4)->text(), QStringLiteral("3"));

        key(Qt::Key_Return, Qt::ControlModifier); // undecided: nothing happens
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.applied());

        key(Qt::Key_Right); // phone: the volunteer's
        QCOMPARE(view->currentIndex(), model->fieldIndex(0, 1));
        QCOMPARE(
            model->fieldIndex(0, 0, MergeConflictModel::TheirsColumn).data(MergeConflictModel::ChosenRole),
            QVariant(true));
        QCOMPARE(undecided(dialog), 3);
        key(Qt::Key_Left); // occupation: yours
        QCOMPARE(undecided(dialog), 2);
        QCOMPARE(view->currentIndex(), model->fieldIndex(1, 0));
        key(Qt::Key_B); // not two people: refused
        QCOMPARE(model->conflicts().at(1).fieldResolutions, QList<Resolution>{Resolution::Undecided});
        key(Qt::Key_Right,
            Qt::ControlModifier); // the whole conflict: the volunteer's edit wins over the deletion
        QCOMPARE(model->conflicts().at(1).fieldResolutions, QList<Resolution>{Resolution::TakeTheirs});
        QCOMPARE(view->currentIndex(), model->fieldIndex(2, 0));
        QVERIFY(!dialog.applyButton()->isEnabled());
        key(Qt::Key_B);
        QCOMPARE(model->conflicts().at(2).fieldResolutions, QList<Resolution>{Resolution::KeepBoth});
        QCOMPARE(dialog.undecidedLabel()->text(),
                 QStringLiteral("Every conflict is decided: Ctrl+Enter merges."));
        QVERIFY(dialog.applyButton()->isEnabled());

        key(Qt::Key_Return); // a plain Enter never merges
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.applied());

        // Up reaches the conflict's own row; Left there decides all of it.
        key(Qt::Key_Up);
        QCOMPARE(view->currentIndex().siblingAtColumn(0), model->conflictIndex(2));
        key(Qt::Key_Left);
        QCOMPARE(model->conflicts().at(2).fieldResolutions, QList<Resolution>{Resolution::KeepOurs});
        // Ctrl+Left keeps what was decided and only fills the rest.
        view->setCurrentIndex(model->fieldIndex(0, 0));
        QVERIFY(model->resolve(model->fieldIndex(0, 1), Resolution::Undecided) == false); // not a decision
        key(Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(model->conflicts().at(0).fieldResolutions,
                 (QList<Resolution>{Resolution::TakeTheirs, Resolution::KeepOurs}));
        // The changes tab (Alt+W) narrows as the clerk types in its filter (Alt+F).
        key(Qt::Key_W, Qt::AltModifier);
        key(Qt::Key_F, Qt::AltModifier);
        QCOMPARE(focused(), dialog.changesFilter());
        type(QStringLiteral("hoa"));
        QCOMPARE(dialog.changesModel()->shownCount(), 3); // Lê Thị Hoa twice, "nhà văn hóa" once
        key(Qt::Key_Down);
        QCOMPARE(focused(), dialog.changesView());
        const exchange::MergePlan decided = dialog.decidedPlan();
        QCOMPARE(decided.undecidedCount(), 0);
        QCOMPARE(decided.changes.size(), 5);
    }

    // The changes that apply as they are, by village, narrowed by an accent-free filter.
    void changesByVillageAndFilter()
    {
        MergeChangesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges(samplePlan().changes);
        QCOMPARE(model.rowCount(), 2);
        // Vietnamese order: Đoài after Đông ("Đo" + "a" vs "Đo" + "n"? both start Thôn Đ: oa < on).
        QCOMPARE(model.index(0, 0).data().toString().left(9), QStringLiteral("Thôn Đoài"));
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 3);
        const QModelIndex changed = model.index(0, MergeChangesModel::DetailsColumn, model.index(0, 0));
        QCOMPARE(changed.data().toString(), QStringLiteral("Địa chỉ: Xóm 3 → Xóm 4, cạnh nhà văn hóa"));
        model.setFilterText(QStringLiteral("le thi hoa"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.shownCount(), 2);
        model.setFilterText(QStringLiteral("xoa")); // no such word
        QCOMPARE(model.rowCount(), 0);
        model.setFilterText(QStringLiteral("doai"));
        QCOMPARE(model.shownCount(), 2);
        model.setFilterText(QString());
        QCOMPARE(model.shownCount(), 5);
    }

    // A whole-row conflict lists only the fields with a value; stored dates are shown dd/MM/yyyy.
    void conflictModelShowsWhatMatters()
    {
        MergeConflictModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        exchange::Conflict twice;
        twice.kind = ConflictKind::SameNewPerson;
        twice.description = QStringLiteral("Vũ Minh Khang");
        twice.fields << field(QStringLiteral("full_name"), QStringLiteral("Họ và tên"), QVariant(),
                              QStringLiteral("Vũ Minh Khang"), QStringLiteral("Vũ Minh Khang"))
                     << field(QStringLiteral("phone"), QStringLiteral("Điện thoại"), QVariant(), QString(),
                              QVariant())
                     << field(QStringLiteral("birth_date"), QStringLiteral("Ngày sinh"), QVariant(),
                              QStringLiteral("2026-10"), QStringLiteral("2026-10-03"));
        exchange::Conflict same;
        same.kind = ConflictKind::SameField;
        same.fields << field(QStringLiteral("phone"), QStringLiteral("Điện thoại"), QVariant(), QString(),
                             QStringLiteral("0912"));
        model.setConflicts({twice, same});
        QCOMPARE(model.rowCount(model.conflictIndex(0)), 2); // the empty phone is left out
        QCOMPARE(model.fieldIndex(0, 1, MergeConflictModel::FieldColumn).data().toString(),
                 QStringLiteral("Ngày sinh"));
        QCOMPARE(model.fieldIndex(0, 1, MergeConflictModel::OursColumn).data().toString(),
                 QStringLiteral("10/2026"));
        QCOMPARE(model.fieldIndex(0, 1, MergeConflictModel::TheirsColumn).data().toString(),
                 QStringLiteral("03/10/2026"));
        QCOMPARE(model.rowCount(model.conflictIndex(1)),
                 1); // a same-field conflict shows its field, even empty
        QVERIFY(model.resolve(model.fieldIndex(0, 1), Resolution::KeepBoth));
        QCOMPARE(model.conflicts().at(0).fieldResolutions, QList<Resolution>{Resolution::KeepBoth});
        QVERIFY(!model.resolve(model.fieldIndex(1, 0), Resolution::KeepBoth));
        QCOMPARE(model.nextUndecided(), model.fieldIndex(1, 0));
        QVERIFY(model.resolve(model.fieldIndex(1, 0), Resolution::TakeTheirs));
        QVERIFY(!model.nextUndecided().isValid());
        QCOMPARE(model.undecidedConflicts(), 0);
    }

    // A plan with nothing in it leaves Apply off and says so.
    void emptyPlanCannotBeApplied()
    {
        TempCommune temp;
        Database &db = temp.create();
        MergeReviewDialog dialog(db, nullptr);
        dialog.setPlan(exchange::MergePlan());
        QVERIFY(!dialog.applyButton()->isEnabled());
        QCOMPARE(dialog.undecidedLabel()->text(), QStringLiteral("Nothing to merge."));
    }

    void volunteerBarText()
    {
        exchange::PackageInfo info = samplePlan().package;
        VolunteerModeBar bar;
        bar.setPackage(info);
        QVERIFY(!bar.isHidden());
        QVERIFY(bar.text().contains(QStringLiteral("Thôn Đông, Thôn Đoài")));
        QVERIFY(bar.text().contains(QStringLiteral("02/11/2026")));
        QVERIFY(bar.text().contains(QStringLiteral("Nguyễn Thị Lan")));
        QVERIFY(bar.text().contains(QStringLiteral("back to the clerk")));
        bar.setPackage(std::nullopt);
        QVERIFY(bar.isHidden());
    }

    // The window on a package: the bar, the title, and the clerk-only actions off; on a clerk's file, none.
    void volunteerModeInWindow()
    {
        Clerk clerk;
        const QString package = clerk.exportPackage();
        QVERIFY(!package.isEmpty());
        const QString clerkPath = clerk.db->path();
        clerk.edits.reset();
        clerk.db.reset();
        const QStringList clerkOnly{
            QStringLiteral("actionRenameVillage"), QStringLiteral("actionMergeVillages"),
            QStringLiteral("actionSplitVillage"),  QStringLiteral("actionExportPackage"),
            QStringLiteral("actionMergePackage"),  QStringLiteral("actionCatalogues"),
            QStringLiteral("actionEntryTemplate")};
        MainWindow window;
        showActive(&window);
        auto *bar = window.findChild<VolunteerModeBar *>(QStringLiteral("volunteerModeBar"));
        QVERIFY(bar);
        QVERIFY(window.openFile(clerkPath));
        QVERIFY(!window.isVolunteerMode());
        QVERIFY(bar->isHidden());
        for (const QString &name : clerkOnly)
            QVERIFY2(window.findChild<QAction *>(name)->isEnabled(), qPrintable(name));

        // The volunteer opens the package as any file (File > Open, Ctrl+O); the dialog's first filter
        // shows packages beside commune files, so nobody has to pick "All files" to find it.
        const QString firstFilter = FileDialog::openFileFilter().section(QStringLiteral(";;"), 0, 0);
        const QStringList patterns =
            firstFilter.section(QLatin1Char('('), 1).chopped(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(QDir::match(patterns, QStringLiteral("goi-thon-dong.shtpkg")), qPrintable(firstFilter));
        QVERIFY2(QDir::match(patterns, QStringLiteral("xa-hoa-an.sqlite")), qPrintable(firstFilter));
        FileDialog::setNextFileName(package);
        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
        QTRY_VERIFY(window.isVolunteerMode());
        QVERIFY(bar->isVisible());
        QVERIFY(bar->text().contains(clerk.village.name));
        QVERIFY(window.windowTitle().contains(QStringLiteral("(volunteer package)")));
        QVERIFY(window.grab().save(QDir::temp().filePath(QStringLiteral("volunteer-window.png"))));
        for (const QString &name : clerkOnly)
            QVERIFY2(!window.findChild<QAction *>(name)->isEnabled(), qPrintable(name));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionNewHousehold"))->isEnabled());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionImport"))->isEnabled());

        window.closeFile();
        QVERIFY(bar->isHidden());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("(volunteer package)")));
    }

    // On a package the navigation lists only the package's villages: the commune's other villages (kept in
    // the package only as the households' history) are not there with 0 households.
    void volunteerNavigationListsOnlyPackageVillages()
    {
        Clerk clerk;
        QVERIFY(AdminUnitRepository(*clerk.db).villages().size() > 1);
        const QString package = clerk.exportPackage();
        QVERIFY(!package.isEmpty());
        clerk.edits.reset();
        clerk.db.reset();
        MainWindow window;
        showActive(&window);
        QVERIFY(window.openFile(package));
        QVERIFY(window.isVolunteerMode());
        auto *pane = window.findChild<NavigationPane *>(QStringLiteral("navigationPane"));
        QVERIFY(pane);
        NavigationModel *model = pane->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex villages = model->villagesIndex();
        QCOMPARE(model->rowCount(villages), 1);
        QCOMPARE(model->index(0, NavigationModel::NameColumn, villages).data().toString(),
                 clerk.village.name);
        QVERIFY(window.grab().save(QDir::temp().filePath(QStringLiteral("volunteer-navigation.png"))));
    }

    // Foreign keys are uuids in a plan: the conflict and change views show the person, household, village and
    // session they point to, and the dialog shows what the package changed that is not merged.
    void reviewNamesReferences()
    {
        TempCommune temp;
        Database &db = temp.create();
        exchange::MergePlan plan = samplePlan();
        const QString person = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString household = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString east = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString west = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString session = QUuid::createUuid().toString(QUuid::WithoutBraces);
        plan.referenceNames = {{person, QStringLiteral("Lê Thị Hoa")},
                               {household, QStringLiteral("household 01.003 (Lê Văn Sơn)")},
                               {east, QStringLiteral("Thôn Đông")},
                               {west, QStringLiteral("Thôn Đoài")},
                               {session, QStringLiteral("Kỹ thuật trồng lúa, 2026-11-12")}};
        plan.notices << QStringLiteral("The package changed 1 row of the clans: these are not merged.");
        exchange::Conflict gone;
        gone.kind = ConflictKind::EditedHereDeletedThere;
        gone.table = QStringLiteral("attendance");
        gone.tableLabel = QStringLiteral("Điểm danh");
        gone.description = QStringLiteral("Lê Thị Hoa at Kỹ thuật trồng lúa, 2026-11-12");
        gone.fields << field(QStringLiteral("session_id"), QStringLiteral("Session"), session, session,
                             QVariant())
                    << field(QStringLiteral("person_id"), QStringLiteral("Person"), person, person,
                             QVariant());
        gone.fieldResolutions = {Resolution::Undecided};
        plan.conflicts.prepend(gone);
        exchange::RowChange moved;
        moved.table = QStringLiteral("household");
        moved.tableLabel = QStringLiteral("Hộ gia đình");
        moved.uuid = household;
        moved.description = QStringLiteral("household 01.003");
        moved.villageName = QStringLiteral("Thôn Đoài");
        moved.kind = exchange::ChangeKind::Changed;
        moved.fields << field(QStringLiteral("village_id"), QStringLiteral("Village"), east, east, west);
        plan.changes.prepend(moved);

        MergeReviewDialog dialog(db, nullptr);
        QAbstractItemModelTester conflictTester(dialog.conflictModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester changesTester(dialog.changesModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setPlan(plan);
        MergeConflictModel *conflicts = dialog.conflictModel();
        QCOMPARE(conflicts->rowCount(conflicts->conflictIndex(0)), 2);
        QCOMPARE(conflicts->fieldIndex(0, 0, MergeConflictModel::OursColumn).data().toString(),
                 QStringLiteral("Kỹ thuật trồng lúa, 2026-11-12"));
        QCOMPARE(conflicts->fieldIndex(0, 1, MergeConflictModel::BaseColumn).data().toString(),
                 QStringLiteral("Lê Thị Hoa"));
        QCOMPARE(conflicts->fieldIndex(0, 1, MergeConflictModel::TheirsColumn).data().toString(),
                 QStringLiteral("(deleted)"));
        MergeChangesModel *changes = dialog.changesModel();
        bool found = false;
        for (int v = 0; v < changes->rowCount(); ++v) {
            const QModelIndex village = changes->index(v, 0);
            for (int r = 0; r < changes->rowCount(village); ++r) {
                const QString details =
                    changes->index(r, MergeChangesModel::DetailsColumn, village).data().toString();
                QVERIFY2(!details.contains(east) && !details.contains(west), qPrintable(details));
                found = found || details == QStringLiteral("Village: Thôn Đông → Thôn Đoài");
            }
        }
        QVERIFY(found);
        auto *notices = dialog.findChild<QLabel *>(QStringLiteral("mergeNotices"));
        QVERIFY(notices);
        QVERIFY(!notices->isHidden());
        QVERIFY(notices->text().contains(QStringLiteral("not merged")));
        dialog.setPlan(samplePlan());
        QVERIFY(notices->isHidden());
        dialog.setPlan(plan);
        dialog.resize(1000, 640);
        QVERIFY(dialog.grab().save(QDir::temp().filePath(QStringLiteral("merge-review-names.png"))));
    }

    // The File menu of the clerk's window: an entry template for one village, then a returned package merged
    // (no conflict: Ctrl+Enter at once) as one step on the window's undo stack.
    void fileMenuActions()
    {
        Clerk clerk;
        const QString package = clerk.exportPackage();
        const Person first = clerk.people(1).constFirst();
        {
            auto theirs = openDb(package);
            Person someone = *PersonRepository(*theirs).findByUuid(first.uuid);
            someone.occupation = QStringLiteral("Thợ may");
            SHT_VERIFY_OK(PersonService(*theirs).updatePerson(someone));
        }
        const QString clerkPath = clerk.db->path();
        clerk.edits.reset();
        clerk.db.reset();
        MainWindow window;
        showActive(&window);
        QVERIFY(window.openFile(clerkPath));

        const QString workbook = clerk.temp.path(QStringLiteral("mau.xlsx"));
        const bool chose = whileModal<PackageExportDialog>(
            [&] { window.findChild<QAction *>(QStringLiteral("actionEntryTemplate"))->trigger(); },
            [&](PackageExportDialog *dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("entryTemplateDialog"));
                type(text::searchKey(clerk.village.name));
                key(Qt::Key_Down);
                key(Qt::Key_Space);
                FileDialog::setNextFileName(workbook);
                key(Qt::Key_Return);
            });
        QVERIFY(chose);
        QFile written(workbook);
        QVERIFY2(
            written.open(QIODevice::ReadOnly),
            qPrintable(MessageBox::records().isEmpty() ? QString() : MessageBox::records().constLast().text));
        QCOMPARE(written.read(2), QByteArray("PK")); // an .xlsx is a zip

        FileDialog::setNextFileName(package);
        const bool reviewed = whileModal<MergeReviewDialog>(
            [&] { window.findChild<QAction *>(QStringLiteral("actionMergePackage"))->trigger(); },
            [&](MergeReviewDialog *dialog) {
                QCOMPARE(dialog->conflictModel()->rowCount(), 0);
                QCOMPARE(focused(), dialog->changesView());
                key(Qt::Key_Return, Qt::ControlModifier);
            });
        QVERIFY(reviewed);
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(PersonRepository(*window.database()).findByUuid(first.uuid)->occupation,
                 QStringLiteral("Thợ may"));
        window.undoStack()->undo();
        QCOMPARE(PersonRepository(*window.database()).findByUuid(first.uuid)->occupation, first.occupation);
    }

    // The File menu's new items take letters no other item of the menu has, in English and Vietnamese.
    void fileMenuMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("vi") << QStringLiteral("vi");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void fileMenuMnemonics()
    {
        QFETCH(QString, language);
        QVERIFY(language::install(qApp, language));
        MainWindow window;
        QMenu *file = window.findChild<QMenu *>(QStringLiteral("menuFile"));
        QStringList texts;
        for (QAction *action : file->actions())
            if (!action->isSeparator())
                texts << action->text();
        QCOMPARE(clashingMnemonics(texts), QStringList());
        QVERIFY(language::install(qApp, QStringLiteral("en")));
    }

    // Renders the review of a plan with conflicts (SHT_EXCHANGE_SHOT=path saves it for docs/screenshots).
    void renderMergeReview()
    {
        TempCommune temp;
        Database &db = temp.create();
        MergeReviewDialog dialog(db, nullptr);
        exchange::MergePlan plan = samplePlan();
        plan.conflicts[0].fieldResolutions = {Resolution::TakeTheirs, Resolution::KeepOurs};
        plan.conflicts[1].fieldResolutions = {Resolution::TakeTheirs};
        plan.conflicts[2].fieldResolutions = {Resolution::KeepBoth};
        dialog.setPlan(plan);
        dialog.resize(1000, 620);
        showActive(&dialog);
        dialog.conflictView()->setCurrentIndex(dialog.conflictModel()->fieldIndex(2, 1));
        const QString out = qEnvironmentVariable("SHT_EXCHANGE_SHOT",
                                                 QDir::temp().filePath(QStringLiteral("merge-review.png")));
        QVERIFY(dialog.grab().save(out));
    }
};

QTEST_MAIN(TestExchangeGui)
#include "tst_exchange_gui.moc"
