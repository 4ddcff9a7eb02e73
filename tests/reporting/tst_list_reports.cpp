// The printed lists (recognised households and citizens, the register, attendance sheets, follow-up) on a
// commune built through the services, with names chosen to test the Vietnamese order of official lists
// (given name first; An < Anh < Ánh < Ân; D < Đ), and read back from the .xlsx by openpyxl.
#include "AdminUnitService.h"
#include "CatalogueLibrary.h"
#include "CatalogueRepository.h"
#include "DocumentSettings.h"
#include "EvaluationService.h"
#include "HouseholdService.h"
#include "LearningCentreService.h"
#include "PdfReportWriter.h"
#include "PersonName.h"
#include "RecognitionRepository.h"
#include "RecognitionService.h"
#include "RegistrationService.h"
#include "ReportCatalogue.h"
#include "ReportLayout.h"
#include "TestSupport.h"
#include "XlsxReportWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace sht;
using namespace sht::criteria;
using namespace sht::reporting;

namespace {

void check(const Status &s)
{
    if (!s)
        qFatal("%s", qPrintable(s.message()));
}

// Verdicts a test can predict without the council: families judged on children in school only (1a),
// citizens on one indicator the council judges (attendance at the learning centre).
QList<Catalogue> simpleCatalogues()
{
    const CatalogueLibrary builtins = CatalogueLibrary::builtins();
    Catalogue family = *builtins.find(QStringLiteral("learning_family.448"), QStringLiteral("2015.1"));
    family.code = QStringLiteral("family.lists");
    family.builtin = false;
    family.passRule = PassRule();
    family.criteria = {family.criteria.constFirst()};
    family.criteria[0].points = 0;
    family.criteria[0].indicators = {family.criteria[0].indicators.constFirst()}; // 1a, ages 6–14
    family.criteria[0].indicators[0].points = 0;
    Catalogue citizen = *builtins.find(QStringLiteral("learning_citizen.324"), QStringLiteral("2023.1"));
    citizen.code = QStringLiteral("citizen.lists");
    citizen.builtin = false;
    citizen.passRule = PassRule();
    citizen.criteria = {citizen.criteria.constFirst()};
    citizen.criteria[0].points = 0;
    citizen.criteria[0].indicators = {citizen.criteria[0].indicators.constFirst()}; // 1: attendance
    citizen.criteria[0].indicators[0].points = 0;
    citizen.criteria[0].indicators[0].minPoints = 0;
    return {family, citizen};
}

// Thôn Đông: six households whose heads' given names sort An, Anh, Ánh, Ân, Dũng, Đức (codes in another
// order); a dead and a moved-away member; a child out of school, one whose schooling is unknown, an adult
// who cannot read. Thôn Đoài: an exempt child and adult (never followed up) and an unregistered household
// with a child out of school (followed up from the register, not the evaluation).
struct Commune
{
    test::TempCommune temp;
    Database &db;
    AdminUnit dong;
    AdminUnit doai;
    QHash<QString, Household> households; // by code
    QHash<QString, Person> people;        // by full name
    Course course;

