#include "../cli/CliRun.h"
#include "AdminUnitRepository.h"
#include "CitizenId.h"
#include "DemoCommuneGenerator.h"
#include "DocumentSettings.h"
#include "Sex.h"
#include "StatisticsRepository.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace sht;

namespace {

// Every row of every table, except what is about the moment of writing (audit times, and the meta table's
// database_uuid and created_at): the same seed gives the same rows, not a byte-identical file.
QByteArray contentHash(const QString &path, int *rows = nullptr)
{
    Database db;
    if (!db.open(path, Database::Mode::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "AND name <> 'meta' ORDER BY name"));
    int count = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        while (q.next()) {
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                if (!(table == QLatin1String("audit_log") && record.fieldName(i) == QLatin1String("at")))
                    hash.addData(q.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
            ++count;
        }
    }
    if (rows)
        *rows = count;
    return hash.result().toHex();
}

double scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toDouble();
}

// The lived year as the pages read it: every verdict and every recognition by subject (not the moments of
// writing, which differ from run to run).
QStringList outcomes(Database &db, int year)
{
    QStringList lines;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT e.title, e.subject_uuid, e.verdict, e.level, coalesce(r.decision_number, ''),"
        " coalesce(r.decision_date, ''), coalesce(r.signer, '') FROM evaluation e LEFT JOIN recognition r"
        " ON r.year = e.year AND r.title = e.title AND r.subject_uuid = e.subject_uuid WHERE e.year = ?"
        " ORDER BY e.title, e.subject_uuid"));
    q.addBindValue(year);
    if (!q.exec())
        qFatal("outcomes query failed");
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 7; ++i)
            fields << q.value(i).toString();
        lines << fields.join(QLatin1Char('|'));
    }
    return lines;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private:
    test::TempCommune m_temp;
    QString m_path;
    Database m_db;
    DemoReport m_report;
    Database m_lived;
    DemoReport m_livedReport;

    static DemoOptions livedOptions()
    {
        DemoOptions options;
        options.people = 1500;
        options.seed = 77;
        options.livedYears = {2024, 2025};
        return options;
    }

    // A small commune that lived 2024 and 2025, made once for the tests that read it.
    Database &livedDb()
    {
        if (!m_lived.isOpen()) {
            const QString path = m_temp.path(QStringLiteral("lived.sqlite"));
            QElapsedTimer timer;
            timer.start();
            const Status status = DemoCommuneGenerator::createFile(path, livedOptions(), &m_livedReport);
            if (!status || !m_lived.open(path, Database::Mode::ReadOnly))
                qFatal("the lived demo could not be made: %s", qPrintable(status.message()));
            qInfo("lived demo (1,500 people, 2 years): %.1f s", timer.elapsed() / 1000.0);
        }
        return m_lived;
    }

