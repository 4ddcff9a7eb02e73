// Bad input (issue 9): the criteria catalogues, report layouts and certificate designs a province may edit
// are refused with the exact message in the table, naming the file (and the JSON path of the bad field).
// The files are in tests/data/bad/json (written by its make.py). Nothing half-read is returned.
#include "CatalogueLoader.h"
#include "CertificateLayout.h"
#include "ReportLayout.h"
#include "TestSupport.h"

#include <QDir>
#include <QTest>

using namespace sht;

namespace {

QString bad(const QString &name)
{
    return test::dataPath(QStringLiteral("bad/json/") + name);
}

} // namespace

class TstBadJson : public QObject
{
    Q_OBJECT

private slots:
    void catalogues_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QStringLiteral("catalogue-not-json.json")
                                  << QStringLiteral(
                                         "catalogue-not-json.json: line 1: not valid JSON (object is "
                                         "missing after a comma).");
        QTest::newRow("a list, not an object")
            << QStringLiteral("catalogue-list.json")
            << QStringLiteral("catalogue-list.json: the catalogue must be one JSON object { … }.");
        QTest::newRow("format of a newer app")
            << QStringLiteral("catalogue-format-2.json")
            << QStringLiteral(
                   "catalogue-format-2.json: format: format 2 is not known to this version of the app "
                   "(it reads format 1); update the app.\n"
                   "catalogue-format-2.json: pass_rule: the field is missing.\n"
                   "catalogue-format-2.json: pass_rule.kind: the field is missing.");
        QTest::newRow("a whole number beyond int")
            << QStringLiteral("catalogue-huge-number.json")
            << QStringLiteral("catalogue-huge-number.json: first_year: must be a whole number.");
        QTest::newRow("missing file")
            << QStringLiteral("catalogue-missing.json")
            << QStringLiteral("catalogue-missing.json: cannot be read (No such file or directory).");
    }
    void catalogues()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        criteria::Catalogue catalogue;
        QStringList problems;
        const Status s = criteria::CatalogueLoader::loadFile(bad(file), &catalogue, &problems);
        QVERIFY(!s.ok());
        QCOMPARE(s.message(), message);
        QVERIFY(!problems.isEmpty());
        QVERIFY(catalogue == criteria::Catalogue()); // nothing half-read
    }

    void reportLayouts_data()
    {
        // %1: the file's full path, as the clerk sees an override.
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QStringLiteral("layout-not-json.json")
                                  << QStringLiteral(
                                         "%1: line 4: not valid JSON (object is missing after a comma).");
        QTest::newRow("a list, not an object")
            << QStringLiteral("layout-list.json")
            << QStringLiteral("%1: a report layout must be one JSON object { … }.");
        QTest::newRow("fields of the wrong type")
            << QStringLiteral("layout-fields.json")
            << QStringLiteral("%1: colour: unknown field; the known fields here are: name, title, subtitle, "
                              "landscape, sheet, tables, notes.\n"
                              "%1: name: the field is missing.\n"
                              "%1: title: must be text.\n"
                              "%1: landscape: must be true or false.\n"
                              "%1: sheet: a sheet name cannot contain [ ] : * ? / or \\.\n"
                              "%1: tables[0]: must be an object { … }.");
        QTest::newRow("bad table")
            << QStringLiteral("layout-table.json")
            << QStringLiteral("%1: tables[0].columns[0].width: must be a number.\n"
                              "%1: tables[1].columns: a table needs at least one column.\n"
                              "%1: tables[1].key: \"households\" is already the key of another table.");
    }
    void reportLayouts()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        Status error;
        const auto layout = reporting::ReportLayout::loadFile(bad(file), &error);
        QVERIFY(!layout);
        QVERIFY(!error.ok());
        QCOMPARE(error.message(), message.arg(QDir::toNativeSeparators(bad(file))));
    }

    void certificateLayouts_data()
    {
        // %1: the file's full path.
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QStringLiteral("certificate-not-json.json")
                                  << QStringLiteral("The certificate design %1 cannot be used: not valid "
                                                    "JSON at character 66 (unterminated object). Correct the "
                                                    "file or remove it to use the built-in design.");
        QTest::newRow("orientation") << QStringLiteral("certificate-orientation.json")
                                     << QStringLiteral(
                                            "The certificate design %1 cannot be used: orientation.A4 must "
                                            "be \"landscape\" or \"portrait\". Correct the "
                                            "file or remove it to use the built-in design.");
        QTest::newRow("no blocks")
            << QStringLiteral("certificate-no-blocks.json")
            << QStringLiteral(
                   "The certificate design %1 cannot be used: blocks is missing or empty. Correct the "
                   "file or remove it to use the built-in design.");
        QTest::newRow("block outside the page")
            << QStringLiteral("certificate-outside.json")
            << QStringLiteral("The certificate design %1 cannot be used: blocks[0]: x, y, w and h must place "
                              "the block inside the page (fractions from 0 to 1). Correct the "
                              "file or remove it to use the built-in design.");
        QTest::newRow("text too large")
            << QStringLiteral("certificate-size.json")
            << QStringLiteral("The certificate design %1 cannot be used: blocks[0].size must be between 4 "
                              "and 120 points. Correct the "
                              "file or remove it to use the built-in design.");
        QTest::newRow("not a colour")
            << QStringLiteral("certificate-colour.json")
            << QStringLiteral(
                   "The certificate design %1 cannot be used: border.color is not a colour. Correct the "
                   "file or remove it to use the built-in design.");
        QTest::newRow("alignment") << QStringLiteral("certificate-align.json")
                                   << QStringLiteral(
                                          "The certificate design %1 cannot be used: blocks[0].align must be "
                                          "left, center, right or justify. Correct the "
                                          "file or remove it to use the built-in design.");
    }
    void certificateLayouts()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        Status error;
        const auto layout = reporting::CertificateLayout::loadFile(bad(file), &error);
        QVERIFY(!layout);
        QVERIFY(!error.ok());
        QCOMPARE(error.message(), message.arg(bad(file)));
    }
    void everyFileIsInATable()
    {
        // A file added to the corpus without its expected message would test nothing.
        QStringList listed{QStringLiteral("catalogue-format-2.json"),
                           QStringLiteral("catalogue-huge-number.json"),
                           QStringLiteral("catalogue-list.json"),
                           QStringLiteral("catalogue-not-json.json"),
                           QStringLiteral("certificate-align.json"),
                           QStringLiteral("certificate-colour.json"),
                           QStringLiteral("certificate-no-blocks.json"),
                           QStringLiteral("certificate-not-json.json"),
                           QStringLiteral("certificate-orientation.json"),
                           QStringLiteral("certificate-outside.json"),
                           QStringLiteral("certificate-size.json"),
                           QStringLiteral("layout-fields.json"),
                           QStringLiteral("layout-list.json"),
                           QStringLiteral("layout-not-json.json"),
                           QStringLiteral("layout-table.json")};
        QStringList present = QDir(test::dataPath(QStringLiteral("bad/json"))).entryList(QDir::Files);
        present.removeAll(QStringLiteral("make.py"));
        present.sort();
        listed.sort();
        QCOMPARE(present, listed);
    }
};

QTEST_GUILESS_MAIN(TstBadJson)
#include "tst_bad_json.moc"