    Commune()
        : db(temp.create(QStringLiteral("Xã Thử Nghiệm")))
    {
        dong.name = QStringLiteral("Thôn Đông");
        dong.validFrom = QDate(2000, 1, 1);
        dong.sortOrder = 1;
        check(AdminUnitService(db).createVillage(dong));
        doai.name = QStringLiteral("Thôn Đoài");
        doai.validFrom = QDate(2000, 1, 1);
        doai.sortOrder = 2;
        check(AdminUnitService(db).createVillage(doai));

        household(QStringLiteral("01.001"), dong, QStringLiteral("Nguyễn Văn Anh"), 1975, Sex::Male, "9/12");
        member(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn Nam"),
               PartialDate::fromDate({2013, 4, 2}), Sex::Male, Relation::Child, SchoolStatus::NotEnrolled);
        member(QStringLiteral("01.001"), QStringLiteral("Trần Thị Bình"), PartialDate::fromYear(1978),
               Sex::Female, Relation::Spouse, SchoolStatus::Unknown, "12/12");
        member(QStringLiteral("01.001"), QStringLiteral("Nguyễn Thị Mai"),
               PartialDate::fromDate({2010, 5, 1}), Sex::Female, Relation::Child, SchoolStatus::Enrolled);
        household(QStringLiteral("01.002"), dong, QStringLiteral("Lê Thị Ánh"), 1980, Sex::Female,
                  "Không biết chữ");
        household(QStringLiteral("01.003"), dong, QStringLiteral("Trần Văn An"), 1970, Sex::Male, "12/12");
        member(QStringLiteral("01.003"), QStringLiteral("Trần Văn Bảy"), PartialDate::fromYear(1940),
               Sex::Male, Relation::Parent);
        check(HouseholdService(db).markDeceased(people[QStringLiteral("Trần Văn Bảy")].id,
                                                PartialDate::fromYear(2024)));
        household(QStringLiteral("01.004"), dong, QStringLiteral("Phạm Văn Đức"), 1985, Sex::Male, "12/12");
        member(QStringLiteral("01.004"), QStringLiteral("Phạm Thị Hoa"), PartialDate::fromYear(1988),
               Sex::Female, Relation::Sibling);
        check(HouseholdService(db).markMovedAway(people[QStringLiteral("Phạm Thị Hoa")].id,
                                                 PartialDate::fromYear(2024)));
        household(QStringLiteral("01.005"), dong, QStringLiteral("Hoàng Văn Dũng"), 1982, Sex::Male, "9/12");
        member(QStringLiteral("01.005"), QStringLiteral("Hoàng Thị Yến"), PartialDate::fromDate({2015, 1, 1}),
               Sex::Female, Relation::Child, SchoolStatus::Unknown);
        household(QStringLiteral("01.006"), dong, QStringLiteral("Đỗ Văn Ân"), 1990, Sex::Male, "12/12");

        household(QStringLiteral("02.001"), doai, QStringLiteral("Bùi Văn Cường"), 1965, Sex::Male, "7/10");
        member(QStringLiteral("02.001"), QStringLiteral("Bùi Thị Lan"), PartialDate::fromYear(2012),
               Sex::Female, Relation::Child, SchoolStatus::Exempt);
        member(QStringLiteral("02.001"), QStringLiteral("Bùi Văn Tư"), PartialDate::fromYear(1970), Sex::Male,
               Relation::Sibling, SchoolStatus::Exempt, "Không biết chữ");
        household(QStringLiteral("02.002"), doai, QStringLiteral("Vũ Văn Hùng"), 1972, Sex::Male, "9/12");
        member(QStringLiteral("02.002"), QStringLiteral("Vũ Văn Tâm"), PartialDate::fromDate({2012, 6, 1}),
               Sex::Male, Relation::Child, SchoolStatus::NotEnrolled);

        // The learning centre: three sessions; Bình at all, Ánh at the first and last, Cường at the second.
        LearningCentre centre;
        centre.name = QStringLiteral("Trung tâm học tập cộng đồng xã Thử Nghiệm");
        check(LearningCentreService(db).createCentre(centre));
        course.centreId = centre.id;
        course.title = QStringLiteral("Kỹ thuật trồng lúa");
        course.field = QStringLiteral("agriculture");
        course.startDate = QDate(2025, 3, 1);
        course.endDate = QDate(2025, 3, 31);
        course.hours = 9;
        check(LearningCentreService(db).createCourse(course));
        QList<CourseSession> sessions;
        for (const QDate &day : {QDate(2025, 3, 15), QDate(2025, 3, 1), QDate(2025, 3, 8)}) {
            CourseSession s;
            s.courseId = course.id;
            s.heldOn = day;
            s.hours = 3;
            check(LearningCentreService(db).addSession(s));
            sessions << s;
        }
        // sessions[1] is the 1st, [2] the 8th, [0] the 15th: added out of order on purpose.
        const auto present = [&](const CourseSession &s, const QString &name) {
            check(LearningCentreService(db).markPresent(s.id, people[name].id));
        };
        present(sessions[1], QStringLiteral("Trần Thị Bình"));
        present(sessions[2], QStringLiteral("Trần Thị Bình"));
        present(sessions[0], QStringLiteral("Trần Thị Bình"));
        present(sessions[1], QStringLiteral("Lê Thị Ánh"));
        present(sessions[0], QStringLiteral("Lê Thị Ánh"));
        present(sessions[2], QStringLiteral("Bùi Văn Cường"));

        for (const Catalogue &catalogue : simpleCatalogues())
            check(CatalogueRepository(db).insert(catalogue));
        QStringList families;
        for (const char *code : {"01.001", "01.002", "01.003", "01.004", "01.005", "01.006", "02.001"})
            families << households[QString::fromLatin1(code)].uuid;
        check(RegistrationService(db).registerSubjects(2025, Title::LearningFamily, SubjectKind::Household,
                                                       families));
        check(RegistrationService(db).registerSubjects(
            2025, Title::LearningCitizen, SubjectKind::Person,
            {uuidOf("Trần Thị Bình"), uuidOf("Lê Thị Ánh"), uuidOf("Bùi Văn Cường")}));
        EvaluationService evaluation(db);
        evaluation.setCatalogues(simpleCatalogues());
        EvaluationRun run;
        check(evaluation.evaluateYear(2025, {}, &run));
        RecognitionService recognition(db);
        check(recognition.recognise(
            2025, Title::LearningFamily,
            {households[QStringLiteral("01.002")].uuid, households[QStringLiteral("01.003")].uuid,
             households[QStringLiteral("01.004")].uuid},
            QStringLiteral("12/QĐ-UBND"), QDate(2025, 12, 20), QStringLiteral("Chủ tịch")));
        check(recognition.recognise(2025, Title::LearningFamily, {households[QStringLiteral("02.001")].uuid},
                                    QStringLiteral("13/QĐ-UBND"), QDate(2025, 12, 22),
                                    QStringLiteral("Chủ tịch")));
        // Citizens are judged by the council on ten indicators: their decision is recorded as the
        // recognition dialog's repository does (audited), without sitting the whole council.
        for (const char *name : {"Trần Thị Bình", "Lê Thị Ánh", "Bùi Văn Cường"}) {
            Recognition r;
            r.year = 2025;
            r.title = Title::LearningCitizen;
            r.subjectKind = SubjectKind::Person;
            r.subjectUuid = uuidOf(name);
            r.decisionNumber = QStringLiteral("20/QĐ-HKH");
            r.decisionDate = QDate(2025, 12, 28);
            r.signer = QStringLiteral("Chủ tịch");
            check(RecognitionRepository(db).insert(r));
        }
    }

    QString uuidOf(const char *name) { return people[QString::fromUtf8(name)].uuid; }

    static Person person(const QString &name, const PartialDate &born, Sex sex, SchoolStatus school,
                         const char *education)
    {
        Person p;
        p.name = PersonName(name);
        p.birthDate = born;
        p.sex = sex;
        p.schoolStatus = school;
        p.education = Education::parse(QString::fromUtf8(education));
        p.occupation = QStringLiteral("Làm ruộng");
        return p;
    }

    void household(const QString &code, const AdminUnit &village, const QString &head, int born, Sex sex,
                   const char *education)
    {
        Household h;
        h.code = code;
        h.villageId = village.id;
        h.address = QStringLiteral("Xóm %1").arg(code.right(1));
        Person p = person(head, PartialDate::fromYear(born), sex, SchoolStatus::Unknown, education);
        check(HouseholdService(db).createHousehold(h, p, QDate(2015, 1, 1)));
        households.insert(code, h);
        people.insert(head, p);
    }

