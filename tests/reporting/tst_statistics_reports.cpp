// The statistics reports on a demo commune whose year was registered, evaluated, judged and recognised
// through the services: every figure of the yearly report equals a count made independently here (through
// other repositories, not the report's queries), a village's report is that village's row, the layout decides
// the tables and columns, LibreOffice opens the workbook and shows the totals; the TT 25 and TT 24
// self-assessments list every criterion and indicator with its result; a year without an evaluation says to
// press F5.
#include "AdminUnitRepository.h"
#include "ClanRepository.h"
#include "DocumentSettings.h"
#include "LearningCentreRepository.h"
#include "LocalUnitRepository.h"
#include "RecognitionRepository.h"
#include "RegistrationRepository.h"
#include "ReportCatalogue.h"
#include "ReportLayout.h"
#include "StatisticsRepository.h"
#include "TestSupport.h"
#include "XlsxDump.h"
#include "XlsxReportWriter.h"
#include "YearFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace sht;
using namespace sht::reporting;
using namespace sht::criteria;

namespace {

const ReportTable *tableOf(const ReportDocument &d, const QString &captionStart)
{
    for (const ReportTable &t : d.tables)
        if (t.caption.startsWith(captionStart))
            return &t;
    return nullptr;
}

qint64 sum(const ReportTable &t, const QString &figure)
{
    qint64 total = 0;
    for (const ReportRow &r : t.rows)
        total += r.values.value(figure).toLongLong();
    return total;
}

const ReportRow *rowOf(const ReportTable &t, const QString &figure, const QString &value)
{
    for (const ReportRow &r : t.rows)
        if (r.values.value(figure).toString() == value)
            return &r;
    return nullptr;
}

// One csv line in fields, with LibreOffice's quoting ("1,239").
QStringList csvFields(const QString &line)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (const QChar c : line) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(',') && !quoted)
            fields << QString();
        else
            fields.last() += c;
    }
    return fields;
}

int recognitions(Database &db, int year, Title title)
{
    int n = 0;
    for (const Recognition &r : RecognitionRepository(db).forYear(year))
        n += r.title == title;
    return n;
}

} // namespace

class TestStatisticsReports : public QObject
{
    Q_OBJECT

private:
    test::TempCommune m_temp;
    Database m_db;
    int m_year = QDate::currentDate().year();
    ReportCatalogue m_catalogue;
    ReportDocument m_yearly;

    Status build(const QString &name, ReportDocument &document, const ReportParameters &extra = {})
    {
        ReportParameters p = extra;
        if (p.year == 0)
            p.year = m_year;
        p.documentDate = QDate(m_year, 12, 31);
        const ReportSource *source = m_catalogue.find(name);
        if (!source)
            return Status::failure(QStringLiteral("no report ") + name);
        return source->build(m_db, p, document, {});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(ReportLayout::overrideFolder()).removeRecursively();
        const QString path = m_temp.demo(400, 11);
        SHT_VERIFY_OK(m_db.open(path));
        QElapsedTimer timer;
        timer.start();
        SHT_VERIFY_OK(test::prepareYear(m_db, m_year));
        qInfo("year prepared in %lld ms", timer.elapsed());
        DocumentSettings settings = DocumentSettings::load(m_db);
        settings.chairmanName = QStringLiteral("Nguyễn Văn An");
        settings.preparerName = QStringLiteral("Lê Thu Hà");
        SHT_VERIFY_OK(settings.save(m_db));
        SHT_VERIFY_OK(build(QStringLiteral("yearly"), m_yearly));
    }

    void cleanup() { QDir(ReportLayout::overrideFolder()).removeRecursively(); }

