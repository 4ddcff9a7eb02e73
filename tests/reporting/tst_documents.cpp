// The minutes of the recognition meeting and the certificates, built from a demo commune evaluated and
// recognised through the services, printed to PDF and read back with poppler: one certificate page per
// recognised household with its recipient's name, A4 and A5 landscape, the minutes' table and counts
// equal to the stored results, and every refusal with its reason.
#include "AdminUnitRepository.h"
#include "CatalogueLibrary.h"
#include "CatalogueRepository.h"
#include "EvaluationRepository.h"
#include "EvaluationService.h"
#include "PdfReportWriter.h"
#include "PdfTools.h"
#include "PersonName.h"
#include "RecognitionRepository.h"
#include "RecognitionService.h"
#include "RegistrationService.h"
#include "ReportSource.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
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

// Families judged on children in school only (1a), so the test knows the verdicts without the council.
Catalogue simpleFamilyCatalogue()
{
    const CatalogueLibrary builtins = CatalogueLibrary::builtins();
    Catalogue family = *builtins.find(QStringLiteral("learning_family.448"), QStringLiteral("2015.1"));
    family.code = QStringLiteral("family.documents");
    family.builtin = false;
    family.passRule = PassRule();
    family.criteria = {family.criteria.constFirst()};
    family.criteria[0].points = 0;
    family.criteria[0].indicators = {family.criteria[0].indicators.constFirst()};
    family.criteria[0].indicators[0].points = 0;
    return family;
}

const ReportSource *source(const ReportSources &sources, const QString &name)
{
    for (const auto &s : sources)
        if (s->info().name == name)
            return s.get();
    return nullptr;
}

// The head's name from the evaluation list's subject name "01.003 – Trần Văn An".
QString headOf(const SubjectEvaluation &e)
{
    const int dash = int(e.subjectName.indexOf(QStringLiteral(" – ")));
    return dash < 0 ? e.subjectName : e.subjectName.mid(dash + 3);
}