    void member(const QString &code, const QString &name, const PartialDate &born, Sex sex, Relation relation,
                SchoolStatus school = SchoolStatus::Unknown, const char *education = "")
    {
        Person p = person(name, born, sex, school, education);
        check(HouseholdService(db).addMember(households[code].id, p, relation, ResidenceStatus::Permanent,
                                             QDate(2015, 1, 1)));
        people.insert(name, p);
    }
};

Status build(Database &db, const QString &name, ReportParameters parameters, ReportDocument &document,
             const ReportProgress &progress = {})
{
    const ReportCatalogue catalogue;
    const ReportSource *source = catalogue.find(name);
    if (!source)
        return Status::failure(QStringLiteral("no report named ") + name);
    if (!parameters.documentDate.isValid())
        parameters.documentDate = QDate(2026, 1, 5);
    return source->build(db, parameters, document, progress);
}

QStringList column(const ReportTable &table, const QString &figure)
{
    // Held or streamed (the register), keyed or in the fast form.
    QStringList values;
    table.forEachRow([&](const ReportRow &row) {
        values << table.keyed(row).values.value(figure).toString();
        return true;
    });
    return values;
}

// Every sheet's cells as openpyxl reads them (values only; formulas as written), or an empty object.
QJsonObject readWorkbook(const QString &path)
{
    const QString script = QStringLiteral(R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = {"rows": [[c for c in row] for row in ws.iter_rows(values_only=True)],
                     "landscape": ws.page_setup.orientation == "landscape"}
print(json.dumps(out, ensure_ascii=False, default=str))
)");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        qWarning("%s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// The index of the first row that has a cell equal to text, -1 when none.
int rowWith(const QJsonArray &rows, const QString &text)
{
    for (int i = 0; i < rows.size(); ++i)
        for (const QJsonValue &cell : rows.at(i).toArray())
            if (cell.toString() == text)
                return i;
    return -1;
}

// SHT_KEEP_REPORTS=folder keeps a copy of every file the test writes, to look at them.
void keep(const QString &path)
{
    const QString folder = qEnvironmentVariable("SHT_KEEP_REPORTS");
    if (folder.isEmpty())
        return;
    const QString copy = folder + QLatin1Char('/') + QFileInfo(path).fileName();
    QFile::remove(copy);
    QFile::copy(path, copy);
}

bool rowHas(const QJsonArray &rows, int row, const QString &text)
{
    if (row < 0)
        return false;
    for (const QJsonValue &cell : rows.at(row).toArray())
        if (cell.toString() == text || (cell.isDouble() && QString::number(cell.toDouble()) == text))
            return true;
    return false;
}

} // namespace

class TestListReports : public QObject
{
    Q_OBJECT

private slots:
    void catalogueNamesTheLists();
    void recognisedHouseholds_data();
    void recognisedHouseholds();
    void recognisedHouseholdsAsOnTheLastDay();
    void recognisedCitizens();
    void registerOrdersByGivenName();
    void registerOfTheWholeCommune();
    void attendanceSheet();
    void followUp();
    void followUpOfOneVillage();
    void layoutOverride();
    void refusals();
    void cancelStops();
    void xlsxReadBack();
    void pdfKeepsDiacritics();
    void registerOfDemoVillage();
};

void TestListReports::catalogueNamesTheLists()
{
    const ReportCatalogue catalogue;
    QStringList names;
    for (const ReportInfo &info : catalogue.reports())
        names << info.name;
    for (const char *name :
         {"recognised-households", "recognised-citizens", "register", "attendance", "follow-up"}) {
        const ReportSource *source = catalogue.find(QString::fromLatin1(name));
        QVERIFY2(source, name);
        QVERIFY(!source->info().displayName.isEmpty());
        QVERIFY(!source->info().description.isEmpty());
    }
    QVERIFY(catalogue.find(QStringLiteral("register"))->info().needs.testFlag(ReportNeed::Village));
    QVERIFY(!catalogue.find(QStringLiteral("register"))->info().needs.testFlag(ReportNeed::VillageRequired));
    QVERIFY(catalogue.find(QStringLiteral("attendance"))->info().needs.testFlag(ReportNeed::Course));
    QVERIFY(catalogue.find(QStringLiteral("follow-up"))->info().needs.testFlag(ReportNeed::Year));
}

void TestListReports::recognisedHouseholds_data()
{
    QTest::addColumn<bool>("wholeCommune");
    QTest::addColumn<QStringList>("heads");
    QTest::addColumn<QStringList>("decisions");
    // Heads by given name: An, Ánh, Đức (not by code: 01.003, 01.002, 01.004); Đoài after Đông.
    QTest::newRow("Thôn Đông") << false
                               << QStringList{QStringLiteral("Trần Văn An"), QStringLiteral("Lê Thị Ánh"),
                                              QStringLiteral("Phạm Văn Đức")}
                               << QStringList{QStringLiteral("12/QĐ-UBND"), QStringLiteral("12/QĐ-UBND"),
                                              QStringLiteral("12/QĐ-UBND")};
    QTest::newRow("whole commune") << true
                                   << QStringList{QStringLiteral("Trần Văn An"), QStringLiteral("Lê Thị Ánh"),
                                                  QStringLiteral("Phạm Văn Đức"),
                                                  QStringLiteral("Bùi Văn Cường")}
                                   << QStringList{QStringLiteral("12/QĐ-UBND"), QStringLiteral("12/QĐ-UBND"),
                                                  QStringLiteral("12/QĐ-UBND"), QStringLiteral("13/QĐ-UBND")};
}

void TestListReports::recognisedHouseholds()
{
    QFETCH(bool, wholeCommune);
    QFETCH(QStringList, heads);
    QFETCH(QStringList, decisions);
    Commune c;
    ReportParameters p;
    p.year = 2025;
    if (!wholeCommune)
        p.villageUuid = c.dong.uuid;
    ReportDocument d;
    SHT_VERIFY_OK(build(c.db, QStringLiteral("recognised-households"), p, d));
    QCOMPARE(d.name, QStringLiteral("recognised-households"));
    QCOMPARE(d.tables.size(), 1);
    const ReportTable &t = d.tables.constFirst();
    QCOMPARE(column(t, QStringLiteral("head")), heads);
    QCOMPARE(column(t, QStringLiteral("decision_number")), decisions);
    QCOMPARE(t.rows.constFirst().values.value(QStringLiteral("code")).toString(), QStringLiteral("01.003"));
    QCOMPARE(t.rows.constFirst().values.value(QStringLiteral("decision_date")).toDate(), QDate(2025, 12, 20));
    QCOMPARE(t.rows.constFirst().values.value(QStringLiteral("address")).toString(),
             QStringLiteral("Xóm 3, Thôn Đông"));
    QCOMPARE(t.rows.constLast().values.value(QStringLiteral("stt")).toLongLong(), qint64(heads.size()));
    QVERIFY(t.totalsRow);
    QCOMPARE(t.totalsLabel, QStringLiteral("Tổng cộng: %1 hộ").arg(heads.size()));
    QVERIFY(d.subtitle.contains(QLatin1String("2025")));
    QVERIFY(
        d.subtitle.contains(wholeCommune ? QStringLiteral("Xã Thử Nghiệm") : QStringLiteral("Thôn Đông")));
    QCOMPARE(d.heading.date, QDate(2026, 1, 5));
    QCOMPARE(d.signatures.size(), 2);
    QCOMPARE(d.signatures.at(0).title, QStringLiteral("NGƯỜI LẬP BIỂU"));
    QCOMPARE(d.signatures.at(1).title, QStringLiteral("CHỦ TỊCH"));
}

void TestListReports::recognisedHouseholdsAsOnTheLastDay()
{
    // 01.002 moves to a new village in 2026: the 2025 list still shows it in Thôn Đông, where it was
    // recognised; the register (today) shows it in the new village.
    Commune c;
    AdminUnit moi;
    moi.name = QStringLiteral("Thôn Mới");
    moi.sortOrder = 3;
    SHT_VERIFY_OK(AdminUnitService(c.db).splitVillage(
        c.dong.id, moi, {c.households[QStringLiteral("01.002")].id}, QDate(2026, 3, 1)));
    ReportParameters p;
    p.year = 2025;
    p.villageUuid = c.dong.uuid;
    ReportDocument d;
    SHT_VERIFY_OK(build(c.db, QStringLiteral("recognised-households"), p, d));
    QCOMPARE(column(d.tables.constFirst(), QStringLiteral("code")),
             (QStringList{QStringLiteral("01.003"), QStringLiteral("01.002"), QStringLiteral("01.004")}));
    p.villageUuid = moi.uuid;
    ReportDocument none;
    QVERIFY(!build(c.db, QStringLiteral("recognised-households"), p, none).ok());

    ReportParameters today;
    today.villageUuid = moi.uuid;
    ReportDocument reg;
    SHT_VERIFY_OK(build(c.db, QStringLiteral("register"), today, reg));
    QCOMPARE(column(reg.tables.constFirst(), QStringLiteral("name")),
             QStringList{QStringLiteral("Lê Thị Ánh")});
    today.villageUuid = c.dong.uuid;
    SHT_VERIFY_OK(build(c.db, QStringLiteral("register"), today, reg));
    QVERIFY(!column(reg.tables.constLast(), QStringLiteral("name")).contains(QStringLiteral("Lê Thị Ánh")));
}

void TestListReports::recognisedCitizens()
{
    Commune c;
    ReportParameters p;
    p.year = 2025;
    ReportDocument d;
    SHT_VERIFY_OK(build(c.db, QStringLiteral("recognised-citizens"), p, d));
    QCOMPARE(d.tables.size(), 1);
    const ReportTable &t = d.tables.constFirst();
    // Đông (Ánh before Bình), then Đoài.
    QCOMPARE(column(t, QStringLiteral("name")),
             (QStringList{QStringLiteral("Lê Thị Ánh"), QStringLiteral("Trần Thị Bình"),
                          QStringLiteral("Bùi Văn Cường")}));
    QCOMPARE(column(t, QStringLiteral("birth_year")),
             (QStringList{QStringLiteral("1980"), QStringLiteral("1978"), QStringLiteral("1965")}));
    QCOMPARE(column(t, QStringLiteral("sex")),
             (QStringList{QStringLiteral("Nữ"), QStringLiteral("Nữ"), QStringLiteral("Nam")}));
    QCOMPARE(
        column(t, QStringLiteral("village")),
        (QStringList{QStringLiteral("Thôn Đông"), QStringLiteral("Thôn Đông"), QStringLiteral("Thôn Đoài")}));
    QCOMPARE(column(t, QStringLiteral("decision_number")), QStringList(3, QStringLiteral("20/QĐ-HKH")));
    // The association's title: its chairman signs.
    QCOMPARE(d.signatures.size(), 2);
    QCOMPARE(d.signatures.at(1).authorityLine,
             DocumentSettings::load(c.db).associationChairman().authorityLine);
    QVERIFY(d.signatures.at(1).authorityLine != DocumentSettings::load(c.db).chairman().authorityLine);

    p.villageUuid = c.doai.uuid;
    ReportDocument doai;
    SHT_VERIFY_OK(build(c.db, QStringLiteral("recognised-citizens"), p, doai));
    QCOMPARE(column(doai.tables.constFirst(), QStringLiteral("name")),
             QStringList{QStringLiteral("Bùi Văn Cường")});
}

void TestListReports::registerOrdersByGivenName()
{
    Commune c;
    ReportParameters p;
    p.villageUuid = c.dong.uuid;
    ReportDocument d;
    SHT_VERIFY_OK(build(c.db, QStringLiteral("register"), p, d));
    QCOMPARE(d.tables.size(), 1);
    // The register is streamed while written, never held: its rows are read here.
    QVERIFY(d.tables.constFirst().isStreamed());
    QVERIFY(d.tables.constFirst().rows.isEmpty());
    QCOMPARE(d.tables.constFirst().streamedRowCount, qint64(10));
    ReportTable t = d.tables.constFirst();
    QVERIFY(t.materialise());
    QVERIFY(!t.isStreamed());
    QCOMPARE(t.rows.size(), 10);
    // Households by the head's given name (An < Anh < Ánh < Ân < Dũng < Đức), head first, then eldest
    // first; the dead father of 01.003 and the sister of 01.004 who moved away are not there.
    QCOMPARE(column(t, QStringLiteral("name")),
             (QStringList{QStringLiteral("Trần Văn An"), QStringLiteral("Nguyễn Văn Anh"),
                          QStringLiteral("Trần Thị Bình"), QStringLiteral("Nguyễn Thị Mai"),
                          QStringLiteral("Nguyễn Văn Nam"), QStringLiteral("Lê Thị Ánh"),
                          QStringLiteral("Đỗ Văn Ân"), QStringLiteral("Hoàng Văn Dũng"),
                          QStringLiteral("Hoàng Thị Yến"), QStringLiteral("Phạm Văn Đức")}));
    QCOMPARE(column(t, QStringLiteral("code")),
             (QStringList{QStringLiteral("01.003"), QStringLiteral("01.001"), QString(), QString(), QString(),
                          QStringLiteral("01.002"), QStringLiteral("01.006"), QStringLiteral("01.005"),
                          QString(), QStringLiteral("01.004")}));
    QCOMPARE(column(t, QStringLiteral("household_no")),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QString(), QString(), QString(),
                          QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"), QString(),
                          QStringLiteral("6")}));
    QCOMPARE(column(t, QStringLiteral("no")).constLast(), QStringLiteral("10"));
    const ReportRow &binh = t.rows.at(2);
    QCOMPARE(binh.values.value(QStringLiteral("relation")).toString(), QStringLiteral("Vợ"));
    QCOMPARE(binh.values.value(QStringLiteral("sex")).toString(), QStringLiteral("Nữ"));
    QCOMPARE(binh.values.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1978"));
    QCOMPARE(binh.values.value(QStringLiteral("education")).toString(), QStringLiteral("12/12"));
    QCOMPARE(binh.values.value(QStringLiteral("occupation")).toString(), QStringLiteral("Làm ruộng"));
    QCOMPARE(t.rows.at(4).values.value(QStringLiteral("birth_date")).toString(),
             QStringLiteral("02/04/2013"));
    QCOMPARE(t.rows.at(0).values.value(QStringLiteral("relation")).toString(), QStringLiteral("Chủ hộ"));
    QCOMPARE(t.caption, QStringLiteral("Thôn Đông: 6 hộ"));
}

