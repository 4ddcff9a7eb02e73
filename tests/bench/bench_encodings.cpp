// Reading a legacy-encoded CSV register (TCVN3, VNI, CP1258) against the same register in UTF-8, end to end
// through readCsv (detection, decoding, separator sniffing, parsing, cleaning every cell), in the same run;
// and glibc's iconv program converting the TCVN3 file as a peer for the decoding alone. The goal (issue 6):
// legacy within 2× of UTF-8. Prints one line of JSON.
// Usage: bench_encodings [--rows N] [--runs R] [--max-ratio X]   (exit 1 when a legacy ratio exceeds X)
#include "CsvReader.h"
#include "DemoNames.h"
#include "DemoRandom.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace sht;
using namespace sht::importing;

namespace {

// A register of `rows` people in households, with the columns and notes of a real one.
QString makeRegister(int rows)
{
    demo::DemoRandom random(11);
    static const QStringList relations{QStringLiteral("Vợ"),       QStringLiteral("Con"),
                                       QStringLiteral("Con trai"), QStringLiteral("Con gái"),
                                       QStringLiteral("Mẹ"),       QStringLiteral("Cháu")};
    static const QStringList education{QStringLiteral("10/10"),     QStringLiteral("12/12"),
                                       QStringLiteral("9/12"),      QStringLiteral("Đại học"),
                                       QStringLiteral("Trung cấp"), QStringLiteral("Không biết chữ")};
    static const QStringList jobs{QStringLiteral("Làm ruộng"), QStringLiteral("Buôn bán"),
                                  QStringLiteral("Công nhân"), QStringLiteral("Học sinh"),
                                  QStringLiteral("Giáo viên"), QStringLiteral("Nội trợ")};
    static const QStringList notes{QString(),
                                   QString(),
                                   QString(),
                                   QStringLiteral("Tạm vắng"),
                                   QStringLiteral("Tạm trú"),
                                   QStringLiteral("Người có công")};
    QString text = QStringLiteral("DANH SÁCH HỘ GIA ĐÌNH THÔN ĐÔNG\n"
                                  "STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Quan hệ với chủ hộ,Dân tộc,"
                                  "Trình độ văn hóa,Nghề nghiệp,Dòng họ,Địa chỉ,Ghi chú\n");
    text.reserve(rows * 130);
    int household = 0;
    for (int i = 0; i < rows; ++i) {
        const bool head = i == 0 || random.chance(0.28);
        const Sex sex = random.chance(0.5) ? Sex::Male : Sex::Female;
        const int year = random.between(1930, 2020);
        const QString family = demo::DemoNames::familyName(random);
        if (head)
            ++household;
        QStringList cells;
        cells << (head ? QString::number(household) : QString())
              << family + u' ' + demo::DemoNames::middleName(random, sex, year) + u' ' +
                     demo::DemoNames::givenName(random, sex, year)
              << QStringLiteral("%1/%2/%3")
                     .arg(random.between(1, 28), 2, 10, QChar(u'0'))
                     .arg(random.between(1, 12), 2, 10, QChar(u'0'))
                     .arg(year)
              << (sex == Sex::Male ? QStringLiteral("Nam") : QStringLiteral("Nữ"))
              << QStringLiteral("0370%1").arg(i, 8, 10, QChar(u'0'))
              << (head ? QStringLiteral("Chủ hộ") : relations.at(random.between(0, relations.size() - 1)))
              << QStringLiteral("Kinh") << education.at(random.between(0, education.size() - 1))
              << jobs.at(random.between(0, jobs.size() - 1)) << QStringLiteral("Họ ") + family
              << QStringLiteral("Xóm %1, thôn Đông").arg(household % 9 + 1)
              << notes.at(random.between(0, notes.size() - 1));
        text += cells.join(u',');
        text += u'\n';
    }
    return text;
}

double readSeconds(const QString &path, int runs, int *rowsRead, QString *encoding)
{
    QList<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        Status status;
        const Workbook wb = readCsv(path, std::nullopt, &status);
        times << timer.nsecsElapsed() / 1e9;
        if (!status.ok()) {
            QTextStream(stderr) << status.message() << Qt::endl;
            return -1;
        }
        *rowsRead = wb.sheets.first().rowCount();
        *encoding = wb.encoding;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

double iconvSeconds(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QProcess iconv;
    iconv.setStandardOutputFile(QProcess::nullDevice());
    iconv.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("TCVN5712-1"),
                                          QStringLiteral("-t"), QStringLiteral("UTF-8"), path});
    if (!iconv.waitForFinished(120000) || iconv.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int rows = 100000, runs = 5;
    double maxRatio = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows"))
            rows = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--runs"))
            runs = qMax(1, args.at(i + 1).toInt());
        if (args.at(i) == QLatin1String("--max-ratio"))
            maxRatio = args.at(i + 1).toDouble();
    }
    QTemporaryDir dir;
    const QString text = makeRegister(rows);
    QJsonObject result{{QStringLiteral("rows"), rows}, {QStringLiteral("runs"), runs}};
    double utf8 = 0;
    bool ok = true;
    for (TextEncoding e :
         {TextEncoding::Unicode, TextEncoding::Tcvn3, TextEncoding::Vni, TextEncoding::Cp1258}) {
        const QString key = textEncodingKey(e);
        const QString path = dir.filePath(key + QStringLiteral(".csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        const QByteArray bytes = encodeBytes(text, e);
        f.write(bytes);
        f.close();
        int rowsRead = 0;
        QString detected;
        const double seconds = readSeconds(path, runs, &rowsRead, &detected);
        if (seconds < 0 || detected != key || rowsRead != rows + 2) {
            QTextStream(stderr) << key << ": read as " << detected << ", " << rowsRead << " rows" << Qt::endl;
            return 3;
        }
        result.insert(key + QStringLiteral("_ms"), seconds * 1000);
        result.insert(key + QStringLiteral("_mb"), bytes.size() / 1e6);
        if (e == TextEncoding::Unicode) {
            utf8 = seconds;
        } else {
            const double ratio = seconds / utf8;
            result.insert(key + QStringLiteral("_ratio_to_utf8"), ratio);
            ok = ok && (maxRatio <= 0 || ratio <= maxRatio);
        }
        if (e == TextEncoding::Tcvn3)
            result.insert(QStringLiteral("iconv_program_tcvn3_decode_only_ms"), iconvSeconds(path) * 1000);
    }
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return ok ? 0 : 1;
}
