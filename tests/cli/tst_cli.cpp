#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

using Run = sht::test::CliRun;

Run cli(const QStringList &arguments)
{
    return sht::test::runCli(arguments);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    sht::test::TempCommune m_temp;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("SHT_CLI")), "SHT_CLI must name the sohoctap-cli binary");
        m_demo = m_temp.path(QStringLiteral("demo.sqlite"));
        const Run run =
            cli({QStringLiteral("demo"), QStringLiteral("--out"), m_demo, QStringLiteral("--people"),
                 QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("11")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("households")), qPrintable(run.out));
        QVERIFY(QFile::exists(m_demo));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("no command") << QStringList{} << 1;
        QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 1;
        QTest::addRow("demo without --out") << QStringList{QStringLiteral("demo")} << 1;
        QTest::addRow("demo bad people")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("/tmp/x.sqlite"),
                           QStringLiteral("--people"), QStringLiteral("many")}
            << 1;
        QTest::addRow("info without file") << QStringList{QStringLiteral("info")} << 1;
        QTest::addRow("unknown option")
            << QStringList{QStringLiteral("info"), QStringLiteral("--colour")} << 1;
        QTest::addRow("help") << QStringList{QStringLiteral("--help")} << 0;
        QTest::addRow("demo help") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")} << 0;
        QTest::addRow("people help") << QStringList{QStringLiteral("people"), QStringLiteral("--help")} << 0;
        QTest::addRow("missing file")
            << QStringList{QStringLiteral("info"), QStringLiteral("/nonexistent/x.sqlite")} << 2;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0)
            QVERIFY2(!run.err.trimmed().isEmpty(), "an error must say what is wrong");
        else
            QVERIFY(run.out.contains(QStringLiteral("Exit codes")));
    }

    void demoRefusesToOverwrite()
    {
        const QByteArray before = sht::test::fileHash(m_demo);
        const Run run = cli({QStringLiteral("demo"), QStringLiteral("--out"), m_demo});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(QStringLiteral("already exists")));
        QCOMPARE(sht::test::fileHash(m_demo), before);
    }

    void infoJson()
    {
        const Run run = cli({QStringLiteral("info"), m_demo, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("commune")).toString(), QStringLiteral("Xã Hòa An"));
        int households = 0;
        int people = 0;
        for (const QJsonValue &v : root.value(QStringLiteral("villages")).toArray()) {
            households += v.toObject().value(QStringLiteral("households")).toInt();
            people += v.toObject().value(QStringLiteral("people")).toInt();
        }
        QVERIFY(households > 100);
        QCOMPARE(households, root.value(QStringLiteral("households")).toInt());
        QCOMPARE(people, root.value(QStringLiteral("people")).toInt());
        QVERIFY(people >= 500);
        QCOMPARE(root.value(QStringLiteral("local_units")).toInt(), 8);

        const Run table = cli({QStringLiteral("info"), m_demo});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral("Tổ dân phố Bắc Sơn")));
    }

    void peopleCsv()
    {
        const Run all = cli({QStringLiteral("people"), m_demo, QStringLiteral("--csv")});
        QCOMPARE(all.exitCode, 0);
        const QStringList lines = all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const Run info = cli({QStringLiteral("info"), m_demo, QStringLiteral("--json")});
        const int people =
            QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("people")).toInt();
        QCOMPARE(lines.size(), people + 1);
        QCOMPARE(lines.at(0),
                 QStringLiteral("Thôn/TDP,Mã hộ,Quan hệ với chủ hộ,Họ và tên,Ngày sinh,Giới tính,"
                                "Số CCCD/CMND,Dân tộc,Trình độ văn hóa,Dòng họ"));
        // The head comes first in each household, written as the register writes it.
        QVERIFY2(lines.at(1).contains(QStringLiteral(",Chủ hộ,")), qPrintable(lines.at(1)));

        const Run village = cli({QStringLiteral("people"), m_demo, QStringLiteral("--csv"),
                                 QStringLiteral("--village"), QStringLiteral("Thôn Đông")});
        QCOMPARE(village.exitCode, 0);
        const QStringList villageLines = village.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(villageLines.size() > 10 && villageLines.size() < lines.size());
        for (const QString &line : villageLines.mid(1))
            QVERIFY2(line.startsWith(QStringLiteral("Thôn Đông,")), qPrintable(line));

        const Run unknown =
            cli({QStringLiteral("people"), m_demo, QStringLiteral("--village"), QStringLiteral("Atlantis")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("Thôn Đông")));
    }

    void check()
    {
        const Run good = cli({QStringLiteral("check"), m_demo});
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.out.contains(QStringLiteral("Integrity: ok")));

        const QString garbage = m_temp.path(QStringLiteral("garbage.sqlite"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is not a database").repeated(500));
        file.close();
        const Run bad = cli({QStringLiteral("check"), garbage});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("not a Sổ Học Tập file")));

        // A commune file with damaged pages: check reports the damage (3); info refuses to open it (2).
        const QString damaged = m_temp.path(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(m_demo, damaged));
        QFile pages(damaged);
        QVERIFY(pages.open(QIODevice::ReadWrite));
        for (qint64 offset = 8192; offset < pages.size() - 4096; offset += 16384) {
            pages.seek(offset);
            pages.write(QByteArray(2048, '\x5a'));
        }
        pages.close();
        const Run hurt = cli({QStringLiteral("check"), damaged});
        QCOMPARE(hurt.exitCode, 3);
        QVERIFY2(hurt.out.contains(QStringLiteral("Problems found")), qPrintable(hurt.out));
        QCOMPARE(cli({QStringLiteral("info"), damaged}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