void TestListReports::registerOfTheWholeCommune()
{
    Commune c;
    ReportDocument d;
    SHT_VERIFY_OK(build(c.db, QStringLiteral("register"), ReportParameters(), d));
    // Each village its own table, in the villages' order.
    QCOMPARE(d.tables.size(), 2);
    QCOMPARE(d.tables.at(0).caption, QStringLiteral("Thôn Đông: 6 hộ"));
    QCOMPARE(d.tables.at(1).caption, QStringLiteral("Thôn Đoài: 2 hộ"));
    QCOMPARE(d.tables.at(0).rowCount(), qint64(10));
    QCOMPARE(column(d.tables.at(0), QStringLiteral("name")).size(), 10);
    // A sink that stops ends the stream (a cancel).
    int seen = 0;
    QVERIFY(!d.tables.at(0).forEachRow([&](const ReportRow &) { return ++seen < 3; }));
    QCOMPARE(seen, 3);
    ReportTable firstRows = d.tables.at(0);
    QVERIFY(firstRows.materialise(4));
    QCOMPARE(firstRows.rows.size(), 4);
    QCOMPARE(column(d.tables.at(1), QStringLiteral("name")),
             (QStringList{QStringLiteral("Bùi Văn Cường"), QStringLiteral("Bùi Văn Tư"),
                          QStringLiteral("Bùi Thị Lan"), QStringLiteral("Vũ Văn Hùng"),
                          QStringLiteral("Vũ Văn Tâm")}));
    QCOMPARE(column(d.tables.at(1), QStringLiteral("no")).constFirst(), QStringLiteral("1"));
    QVERIFY(d.subtitle.contains(QStringLiteral("Xã Thử Nghiệm")));
}