// SHT_PDF_OUT=folder keeps the PDFs there to look at them.
QString outPath(const QTemporaryDir &dir, const QString &name)
{
    const QString keep = qEnvironmentVariable("SHT_PDF_OUT");
    return keep.isEmpty() ? dir.filePath(name) : QDir(keep).filePath(name);
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
                 "poppler-utils must be installed: scripts/setup.sh");
        QVERIFY(m_out.isValid());
        m_path = m_temp.demo(400, 7);
        QVERIFY(m_db.open(m_path));
        const QList<AdminUnit> villages = AdminUnitRepository(m_db).villages();
        QVERIFY(villages.size() >= 2);
        m_village = villages.first();
        QVERIFY(RecognitionRepository(m_db).forYear(2025).isEmpty()); // only what this test recognises

        check(CatalogueRepository(m_db).insert(simpleFamilyCatalogue()));
        for (const AdminUnit &v : villages.mid(0, 2))
            check(RegistrationService(m_db).registerVillage(2025, Title::LearningFamily, v.id));
        EvaluationService evaluation(m_db);
        evaluation.setCatalogues({simpleFamilyCatalogue()});
        EvaluationRun run;
        check(evaluation.evaluateYear(2025, {}, &run));

        // Recognise every family of the first village that meets the criteria, and one of the second.
        QStringList first;
        QString other;
        for (const SubjectEvaluation &e : EvaluationRepository(m_db).results(2025, Title::LearningFamily)) {
            if (e.villageName == m_village.name) {
                ++m_evaluated;
                if (e.verdict == Verdict::Met) {
                    first << e.subjectUuid;
                    m_recipients << headOf(e);
                }
            } else if (e.verdict == Verdict::Met && other.isEmpty()) {
                other = e.subjectUuid;
            }
        }
        QVERIFY(first.size() >= 3);
        QVERIFY(!other.isEmpty());
        check(RecognitionService(m_db).recognise(2025, Title::LearningFamily, first,
                                                 QStringLiteral("15/QĐ-UBND"), QDate(2025, 12, 20),
                                                 QStringLiteral("Đặng Quốc Việt")));
        check(RecognitionService(m_db).recognise(2025, Title::LearningFamily, {other},
                                                 QStringLiteral("16/QĐ-UBND"), QDate(2026, 1, 5),
                                                 QStringLiteral("Đặng Quốc Việt")));
    }

    void sourcesAreListed()
    {
        const ReportSources sources = makeDocumentSources();
        QCOMPARE(int(sources.size()), 2);
        const ReportInfo minutes = source(sources, QStringLiteral("minutes"))->info();
        QVERIFY(minutes.needs.testFlag(ReportNeed::VillageRequired));
        QVERIFY(minutes.needs.testFlag(ReportNeed::Title));
        const ReportInfo certificates = source(sources, QStringLiteral("certificates"))->info();
        QVERIFY(certificates.needs.testFlag(ReportNeed::PageSize));
        QVERIFY(certificates.outputs.testFlag(ReportOutput::Pdf));
    }

    void certificatesOnePerRecognisedHousehold_data()
    {
        QTest::addColumn<QString>("pageSize");
        QTest::addColumn<QSizeF>("points");
        QTest::newRow("A5") << QStringLiteral("A5") << QSizeF(595.28, 419.53);
        QTest::newRow("A4") << QStringLiteral("A4") << QSizeF(841.89, 595.28);
    }
    void certificatesOnePerRecognisedHousehold()
    {
        QFETCH(QString, pageSize);
        QFETCH(QSizeF, points);
        const ReportSources sources = makeDocumentSources();
        ReportParameters p;
        p.year = 2025;
        p.villageUuid = m_village.uuid;
        p.title = QStringLiteral("learning_family");
        p.pageSize = pageSize;
        p.documentDate = QDate(2026, 1, 5);
        ReportDocument d;
        check(source(sources, QStringLiteral("certificates"))->build(m_db, p, d, {}));
        QCOMPARE(int(d.certificates.size()), int(m_recipients.size()));
        QCOMPARE(d.certificateLayout, QStringLiteral("learning_family"));
        QCOMPARE(d.tables.size(), 1);
        QCOMPARE(d.tables[0].rows.size(), m_recipients.size());

        QStringList recipients;
        QStringList keys;
        for (const QVariantMap &c : d.certificates) {
            recipients << c.value(QStringLiteral("recipient")).toString();
            keys << PersonName(recipients.last()).sortKey();
            QCOMPARE(c.value(QStringLiteral("village")).toString(), m_village.name);
            QCOMPARE(c.value(QStringLiteral("decision_number")).toString(), QStringLiteral("15/QĐ-UBND"));
            QCOMPARE(c.value(QStringLiteral("decision_date")).toString(), QStringLiteral("20/12/2025"));
            QCOMPARE(c.value(QStringLiteral("signer_name")).toString(), QStringLiteral("Đặng Quốc Việt"));
            QCOMPARE(c.value(QStringLiteral("place_date")).toString().section(QLatin1Char(','), 1).trimmed(),
                     QStringLiteral("ngày 20 tháng 12 năm 2025"));
        }
        QStringList expected = m_recipients;
        QStringList sortedActual = recipients;
        expected.sort();
        sortedActual.sort();
        QCOMPARE(sortedActual, expected);
        QStringList sortedKeys = keys;
        std::sort(sortedKeys.begin(), sortedKeys.end());
        QCOMPARE(keys, sortedKeys); // Vietnamese order: given name first

        const QString path = outPath(m_out, QStringLiteral("demo-certificates-%1.pdf").arg(pageSize));
        QElapsedTimer timer;
        timer.start();
        check(PdfReportWriter().writePdf(d, path));
        qInfo("%d certificates (%s): %lld ms", int(d.certificates.size()), qPrintable(pageSize),
              timer.elapsed());
        QCOMPARE(test::pdfPages(path), int(m_recipients.size()));
        const QSizeF size = test::pdfPageSize(path);
        QVERIFY2(qAbs(size.width() - points.width()) < 1 && qAbs(size.height() - points.height()) < 1,
                 qPrintable(test::pdfInfo(path, QStringLiteral("Page size"))));
        for (int page = 1; page <= recipients.size(); ++page) {
            const QString text = test::pdfText(path, page);
            QVERIFY2(
                text.contains(recipients[page - 1]),
                qPrintable(QStringLiteral("page %1 lacks %2: %3").arg(page).arg(recipients[page - 1], text)));
            QVERIFY(text.contains(QStringLiteral("GIẤY CÔNG NHẬN")));
            QVERIFY(text.contains(QStringLiteral("GIA ĐÌNH HỌC TẬP")));
            QVERIFY(text.contains(m_village.name));
            for (const QString &other : recipients)
                if (other != recipients[page - 1] && !recipients[page - 1].contains(other))
                    QVERIFY2(!text.contains(other), qPrintable(other));
        }
    }

    void certificatesForTheWholeCommune()
    {
        const ReportSources sources = makeDocumentSources();
        ReportParameters p;
        p.year = 2025;
        p.title = QStringLiteral("learning_family");
        ReportDocument d;
        check(source(sources, QStringLiteral("certificates"))->build(m_db, p, d, {}));
        QCOMPARE(int(d.certificates.size()), int(m_recipients.size()) + 1);
        QCOMPARE(d.pageSize, QStringLiteral("A4"));
        int second = 0;
        for (const QVariantMap &c : d.certificates)
            if (c.value(QStringLiteral("decision_number")).toString() == QStringLiteral("16/QĐ-UBND"))
                ++second;
        QCOMPARE(second, 1);
    }

    // Citizens are recognised by the study association (its name heads the certificate, its chairman
    // signs); a village's certificate names the village. Recorded as the recognition dialog's repository
    // does (audited), without sitting the council on every indicator.
    void citizenAndVillageCertificates()
    {
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("SELECT p.uuid, p.full_name FROM person p JOIN membership m ON m.person_id = p.id"
                           " AND m.valid_to IS NULL JOIN household h ON h.id = m.household_id"
                           " WHERE h.village_id = ? ORDER BY p.id LIMIT 2"));
        q.addBindValue(m_village.id);
        QVERIFY(q.exec());
        QStringList citizens;
        while (q.next()) {
            Recognition r;
            r.year = 2025;
            r.title = Title::LearningCitizen;
            r.subjectKind = SubjectKind::Person;
            r.subjectUuid = q.value(0).toString();
            r.decisionNumber = QStringLiteral("20/QĐ-HKH");
            r.decisionDate = QDate(2025, 12, 28);
            check(RecognitionRepository(m_db).insert(r));
            citizens << q.value(1).toString();
        }
        QCOMPARE(citizens.size(), 2);
        Recognition village;
        village.year = 2025;
        village.title = Title::LearningVillage;
        village.subjectKind = SubjectKind::Village;
        village.subjectUuid = m_village.uuid;
        village.decisionNumber = QStringLiteral("21/QĐ-UBND");
        village.decisionDate = QDate(2025, 12, 29);
        check(RecognitionRepository(m_db).insert(village));

        const ReportSources sources = makeDocumentSources();
        ReportParameters p;
        p.year = 2025;
        p.villageUuid = m_village.uuid;
        p.title = QStringLiteral("learning_citizen");
        ReportDocument d;
        check(source(sources, QStringLiteral("certificates"))->build(m_db, p, d, {}));
        QCOMPARE(d.certificates.size(), 2);
        for (const QVariantMap &c : d.certificates) {
            QVERIFY(c.value(QStringLiteral("issuing_body"))
                        .toString()
                        .startsWith(QStringLiteral("HỘI KHUYẾN HỌC")));
            QCOMPARE(c.value(QStringLiteral("authority_line")).toString(),
                     QStringLiteral("TM. BAN CHẤP HÀNH"));
            QVERIFY(citizens.contains(c.value(QStringLiteral("recipient")).toString()));
        }
        const QString path = outPath(m_out, QStringLiteral("citizens.pdf"));
        check(PdfReportWriter().writePdf(d, path));
        QCOMPARE(test::pdfPages(path), 2);
        for (int page = 1; page <= 2; ++page) {
            const QString text = test::pdfText(path, page);
            QVERIFY(text.contains(QStringLiteral("CÔNG DÂN HỌC TẬP")));
            QVERIFY(text.contains(d.certificates[page - 1].value(QStringLiteral("recipient")).toString()));
            QVERIFY(text.contains(QStringLiteral("HỘI KHUYẾN HỌC")));
        }

        p.villageUuid.clear();
        p.title = QStringLiteral("learning_village");
        ReportDocument v;
        check(source(sources, QStringLiteral("certificates"))->build(m_db, p, v, {}));
        QCOMPARE(v.certificates.size(), 1);
        QCOMPARE(v.certificates[0].value(QStringLiteral("recipient")).toString(), m_village.name);
        const QString villagePath = outPath(m_out, QStringLiteral("village.pdf"));
        check(PdfReportWriter().writePdf(v, villagePath));
        const QString text = test::pdfText(villagePath);
        QVERIFY(text.contains(QStringLiteral("CỘNG ĐỒNG HỌC TẬP CẤP THÔN")));
        QVERIFY(text.contains(m_village.name));
        QVERIFY(!text.contains(QStringLiteral(", ,")));
    }

    void minutesListEveryEvaluatedHousehold()
    {
        const ReportSources sources = makeDocumentSources();
        ReportParameters p;
        p.year = 2025;
        p.villageUuid = m_village.uuid;
        p.title = QStringLiteral("learning_family");
        p.documentDate = QDate(2026, 1, 5);
        ReportDocument d;
        check(source(sources, QStringLiteral("minutes"))->build(m_db, p, d, {}));
        QCOMPARE(d.title, QStringLiteral("BIÊN BẢN"));
        QVERIFY(d.subtitle.contains(QStringLiteral("Gia đình học tập")));
        QVERIFY(d.subtitle.contains(m_village.name));
        QCOMPARE(d.tables.size(), 1);
        QCOMPARE(d.tables[0].rows.size(), m_evaluated);
        int met = 0;
        for (const ReportRow &row : d.tables[0].rows)
            met += row.values.value(QStringLiteral("result")).toString() == QStringLiteral("Đạt");
        QCOMPARE(met, int(m_recipients.size()));
        QCOMPARE(d.signatures.size(), 2);

        const QString path = outPath(m_out, QStringLiteral("minutes.pdf"));
        check(PdfReportWriter().writePdf(d, path));
        const QString text = test::pdfText(path);
        for (const QString &expected :
             {QStringLiteral("BIÊN BẢN"), QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              QStringLiteral("ngày 05 tháng 01 năm 2026"), QStringLiteral("THƯ KÝ"),
              QStringLiteral("CHỦ TRÌ CUỘC HỌP"),
              QStringLiteral("Tổng hợp: %1 hộ được xét; %2 hộ đạt").arg(m_evaluated).arg(met),
              QStringLiteral("Thời gian:"), QStringLiteral("Địa điểm:"), m_recipients.first()})
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in ") + text.left(800)));
        QVERIFY(test::pdfPages(path) >= 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("village");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("pageSize");
        QTest::addColumn<QString>("reason");
        QTest::newRow("minutes need a village") << "minutes" << 2025 << false << "learning_family"
                                                << "A4"
                                                << "village";
        QTest::newRow("minutes need a title") << "minutes" << 2025 << true << ""
                                              << "A4"
                                              << "title";
        QTest::newRow("nothing evaluated") << "minutes" << 2024 << true << "learning_family"
                                           << "A4"
                                           << "evaluate the year";
        QTest::newRow("nothing recognised") << "certificates" << 2024 << true << "learning_family"
                                            << "A4"
                                            << "Record the recognition";
        QTest::newRow("no certificate for a rating") << "certificates" << 2025 << true << "centre_rating"
                                                     << "A4"
                                                     << "title";
        QTest::newRow("A3") << "certificates" << 2025 << true << "learning_family"
                            << "A3"
                            << "A4 or A5";
    }
    void refusals()
    {
        QFETCH(QString, report);
        QFETCH(int, year);
        QFETCH(bool, village);
        QFETCH(QString, title);
        QFETCH(QString, pageSize);
        QFETCH(QString, reason);
        const ReportSources sources = makeDocumentSources();
        ReportParameters p;
        p.year = year;
        p.villageUuid = village ? m_village.uuid : QString();
        p.title = title;
        p.pageSize = pageSize;
        ReportDocument d;
        const Status s = source(sources, report)->build(m_db, p, d, {});
        QVERIFY(!s);
        QVERIFY2(s.message().contains(reason), qPrintable(s.message()));
    }

    void cancelStops()
    {
        const ReportSources sources = makeDocumentSources();
        ReportParameters p;
        p.year = 2025;
        p.title = QStringLiteral("learning_family");
        ReportDocument d;
        const Status s = source(sources, QStringLiteral("certificates"))->build(m_db, p, d, [](int, int) {
            return false;
        });
        QVERIFY(!s);
        QVERIFY(s.message().isEmpty());
    }

private:
    test::TempCommune m_temp;
    QTemporaryDir m_out;
    QString m_path;
    Database m_db;
    AdminUnit m_village;
    int m_evaluated = 0;
    QStringList m_recipients;
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