    void catalogueListsStatisticsFirst()
    {
        const QList<ReportInfo> reports = m_catalogue.reports();
        QVERIFY(reports.size() >= 3);
        QCOMPARE(reports.at(0).name, QStringLiteral("yearly"));
        QCOMPARE(reports.at(1).name, QStringLiteral("tt25-dossier"));
        QCOMPARE(reports.at(2).name, QStringLiteral("tt24-summary"));
        QVERIFY(reports.at(2).needs & ReportNeed::LocalUnit);
        QVERIFY(!m_catalogue.find(QStringLiteral("nope")));
    }

    void headingAndSignatures()
    {
        QCOMPARE(m_yearly.name, QStringLiteral("yearly"));
        QVERIFY(m_yearly.landscape);
        QCOMPARE(m_yearly.subtitle,
                 QStringLiteral("Kết quả xây dựng các mô hình học tập năm %1").arg(m_year));
        QVERIFY(m_yearly.heading.issuingBody.startsWith(QStringLiteral("UBND XÃ ")));
        QCOMPARE(m_yearly.heading.date, QDate(m_year, 12, 31));
        QCOMPARE(m_yearly.signatures.size(), 2);
        QCOMPARE(m_yearly.signatures.at(0).name, QStringLiteral("Lê Thu Hà"));
        QCOMPARE(m_yearly.signatures.at(1).name, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(m_yearly.tables.size(), 7);
    }

    void householdsEqualTheRegisters()
    {
        const ReportTable *t = tableOf(m_yearly, QStringLiteral("I."));
        QVERIFY(t);
        CommuneSummary summary;
        SHT_VERIFY_OK(StatisticsRepository(m_db).summary(&summary));
        QCOMPARE(t->rows.size(), summary.villages.size());
        QCOMPARE(sum(*t, QStringLiteral("households")), qint64(summary.households));
        for (const VillageSummary &v : summary.villages) {
            const ReportRow *r = rowOf(*t, QStringLiteral("village"), v.name);
            QVERIFY2(r, qPrintable(v.name));
            QCOMPARE(r->values.value(QStringLiteral("households")).toInt(), v.households);
        }
        const int registered = RegistrationRepository(m_db).count(m_year, Title::LearningFamily);
        const int recognised = recognitions(m_db, m_year, Title::LearningFamily);
        QCOMPARE(sum(*t, QStringLiteral("registered")), qint64(registered));
        QCOMPARE(sum(*t, QStringLiteral("recognised")), qint64(recognised));
        QVERIFY2(recognised > 0 && recognised < registered, qPrintable(QString::number(recognised)));
        QVERIFY(t->totalsRow);
        QVERIFY(!t->columns.at(4).target.contains(QLatin1Char('{')));
        QVERIFY2(t->columns.at(4).target.contains(QStringLiteral("%")), qPrintable(t->columns.at(4).target));
    }

    void clansVillagesUnitsEqualTheRegisters()
    {
        const ReportTable *clans = tableOf(m_yearly, QStringLiteral("II."));
        const ReportTable *villages = tableOf(m_yearly, QStringLiteral("III."));
        const ReportTable *units = tableOf(m_yearly, QStringLiteral("IV."));
        QVERIFY(clans && villages && units);
        QCOMPARE(sum(*clans, QStringLiteral("clans")), qint64(ClanRepository(m_db).all().size()));
        QCOMPARE(sum(*villages, QStringLiteral("villages")),
                 qint64(AdminUnitRepository(m_db).villages().size()));
        QCOMPARE(sum(*units, QStringLiteral("units")), qint64(LocalUnitRepository(m_db).all().size()));
        QCOMPARE(sum(*clans, QStringLiteral("recognised")),
                 qint64(recognitions(m_db, m_year, Title::LearningClan)));
        QCOMPARE(sum(*villages, QStringLiteral("recognised")),
                 qint64(recognitions(m_db, m_year, Title::LearningVillage)));
        QCOMPARE(sum(*units, QStringLiteral("recognised")),
                 qint64(recognitions(m_db, m_year, Title::LearningUnit)));
        QCOMPARE(sum(*units, QStringLiteral("registered")),
                 qint64(RegistrationRepository(m_db).count(m_year, Title::LearningUnit)));
    }

    void citizensAddUpAcrossTables()
    {
        const ReportTable *citizens = tableOf(m_yearly, QStringLiteral("V."));
        const ReportTable *groups = tableOf(m_yearly, QStringLiteral("VI."));
        QVERIFY(citizens && groups);
        const int recognised = recognitions(m_db, m_year, Title::LearningCitizen);
        QVERIFY(recognised > 0);
        QCOMPARE(sum(*citizens, QStringLiteral("residents_recognised")), qint64(recognised));
        QCOMPARE(sum(*groups, QStringLiteral("recognised")), qint64(recognised));
        QCOMPARE(sum(*groups, QStringLiteral("men")) + sum(*groups, QStringLiteral("women")),
                 qint64(recognised));
        // Two different queries (the dashboard's and the age groups') count the same adults.
        QCOMPARE(sum(*groups, QStringLiteral("residents")), sum(*citizens, QStringLiteral("residents")));
        // Every citizen registered is an adult resident: registrations bound the residents from below.
        QVERIFY(sum(*citizens, QStringLiteral("residents")) >=
                RegistrationRepository(m_db).count(m_year, Title::LearningCitizen));
        QCOMPARE(groups->rows.size(), 3);
    }

    void centreCoursesEqualTheAttendance()
    {
        const ReportTable *centre = tableOf(m_yearly, QStringLiteral("VII."));
        QVERIFY(centre);
        LearningCentreRepository repository(m_db);
        const auto c = repository.centre();
        QVERIFY(c);
        int courses = 0;
        int sessions = 0;
        int learners = 0;
        for (const Course &course : repository.courses(c->id)) {
            if (course.startDate.year() != m_year)
                continue;
            ++courses;
            QSet<qint64> people;
            const QList<CourseSession> list = repository.sessions(course.id);
            sessions += int(list.size());
            for (const CourseSession &s : list)
                for (qint64 person : repository.attendees(s.id))
                    people.insert(person);
            learners += int(people.size());
        }
        QCOMPARE(centre->rows.size(), courses);
        QCOMPARE(sum(*centre, QStringLiteral("sessions")), qint64(sessions));
        QCOMPARE(sum(*centre, QStringLiteral("learners")), qint64(learners));
        QVERIFY2(centre->caption.contains(QStringLiteral("xếp loại")), qPrintable(centre->caption));
    }

    void oneVillageIsItsRow()
    {
        const AdminUnit village = AdminUnitRepository(m_db).villages().constFirst();
        ReportParameters p;
        p.villageUuid = village.uuid;
        ReportDocument d;
        SHT_VERIFY_OK(build(QStringLiteral("yearly"), d, p));
        QVERIFY(d.subtitle.endsWith(village.name));
        QVERIFY(!tableOf(d, QStringLiteral("VII."))); // the centre is the commune's
        const ReportTable *mine = tableOf(d, QStringLiteral("I."));
        const ReportTable *all = tableOf(m_yearly, QStringLiteral("I."));
        QCOMPARE(mine->rows.size(), 1);
        QCOMPARE(mine->rows.first().values, rowOf(*all, QStringLiteral("village"), village.name)->values);

        p.villageUuid = QStringLiteral("not-a-village");
        const Status s = build(QStringLiteral("yearly"), d, p);
        QVERIFY(!s.ok());
        QVERIFY(s.message().contains(QStringLiteral("village")));
    }

    void yearWithoutDataSaysWhatToDo_data()
    {
        QTest::addColumn<QString>("report");
        QTest::newRow("yearly") << QStringLiteral("yearly");
        QTest::newRow("tt25-dossier") << QStringLiteral("tt25-dossier");
    }

    void yearWithoutDataSaysWhatToDo()
    {
        QFETCH(QString, report);
        ReportParameters p;
        p.year = 2001;
        ReportDocument d;
        const Status s = build(report, d, p);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("press Evaluate (F5) first")), qPrintable(s.message()));
    }

    void layoutDecidesTablesAndColumns()
    {
        // A province wants only households, with the share before the counts and no registrations.
        QVERIFY(QDir().mkpath(ReportLayout::overrideFolder()));
        QFile file(QDir(ReportLayout::overrideFolder()).filePath(QStringLiteral("yearly.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({ "name": "yearly", "title": "BÁO CÁO TỈNH", "tables": [ { "key": "households",
            "totalsRow": true, "columns": [ { "figure": "village", "header": "Thôn" },
            { "figure": "recognised_share", "header": "Tỷ lệ", "kind": "percent", "numerator": "recognised",
              "denominator": "households" },
            { "figure": "households", "header": "Hộ", "kind": "integer", "summed": true },
            { "figure": "recognised", "header": "Công nhận", "kind": "integer", "summed": true } ] } ] })");
        file.close();
        ReportDocument d;
        SHT_VERIFY_OK(build(QStringLiteral("yearly"), d));
        QCOMPARE(d.title, QStringLiteral("BÁO CÁO TỈNH"));
        QCOMPARE(d.tables.size(), 1);
        QStringList figures;
        for (const ReportColumn &c : d.tables.first().columns)
            figures << c.figure;
        QCOMPARE(figures, QStringList({"village", "recognised_share", "households", "recognised"}));

        // A figure the report does not make is refused by name.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({ "name": "yearly", "tables": [ { "key": "households", "columns": [
            { "figure": "village", "header": "Thôn" }, { "figure": "outstanding", "header": "Xuất sắc" } ] } ] })");
        file.close();
        const Status s = build(QStringLiteral("yearly"), d);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("no figure \"outstanding\"")), qPrintable(s.message()));
    }

    void tt25DossierListsEveryIndicator()
    {
        ReportDocument d;
        SHT_VERIFY_OK(build(QStringLiteral("tt25-dossier"), d));
        QCOMPARE(d.tables.size(), 1);
        const CatalogueLibrary library = CatalogueLibrary::load(m_db);
        const Catalogue *catalogue = library.catalogueFor(Title::LearningCommune, m_year);
        QVERIFY(catalogue);
        QCOMPARE(d.tables.first().rows.size(), catalogue->criteria.size() + catalogue->indicators().size());
        const QSet<QString> results{QStringLiteral("Đạt"), QStringLiteral("Không đạt"),
                                    QStringLiteral("Chờ hội đồng")};
        int emphasised = 0;
        for (const ReportRow &r : d.tables.first().rows) {
            QVERIFY2(results.contains(r.values.value(QStringLiteral("result")).toString()),
                     qPrintable(r.values.value(QStringLiteral("code")).toString()));
            QVERIFY(!r.values.value(QStringLiteral("requirement")).toString().isEmpty());
            emphasised += r.emphasised;
        }
        QCOMPARE(emphasised, catalogue->criteria.size());
        QVERIFY(d.paragraphs.size() >= 3);
        QVERIFY2(d.paragraphs.first().contains(QStringLiteral("25/2023")), qPrintable(d.paragraphs.first()));
        QVERIFY(d.subtitle.contains(QString::number(m_year)));
    }

    void tt24SummaryForAUnit()
    {
        QString unitUuid;
        for (const SubjectEvaluation &e : EvaluationRepository(m_db).results(m_year, Title::LearningUnit))
            unitUuid = e.subjectUuid; // TT 24 or the older 448 criteria: the summary is the same table
        QVERIFY(!unitUuid.isEmpty());
        ReportParameters p;
        p.subjectUuid = unitUuid;
        ReportDocument d;
        SHT_VERIFY_OK(build(QStringLiteral("tt24-summary"), d, p));
        QVERIFY(!d.tables.first().rows.isEmpty());
        QVERIFY(!d.paragraphs.isEmpty());
        p.subjectUuid.clear();
        QVERIFY(!build(QStringLiteral("tt24-summary"), d, p).ok());
        p.subjectUuid = QStringLiteral("nobody");
        const Status s = build(QStringLiteral("tt24-summary"), d, p);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("Evaluate (F5)")), qPrintable(s.message()));
    }

    void workbookTotalsEqualCounts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("yearly.xlsx"));
        SHT_VERIFY_OK(XlsxReportWriter().write(m_yearly, path));
        QString error;
        const QJsonObject dump = test::dumpXlsx(path, &error);
        QVERIFY2(!dump.isEmpty(), qPrintable(error));
        // Find the households table's totals row ("Toàn xã" in column A, first occurrence).
        const QJsonObject cells = dump.value(QStringLiteral("cells")).toObject();
        int totalsRow = 0;
        for (int r = 1; r < 200 && !totalsRow; ++r)
            if (cells.value(QStringLiteral("A%1").arg(r))
                    .toObject()
                    .value(QStringLiteral("value"))
                    .toString() == QStringLiteral("Toàn xã"))
                totalsRow = r;
        QVERIFY(totalsRow > 0);
        const ReportTable *t = tableOf(m_yearly, QStringLiteral("I."));
        const int first = totalsRow - int(t->rows.size());
        const QJsonObject b = test::cellOf(dump, QStringLiteral("B%1").arg(totalsRow));
        QCOMPARE(b.value(QStringLiteral("value")).toString(),
                 QStringLiteral("=SUM(B%1:B%2)").arg(first).arg(totalsRow - 1));
        QCOMPARE(qint64(b.value(QStringLiteral("cached")).toDouble()), sum(*t, QStringLiteral("households")));
        QCOMPARE(qint64(test::cellOf(dump, QStringLiteral("D%1").arg(totalsRow))
                            .value(QStringLiteral("cached"))
                            .toDouble()),
                 qint64(recognitions(m_db, m_year, Title::LearningFamily)));
    }

    // LibreOffice (an independent spreadsheet) opens the workbook and its csv holds the totals.
    void libreOfficeOpensIt()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("yearly.xlsx"));
        SHT_VERIFY_OK(XlsxReportWriter().write(m_yearly, path));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path()); // its own profile: no clash with a running office
        process.setProcessEnvironment(env);
        // Filter options: comma, double quotes, UTF-8 (76), from the first line.
        process.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1"),
                                QStringLiteral("--outdir"), dir.path(), path});
        QVERIFY(process.waitForFinished(180000));
        QFile csv(dir.filePath(QStringLiteral("yearly.csv")));
        QVERIFY2(csv.open(QIODevice::ReadOnly),
                 qPrintable(QString::fromUtf8(process.readAllStandardError())));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'));
        const ReportTable *t = tableOf(m_yearly, QStringLiteral("I."));
        QString totals;
        for (const QString &line : lines)
            if (csvFields(line).constFirst() == QStringLiteral("Toàn xã") && totals.isEmpty())
                totals = line;
        QVERIFY2(!totals.isEmpty(), qPrintable(lines.join(QLatin1Char('\n')).left(2000)));
        // Figures are shown as formatted ("1,239" in LibreOffice's default locale): compare the digits.
        const QStringList fields = csvFields(totals);
        const auto digits = [&fields](int i) {
            return fields.value(i).remove(QRegularExpression(QStringLiteral("[^0-9]"))).toLongLong();
        };
        QVERIFY2(fields.size() >= 5, qPrintable(totals));
        QCOMPARE(digits(1), sum(*t, QStringLiteral("households")));
        QCOMPARE(digits(2), sum(*t, QStringLiteral("registered")));
        QCOMPARE(digits(3), sum(*t, QStringLiteral("recognised")));
        QVERIFY2(fields.at(4).endsWith(QLatin1Char('%')), qPrintable(totals));
    }
};

QTEST_GUILESS_MAIN(TestStatisticsReports)
#include "tst_statistics_reports.moc"