void TestListReports::attendanceSheet()
{
    Commune c;
    ReportParameters p;
    p.subjectUuid = c.course.uuid;
    ReportDocument d;
    SHT_VERIFY_OK(build(c.db, QStringLiteral("attendance"), p, d));
    QVERIFY(d.landscape);
    QVERIFY(d.subtitle.contains(QStringLiteral("Kỹ thuật trồng lúa")));
    QCOMPARE(d.tables.size(), 1);
    const ReportTable &t = d.tables.constFirst();
    // The sessions in date order, whatever order they were added in, as dated columns.
    QStringList headers;
    for (const ReportColumn &col : t.columns)
        if (col.figure.startsWith(QLatin1String("session_")))
            headers << col.header;
    QCOMPARE(headers,
             (QStringList{QStringLiteral("01/03"), QStringLiteral("08/03"), QStringLiteral("15/03")}));
    QCOMPARE(t.rows.size(), 4); // three learners and the counts
    QCOMPARE(column(t, QStringLiteral("name")),
             (QStringList{QStringLiteral("Lê Thị Ánh"), QStringLiteral("Trần Thị Bình"),
                          QStringLiteral("Bùi Văn Cường"), QStringLiteral("Số người có mặt")}));
    QCOMPARE(column(t, QStringLiteral("session_1")),
             (QStringList{QStringLiteral("x"), QStringLiteral("x"), QString(), QStringLiteral("2")}));
    QCOMPARE(column(t, QStringLiteral("session_2")),
             (QStringList{QString(), QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("2")}));
    QCOMPARE(column(t, QStringLiteral("session_3")),
             (QStringList{QStringLiteral("x"), QStringLiteral("x"), QString(), QStringLiteral("2")}));
    QCOMPARE(column(t, QStringLiteral("total")), (QStringList{QStringLiteral("2"), QStringLiteral("3"),
                                                              QStringLiteral("1"), QStringLiteral("6")}));
    QCOMPARE(column(t, QStringLiteral("village")).constFirst(), QStringLiteral("Thôn Đông"));
    QVERIFY(t.rows.constLast().emphasised);
}