private slots:
    void initTestCase()
    {
        m_path = m_temp.path(QStringLiteral("demo.sqlite"));
        DemoOptions options; // the default commune, ≈ 1,800 households
        SHT_VERIFY_OK(DemoCommuneGenerator::createFile(m_path, options, &m_report));
        SHT_VERIFY_OK(m_db.open(m_path, Database::Mode::ReadOnly));
    }

    void sameSeedSameFileContents()
    {
        DemoOptions options;
        options.people = 600;
        options.seed = 42;
        const QString a = m_temp.path(QStringLiteral("a.sqlite"));
        const QString b = m_temp.path(QStringLiteral("b.sqlite"));
        const QString c = m_temp.path(QStringLiteral("c.sqlite"));
        SHT_VERIFY_OK(DemoCommuneGenerator::createFile(a, options));
        SHT_VERIFY_OK(DemoCommuneGenerator::createFile(b, options));
        options.seed = 43;
        SHT_VERIFY_OK(DemoCommuneGenerator::createFile(c, options));
        int rows = 0;
        const QByteArray first = contentHash(a, &rows);
        QVERIFY(rows > 600 * 3); // people, memberships and their audit entries at least
        QCOMPARE(contentHash(b), first);
        QVERIFY(contentHash(c) != first);
    }

    void defaultSizeAndShape()
    {
        QVERIFY2(m_report.households >= 1700 && m_report.households <= 1900,
                 qPrintable(QString::number(m_report.households)));
        QVERIFY(m_report.people >= 6450);
        const double mean = double(m_report.people) / m_report.households;
        QVERIFY2(mean > 3.45 && mean < 3.75, qPrintable(QString::number(mean)));
        QCOMPARE(m_report.localUnits, 8);
        QVERIFY(m_report.clans >= 5);
        QVERIFY(m_report.courses >= 24);
        QVERIFY(m_report.attendances > 500);

        CommuneSummary summary;
        SHT_VERIFY_OK(StatisticsRepository(m_db).summary(&summary));
        QCOMPARE(summary.households, m_report.households);
        QCOMPARE(summary.people, m_report.people);
        QCOMPARE(summary.villages.size(), m_report.villages);
        bool hasResidentialGroup = false;
        for (const VillageSummary &v : summary.villages) {
            QVERIFY2(v.households > 50, qPrintable(v.name));
            hasResidentialGroup |= v.kind == QLatin1String("residential_group");
        }
        QVERIFY(hasResidentialGroup);
        // One village was merged in 2025 and is kept as history.
        QCOMPARE(AdminUnitRepository(m_db).villages(true).size(), summary.villages.size() + 1);
    }

    void householdSizesAreRealistic()
    {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("SELECT n, count(*) FROM (SELECT household_id, count(*) AS n FROM membership "
                              "WHERE valid_to IS NULL GROUP BY household_id) GROUP BY n ORDER BY n"));
        QMap<int, int> sizes;
        int total = 0;
        while (q.next()) {
            sizes[q.value(0).toInt()] = q.value(1).toInt();
            total += q.value(1).toInt();
        }
        QVERIFY(sizes.value(1) > 0.03 * total);   // elders living alone exist
        QVERIFY(sizes.value(4) > sizes.value(7)); // four is common, seven is rare
        QVERIFY(sizes.lastKey() <= 10);
        QCOMPARE(
            scalar(m_db, QStringLiteral("SELECT count(*) FROM household h WHERE NOT EXISTS (SELECT 1 FROM "
                                        "membership m WHERE m.household_id = h.id AND m.relation = 'head' "
                                        "AND m.valid_to IS NULL)")),
            0.0);
    }

    void mothersAgesAtBirthArePlausible()
    {
        // Children of the head's couple: the woman of the couple is their mother.
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral(
            "SELECT CAST(substr(c.birth_date, 1, 4) AS INTEGER) - CAST(substr(w.birth_date, 1, 4) AS INTEGER)"
            " FROM membership mc JOIN person c ON c.id = mc.person_id"
            " JOIN membership mw ON mw.household_id = mc.household_id AND mw.valid_to IS NULL"
            "  AND mw.relation IN ('head', 'spouse')"
            " JOIN person w ON w.id = mw.person_id AND w.sex = 'female'"
            " WHERE mc.relation = 'child' AND mc.valid_to IS NULL"));
        int count = 0;
        while (q.next()) {
            const int age = q.value(0).toInt();
            QVERIFY2(age >= 16 && age <= 45, qPrintable(QString::number(age)));
            ++count;
        }
        QVERIFY(count > 1000);
    }

    void childrenDoNotShareAParentsGivenName()
    {
        QCOMPARE(
            scalar(
                m_db,
                QStringLiteral(
                    "SELECT count(*) FROM membership mc JOIN person c ON c.id = mc.person_id"
                    " JOIN membership mp ON mp.household_id = mc.household_id AND mp.valid_to IS NULL"
                    "  AND mp.relation IN ('head', 'spouse') JOIN person p ON p.id = mp.person_id"
                    " WHERE mc.relation = 'child' AND mc.valid_to IS NULL AND c.given_name = p.given_name")),
            0.0);
    }

    void ageStructureIsPlausible()
    {
        const double people = scalar(m_db, QStringLiteral("SELECT count(*) FROM person"));
        const double children =
            scalar(m_db, QStringLiteral("SELECT count(*) FROM person WHERE "
                                        "CAST(substr(birth_date, 1, 4) AS INTEGER) > 2010"));
        const double elderly =
            scalar(m_db, QStringLiteral("SELECT count(*) FROM person WHERE "
                                        "CAST(substr(birth_date, 1, 4) AS INTEGER) <= 1965"));
        QVERIFY2(children / people > 0.15 && children / people < 0.35,
                 qPrintable(QString::number(children / people)));
        QVERIFY2(elderly / people > 0.08 && elderly / people < 0.30,
                 qPrintable(QString::number(elderly / people)));
        // Some elders are known by their birth year only.
        QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM person WHERE length(birth_date) = 4")) >
                20);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM person WHERE birth_date = ''")), 0.0);
    }

    void idsAreValidUniqueAndConsistent()
    {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral(
            "SELECT citizen_id, sex, substr(birth_date, 1, 4) FROM person WHERE citizen_id <> ''"));
        int cccd = 0;
        int cmnd = 0;
        while (q.next()) {
            QString error;
            const CitizenId id = CitizenId::parse(q.value(0).toString(), &error);
            QVERIFY2(error.isEmpty(), qPrintable(q.value(0).toString() + QLatin1Char(' ') + error));
            const QString mismatch =
                id.checkAgainst(sexFromStorage(q.value(1).toString()), q.value(2).toInt());
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            (id.kind() == CitizenId::Kind::Cccd ? cccd : cmnd)++;
        }
        QVERIFY(cccd > 3000);
        QVERIFY(cmnd > 10);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) - count(DISTINCT citizen_id) FROM person "
                                             "WHERE citizen_id <> ''")),
                 0.0);
    }

    void educationFollowsAge()
    {
        // Old-system grades (x/10) only for people born before 1975; pupils carry their current grade.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM person WHERE education LIKE '%/10' "
                                             "AND CAST(substr(birth_date, 1, 4) AS INTEGER) >= 1975")),
                 0.0);
        QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM person WHERE education LIKE '%/10'")) >
                300);
        QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM person WHERE school_status = 'enrolled'")) >
                800);
        QVERIFY(scalar(m_db, QStringLiteral(
                                 "SELECT count(*) FROM person WHERE school_status = 'not_enrolled'")) > 0);
    }

    void unitsCentreAndClans()
    {
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(DISTINCT unit_id) FROM local_unit_staff")), 8.0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(DISTINCT substr(start_date, 1, 4)) FROM course")),
                 2.0);
        QVERIFY(scalar(m_db, QStringLiteral("SELECT count(DISTINCT person_id) FROM attendance")) > 300);
        // A clan's households follow the father's line: their heads or children carry the clan's family name.
        QVERIFY(
            scalar(m_db,
                   QStringLiteral(
                       "SELECT count(*) FROM clan_household ch JOIN clan c ON c.id = ch.clan_id"
                       " WHERE NOT EXISTS (SELECT 1 FROM membership m JOIN person p ON p.id = m.person_id"
                       "  WHERE m.household_id = ch.household_id AND c.name = 'Họ ' || p.family_name)")) ==
            0.0);
    }

    void defaultDemoLivesNoYear()
    {
        // Without livedYears the file holds the registers only (benchmarks and other tests rely on it).
        for (const char *table : {"registration", "evaluation", "judgement", "recognition"})
            QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0.0);
        QVERIFY(m_report.livedYears.isEmpty());
    }

    void livedYear_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("citizens") << QStringLiteral("learning_citizen");
        QTest::newRow("families") << QStringLiteral("learning_family");
        QTest::newRow("clans") << QStringLiteral("learning_clan");
        QTest::newRow("villages") << QStringLiteral("learning_village");
        QTest::newRow("units") << QStringLiteral("learning_unit");
    }

    // Two lived years on a small commune: every title registered, evaluated and (where met) recognised.
    void livedYear()
    {
        QFETCH(QString, title);
        Database &db = livedDb();
        for (int year : {2024, 2025}) {
            const QString where = QStringLiteral(" WHERE year = %1 AND title = '%2'").arg(year).arg(title);
            const double registered = scalar(db, QStringLiteral("SELECT count(*) FROM registration") + where);
            QVERIFY2(registered > 0, qPrintable(title));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM evaluation") + where), registered);
            const double met = scalar(db, QStringLiteral("SELECT count(*) FROM evaluation") + where +
                                              " AND verdict = 'met'");
            // Only what met is recognised, all of it, under one decision numbered and dated in December.
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM recognition") + where), met);
            if (met > 0) {
                QCOMPARE(
                    scalar(db, QStringLiteral("SELECT count(DISTINCT decision_number) FROM recognition") +
                                   where + " AND decision_number LIKE '%/QĐ-UBND'"),
                    1.0);
                QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM recognition") + where +
                                        QStringLiteral(" AND decision_date LIKE '%1-12-%' AND signer <> ''")
                                            .arg(year)),
                         met);
            }
        }
    }

    void livedYearHasEveryVerdictAndTheCouncilsMinutes()
    {
        Database &db = livedDb();
        for (int year : {2024, 2025}) {
            const QString where = QStringLiteral(" WHERE year = %1").arg(year);
            for (const char *verdict : {"met", "not_met", "pending"})
                QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM evaluation") + where +
                                        QStringLiteral(" AND verdict = '%1'").arg(QLatin1String(verdict))) >
                             0,
                         verdict);
            // The council judged most of the waiting subjects, found some of them short, left a few waiting.
            QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM judgement") + where) > 100);
            QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM judgement") + where + " AND met = 0") >
                    0);
            QCOMPARE(
                scalar(db,
                       QStringLiteral("SELECT count(*) FROM judgement") + where +
                           QStringLiteral(" AND note LIKE 'Biên bản họp hội đồng ngày __/12/%1'").arg(year)),
                scalar(db, QStringLiteral("SELECT count(*) FROM judgement") + where));
            const double judgedSubjects = scalar(
                db, QStringLiteral("SELECT count(DISTINCT title || subject_uuid) FROM judgement") + where);
            const double waiting = scalar(db, QStringLiteral("SELECT count(*) FROM evaluation") + where +
                                                  " AND verdict = 'pending' AND title <> 'learning_commune'");
            QVERIFY2(waiting < judgedSubjects / 3,
                     qPrintable(QStringLiteral("%1 %2").arg(waiting).arg(judgedSubjects)));
        }
        // Judged, registered and recognised through the audited writer, as the demo.
        for (const char *entity : {"registration", "judgement", "recognition"})
            QVERIFY2(
                scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = '%1' AND source "
                                          "LIKE '%demo%'")
                               .arg(QLatin1String(entity))) > 0,
                entity);
        // The papers carry names.
        const reporting::DocumentSettings settings = reporting::DocumentSettings::load(db);
        QVERIFY(!settings.chairmanName.isEmpty());
        QVERIFY(!settings.associationChairmanName.isEmpty());
        QVERIFY(!settings.preparerName.isEmpty());
        QCOMPARE(m_livedReport.livedYears.size(), 2);
        const demo::DemoYearReport &last = m_livedReport.livedYears.constLast();
        QCOMPARE(last.year, 2025);
        QVERIFY(last.met > 0 && last.notMet > 0 && last.waiting > 0);
        QCOMPARE(double(last.recognised),
                 scalar(db, QStringLiteral("SELECT count(*) FROM recognition WHERE year = 2025")));
    }

    void livedYearIsTheSameForASeed()
    {
        Database &db = livedDb();
        const QString again = m_temp.path(QStringLiteral("lived-again.sqlite"));
        SHT_VERIFY_OK(DemoCommuneGenerator::createFile(again, livedOptions()));
        Database other;
        SHT_VERIFY_OK(other.open(again, Database::Mode::ReadOnly));
        for (int year : {2024, 2025}) {
            const QStringList first = outcomes(db, year);
            QVERIFY(first.size() > 500);
            QCOMPARE(outcomes(other, year), first);
        }
        QCOMPARE(scalar(other, QStringLiteral("SELECT count(*) FROM judgement")),
                 scalar(db, QStringLiteral("SELECT count(*) FROM judgement")));
    }

    void cliLivesTheYearsAsked_data()
    {
        QTest::addColumn<QString>("years");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("said");
        QTest::newRow("two years") << QStringLiteral("2024,2025") << 0 << QStringLiteral("Lived 2025:");
        QTest::newRow("spaces") << QStringLiteral("2025, 2024") << 0 << QStringLiteral("Lived 2024:");
        QTest::newRow("not a year") << QStringLiteral("2024,abc") << 1 << QStringLiteral("--lived-years");
        QTest::newRow("twice") << QStringLiteral("2025,2025") << 1 << QStringLiteral("--lived-years");
        QTest::newRow("too early") << QStringLiteral("1999") << 1 << QStringLiteral("--lived-years");
        QTest::newRow("empty") << QString() << 1 << QStringLiteral("--lived-years");
    }

    // sohoctap-cli demo --lived-years: the years lived and said, or refused with nothing written.
    void cliLivesTheYearsAsked()
    {
        QFETCH(QString, years);
        QFETCH(int, exitCode);
        QFETCH(QString, said);
        QVERIFY2(QFile::exists(qEnvironmentVariable("SHT_CLI")), "SHT_CLI must name the sohoctap-cli binary");
        const QString path = m_temp.path(QStringLiteral("cli-%1.sqlite").arg(QTest::currentDataTag()));
        const test::CliRun run =
            test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--people"),
                          QStringLiteral("300"), QStringLiteral("--lived-years"), years});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2((exitCode == 0 ? run.out : run.err).contains(said), qPrintable(run.out + run.err));
        QCOMPARE(QFile::exists(path), exitCode == 0);
        if (exitCode == 0) {
            Database db;
            SHT_VERIFY_OK(db.open(path, Database::Mode::ReadOnly));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT year) FROM recognition")), 2.0);
        }
    }

    void scalesUp()
    {
        DemoOptions options;
        options.people = 20000;
        options.seed = 9;
        DemoReport report;
        SHT_VERIFY_OK(
            DemoCommuneGenerator::createFile(m_temp.path(QStringLiteral("big.sqlite")), options, &report));
        QVERIFY(report.people >= 20000 && report.people < 20020);
        QVERIFY(report.villages >= 20);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