void TestListReports::followUp()
{
    Commune c;
    ReportParameters p;
    p.year = 2025;
    ReportDocument d;
    SHT_VERIFY_OK(build(c.db, QStringLiteral("follow-up"), p, d));
    QCOMPARE(d.tables.size(), 1);
    const ReportTable &t = d.tables.constFirst();
    // Đông by given name (Ánh, Nam, Yến), then Đoài; the exempt child and adult of 02.001 are not listed;
    // Tâm's household did not register, so only the register finds him. Nam is both out of school in the
    // register and against rule 1a in the evaluation: one reason, not two.
    QCOMPARE(column(t, QStringLiteral("name")),
             (QStringList{QStringLiteral("Lê Thị Ánh"), QStringLiteral("Nguyễn Văn Nam"),
                          QStringLiteral("Hoàng Thị Yến"), QStringLiteral("Vũ Văn Tâm")}));
    QCOMPARE(
        column(t, QStringLiteral("reason")),
        (QStringList{QStringLiteral("Chưa biết chữ"), QStringLiteral("Không đi học năm 2025"),
                     QStringLiteral("Chưa rõ có đi học không"), QStringLiteral("Không đi học năm 2025")}));
    QCOMPARE(column(t, QStringLiteral("age")), (QStringList{QStringLiteral("45"), QStringLiteral("12"),
                                                            QStringLiteral("10"), QStringLiteral("13")}));
    QCOMPARE(column(t, QStringLiteral("household")),
             (QStringList{QStringLiteral("01.002"), QStringLiteral("01.001"), QStringLiteral("01.005"),
                          QStringLiteral("02.002")}));
    QCOMPARE(column(t, QStringLiteral("head")).at(1), QStringLiteral("Nguyễn Văn Anh"));
    QCOMPARE(column(t, QStringLiteral("village")).constLast(), QStringLiteral("Thôn Đoài"));
    QCOMPARE(t.totalsLabel, QStringLiteral("Tổng cộng: 4 người"));
}

void TestListReports::followUpOfOneVillage()
{
    Commune c;
    ReportParameters p;
    p.year = 2025;
    p.villageUuid = c.doai.uuid;
    ReportDocument d;
    SHT_VERIFY_OK(build(c.db, QStringLiteral("follow-up"), p, d));
    QCOMPARE(column(d.tables.constFirst(), QStringLiteral("name")),
             QStringList{QStringLiteral("Vũ Văn Tâm")});
    // In 2020 Nam was 7 and Tâm 8, both counted out of school then as now (the status has no history); Ánh
    // was 40. No evaluation is stored for 2020: the register alone makes the list.
    p.year = 2020;
    p.villageUuid = c.dong.uuid;
    ReportDocument old;
    SHT_VERIFY_OK(build(c.db, QStringLiteral("follow-up"), p, old));
    QCOMPARE(column(old.tables.constFirst(), QStringLiteral("name")),
             (QStringList{QStringLiteral("Lê Thị Ánh"), QStringLiteral("Nguyễn Văn Nam")}));
    QCOMPARE(column(old.tables.constFirst(), QStringLiteral("reason")).at(1),
             QStringLiteral("Không đi học năm 2020"));
}

void TestListReports::layoutOverride()
{
    // A province wants the register with fewer columns in another order, and the birth year only: the JSON in
    // the user's layout folder decides; a figure the register does not make is refused by name.
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = ReportLayout::overrideFolder();
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/register.json");
    const auto writeLayout = [&](const QByteArray &columns) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"name": "register", "title": "SỔ HỘ", "subtitle": "{village}",
                       "tables": [{"key": "members", "caption": "{village}", "columns": [)" +
                   columns + "]}]}");
    };
    writeLayout(R"({"figure": "name", "header": "Họ và tên"}, {"figure": "birth_year", "header": "Năm sinh"},
                   {"figure": "village", "header": "Thôn"})");
    Commune c;
    ReportParameters p;
    p.villageUuid = c.dong.uuid;
    ReportDocument d;
    const Status built = build(c.db, QStringLiteral("register"), p, d);
    writeLayout(R"({"figure": "name", "header": "Họ và tên"}, {"figure": "ethnicity", "header": "Dân tộc"})");
    ReportDocument refused;
    const Status unknown = build(c.db, QStringLiteral("register"), p, refused);
    QFile::remove(path);
    SHT_VERIFY_OK(built);
    QCOMPARE(d.title, QStringLiteral("SỔ HỘ"));
    ReportTable t = d.tables.constFirst();
    QVERIFY(t.materialise());
    QCOMPARE(t.columns.size(), 3);
    QCOMPARE(t.columns.at(1).figure, QStringLiteral("birth_year"));
    QCOMPARE(t.rows.at(4).values.value(QStringLiteral("birth_year")).toString(), QStringLiteral("2013"));
    QCOMPARE(t.rows.at(4).values.value(QStringLiteral("village")).toString(), QStringLiteral("Thôn Đông"));
    QVERIFY(!t.rows.at(4).values.contains(QStringLiteral("birth_date"))); // not shown: not computed
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.message().contains(QLatin1String("ethnicity")), qPrintable(unknown.message()));
}

void TestListReports::refusals()
{
    Commune c;
    ReportDocument d;
    ReportParameters p;
    p.year = 2025;
    p.villageUuid = QStringLiteral("no-such-village");
    Status s = build(c.db, QStringLiteral("register"), p, d);
    QVERIFY(!s.ok());
    QVERIFY(s.message().contains(QLatin1String("village")));

    p.villageUuid.clear();
    p.year = 2024; // nothing recognised that year
    s = build(c.db, QStringLiteral("recognised-households"), p, d);
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(QLatin1String("2024")), qPrintable(s.message()));
    s = build(c.db, QStringLiteral("recognised-citizens"), p, d);
    QVERIFY(!s.ok());
    QVERIFY(!s.message().isEmpty());

    ReportParameters course;
    s = build(c.db, QStringLiteral("attendance"), course, d);
    QVERIFY(!s.ok());
    QVERIFY(s.message().contains(QLatin1String("course")));
    course.subjectUuid = QStringLiteral("no-such-course");
    s = build(c.db, QStringLiteral("attendance"), course, d);
    QVERIFY(!s.ok());
    QVERIFY(!s.message().isEmpty());

    // An empty village has no register to print.
    AdminUnit empty;
    empty.name = QStringLiteral("Thôn Mới");
    empty.validFrom = QDate(2020, 1, 1);
    check(AdminUnitService(c.db).createVillage(empty));
    p.villageUuid = empty.uuid;
    s = build(c.db, QStringLiteral("register"), p, d);
    QVERIFY(!s.ok());
    QVERIFY(s.message().contains(QStringLiteral("Thôn Mới")));
    s = build(c.db, QStringLiteral("follow-up"), p, d);
    QVERIFY(!s.ok());
    QVERIFY(s.message().contains(QStringLiteral("Thôn Mới")));
}

void TestListReports::cancelStops()
{
    Commune c;
    for (const char *name : {"recognised-households", "register", "follow-up"}) {
        ReportParameters p;
        p.year = 2025;
        ReportDocument d;
        const Status s = build(c.db, QString::fromLatin1(name), p, d, [](int, int) { return false; });
        QVERIFY2(!s.ok(), name);
        QVERIFY2(s.message().isEmpty(), name); // cancelled: nothing to tell the user
    }
}

void TestListReports::xlsxReadBack()
{
    Commune c;
    struct Case
    {
        const char *name;
        ReportParameters parameters;
    };
    ReportParameters year;
    year.year = 2025;
    ReportParameters course;
    course.subjectUuid = c.course.uuid;
    const QList<Case> cases{{"recognised-households", year},
                            {"recognised-citizens", year},
                            {"register", ReportParameters()},
                            {"attendance", course},
                            {"follow-up", year}};
    QHash<QString, QJsonArray> sheets;
    for (const Case &k : cases) {
        ReportDocument d;
        SHT_VERIFY_OK(build(c.db, QString::fromLatin1(k.name), k.parameters, d));
        const QString path = c.temp.path(QString::fromLatin1(k.name) + QStringLiteral(".xlsx"));
        SHT_VERIFY_OK(XlsxReportWriter().write(d, path));
        keep(path);
        const QString pdf = c.temp.path(QString::fromLatin1(k.name) + QStringLiteral(".pdf"));
        SHT_VERIFY_OK(PdfReportWriter().writePdf(d, pdf));
        keep(pdf);
        const QJsonObject book = readWorkbook(path);
        QCOMPARE(book.size(), 1);
        const QJsonObject sheet = book.begin().value().toObject();
        QCOMPARE(sheet.value(QStringLiteral("landscape")).toBool(), d.landscape);
        sheets.insert(QString::fromLatin1(k.name), sheet.value(QStringLiteral("rows")).toArray());
    }

    const QJsonArray households = sheets.value(QStringLiteral("recognised-households"));
    const int an = rowWith(households, QStringLiteral("Trần Văn An"));
    const int anh = rowWith(households, QStringLiteral("Lê Thị Ánh"));
    const int cuong = rowWith(households, QStringLiteral("Bùi Văn Cường"));
    QVERIFY(an > 0 && an < anh && anh < cuong);
    QVERIFY(rowHas(households, an, QStringLiteral("01.003")));
    QVERIFY(rowHas(households, cuong, QStringLiteral("13/QĐ-UBND")));
    QVERIFY(rowWith(households, QStringLiteral("Tổng cộng: 4 hộ")) > cuong);
    QVERIFY(rowWith(households, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) >= 0);

    const QJsonArray citizens = sheets.value(QStringLiteral("recognised-citizens"));
    QVERIFY(
        rowHas(citizens, rowWith(citizens, QStringLiteral("Trần Thị Bình")), QStringLiteral("20/QĐ-HKH")));

    const QJsonArray reg = sheets.value(QStringLiteral("register"));
    const int dong = rowWith(reg, QStringLiteral("Thôn Đông: 6 hộ"));
    const int doai = rowWith(reg, QStringLiteral("Thôn Đoài: 2 hộ"));
    QVERIFY(dong >= 0 && dong < rowWith(reg, QStringLiteral("Trần Văn An")));
    QVERIFY(rowWith(reg, QStringLiteral("Trần Văn An")) < rowWith(reg, QStringLiteral("Nguyễn Văn Anh")));
    QVERIFY(rowWith(reg, QStringLiteral("Đỗ Văn Ân")) < rowWith(reg, QStringLiteral("Hoàng Văn Dũng")));
    QVERIFY(rowWith(reg, QStringLiteral("Phạm Văn Đức")) < doai);
    QVERIFY(rowWith(reg, QStringLiteral("Trần Văn Bảy")) < 0);
    QVERIFY(rowHas(reg, rowWith(reg, QStringLiteral("Nguyễn Văn Nam")), QStringLiteral("02/04/2013")));

    const QJsonArray attendance = sheets.value(QStringLiteral("attendance"));
    const int binh = rowWith(attendance, QStringLiteral("Trần Thị Bình"));
    QVERIFY(binh >= 0);
    QVERIFY(rowHas(attendance, binh, QStringLiteral("x")));
    QVERIFY(rowHas(attendance, binh, QStringLiteral("3")));
    QVERIFY(rowWith(attendance, QStringLiteral("08/03")) >= 0);
    QVERIFY(rowHas(attendance, rowWith(attendance, QStringLiteral("Số người có mặt")), QStringLiteral("6")));

    const QJsonArray followUp = sheets.value(QStringLiteral("follow-up"));
    QVERIFY(rowHas(followUp, rowWith(followUp, QStringLiteral("Vũ Văn Tâm")),
                   QStringLiteral("Không đi học năm 2025")));
}

void TestListReports::pdfKeepsDiacritics()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    Commune c;
    ReportParameters p;
    p.villageUuid = c.dong.uuid;
    ReportDocument d;
    SHT_VERIFY_OK(build(c.db, QStringLiteral("register"), p, d));
    const QString path = c.temp.path(QStringLiteral("register.pdf"));
    SHT_VERIFY_OK(PdfReportWriter().writePdf(d, path));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text =
        QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_C);
    for (const char *name : {"Trần Văn An", "Nguyễn Văn Anh", "Lê Thị Ánh", "Đỗ Văn Ân", "Phạm Văn Đức",
                             "SỔ THEO DÕI HỘ GIA ĐÌNH VÀ NHÂN KHẨU"})
        QVERIFY2(text.contains(QString::fromUtf8(name)), name);
    QVERIFY(text.indexOf(QStringLiteral("Trần Văn An")) < text.indexOf(QStringLiteral("Phạm Văn Đức")));
}

void TestListReports::registerOfDemoVillage()
{
    test::TempCommune temp;
    const QString path = temp.demo(2000, 11);
    Database db;
    SHT_VERIFY_OK(db.open(path));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT v.uuid, v.name, count(*) FROM admin_unit v"
                                  " JOIN household h ON h.village_id = v.id"
                                  " JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL"
                                  " JOIN person p ON p.id = m.person_id AND p.death_date = ''"
                                  " WHERE v.valid_to IS NULL GROUP BY v.id ORDER BY count(*) DESC LIMIT 1")));
    QVERIFY(q.next());
    const QString village = q.value(0).toString();
    const int members = q.value(2).toInt();
    QVERIFY(members > 100);
    ReportParameters p;
    p.villageUuid = village;
    ReportDocument d;
    int calls = 0;
    SHT_VERIFY_OK(build(db, QStringLiteral("register"), p, d, [&](int done, int total) {
        ++calls;
        return done <= total;
    }));
    QVERIFY(calls > 0);
    QCOMPARE(d.tables.size(), 1);
    ReportTable t = d.tables.constFirst();
    QCOMPARE(t.rowCount(), qint64(members));
    QVERIFY(t.materialise());
    QCOMPARE(t.rows.size(), members);
    // Each household's first row is its head, and the heads come in Vietnamese order of their names.
    QString previous;
    int households = 0;
    for (const ReportRow &row : t.rows) {
        if (!row.values.contains(QStringLiteral("household_no")))
            continue;
        ++households;
        if (row.values.value(QStringLiteral("relation")).toString() != QStringLiteral("Chủ hộ"))
            continue; // a household whose head died: listed after those with a head
        const QString key = PersonName(row.values.value(QStringLiteral("name")).toString()).sortKey();
        QVERIFY2(previous <= key, qPrintable(row.values.value(QStringLiteral("name")).toString()));
        previous = key;
    }
    QVERIFY(households > 10);
    QVERIFY(t.caption.contains(QString::number(households)));

    // The whole commune: every village, every current member, one table each.
    ReportDocument all;
    SHT_VERIFY_OK(build(db, QStringLiteral("register"), ReportParameters(), all));
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(DISTINCT v.id), count(*) FROM admin_unit v"
                              " JOIN household h ON h.village_id = v.id"
                              " JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL"
                              " JOIN person p ON p.id = m.person_id AND p.death_date = ''"
                              " WHERE v.valid_to IS NULL AND v.kind IN ('village', 'residential_group')")));
    QVERIFY(q.next());
    QCOMPARE(all.tables.size(), q.value(0).toInt());
    int rows = 0;
    int streamed = 0;
    for (const ReportTable &table : all.tables) {
        rows += int(table.rowCount());
        table.forEachRow([&](const ReportRow &) { return ++streamed > 0; });
    }
    QCOMPARE(rows, q.value(1).toInt());
    QCOMPARE(streamed, rows);
}

QTEST_MAIN(TestListReports) // QGuiApplication: the PDF writer needs fonts
#include "tst_list_reports.moc"
