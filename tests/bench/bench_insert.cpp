// Insert rate of the app's write path (PersonRepository: validation-free bulk insert, UUID, audit entry)
// against a raw sqlite3 C API loop writing the same rows in one transaction, in the same run, on the same
// schema. Prints one line of JSON a measurement. Usage: bench_insert [--people N] [--dir DIR]
#include "Database.h"
#include "PersonRepository.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <random>
#include <sqlite3.h>

using namespace sht;

namespace {

QList<Person> makePeople(int count)
{
    static const QStringList families{QStringLiteral("Nguyễn"), QStringLiteral("Trần"),
                                      QStringLiteral("Lê"),     QStringLiteral("Phạm"),
                                      QStringLiteral("Hoàng"),  QStringLiteral("Đỗ")};
    static const QStringList middles{QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Đức"),
                                     QStringLiteral("Thu"), QStringLiteral("Minh")};
    static const QStringList givens{QStringLiteral("An"),    QStringLiteral("Hà"),  QStringLiteral("Dũng"),
                                    QStringLiteral("Hương"), QStringLiteral("Đạt"), QStringLiteral("Thủy"),
                                    QStringLiteral("Long"),  QStringLiteral("Ngọc")};
    std::mt19937 random(7);
    QList<Person> people;
    people.reserve(count);
    for (int i = 0; i < count; ++i) {
        Person p;
        p.name =
            PersonName::fromParts(families.at(random() % families.size()),
                                  middles.at(random() % middles.size()), givens.at(random() % givens.size()));
        p.sex = i % 2 ? Sex::Female : Sex::Male;
        const int year = 1930 + int(random() % 95);
        p.birthDate = PartialDate::fromDate(QDate(year, 1 + int(random() % 12), 1 + int(random() % 28)));
        p.citizenId = CitizenId::parse(QStringLiteral("037%1%2%3")
                                           .arg((year / 100 - 19) * 2 + (i % 2))
                                           .arg(year % 100, 2, 10, QLatin1Char('0'))
                                           .arg(i, 6, 10, QLatin1Char('0')));
        p.ethnicity = QStringLiteral("Kinh");
        p.religion = QStringLiteral("Không");
        p.education = Education::general(9, 12);
        p.occupation = QStringLiteral("Làm ruộng");
        people << p;
    }
    return people;
}

// The column values PersonRepository writes, computed once so the raw loop only writes.
struct Row
{
    QByteArray values[18];
};

Row rowOf(const Person &p)
{
    const QString fields[18] = {QString(),
                                p.name.full(),
                                p.name.family(),
                                p.name.middle(),
                                p.name.given(),
                                p.name.sortKey(),
                                p.name.searchKey(),
                                sexToStorage(p.sex),
                                p.birthDate.toStorage(),
                                p.ethnicity,
                                p.religion,
                                p.citizenId.digits(),
                                p.education.toStorage(),
                                p.occupation,
                                p.phone,
                                QString(),
                                QString(),
                                p.notes};
    Row row;
    for (int i = 0; i < 18; ++i)
        row.values[i] = fields[i].toUtf8();
    return row;
}

double ours(const QString &path, QList<Person> people)
{
    Database db;
    db.setActor({QStringLiteral("bench"), QStringLiteral("import")});
    if (!db.create(path))
        qFatal("cannot create %s", qPrintable(path));
    PersonRepository repository(db);
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(db);
    for (Person &p : people)
        if (!repository.insert(p))
            qFatal("insert failed");
    if (!transaction.commit())
        qFatal("commit failed");
    return timer.nsecsElapsed() / 1e9;
}

double raw(const QString &path, const QList<Row> &rows, bool withAudit)
{
    {
        Database db; // same schema, same pragmas
        if (!db.create(path))
            qFatal("cannot create %s", qPrintable(path));
    }
    sqlite3 *handle = nullptr;
    sqlite3_open(path.toUtf8().constData(), &handle);
    sqlite3_exec(handle,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
                 "PRAGMA cache_size=-65536",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(
        handle,
        "INSERT INTO person (uuid, full_name, family_name, middle_name, given_name, sort_key, "
        "search_key, sex, birth_date, ethnicity, religion, citizen_id, education, occupation, phone, "
        "death_date, moved_away_date, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        -1, &insert, nullptr);
    sqlite3_stmt *audit = nullptr;
    sqlite3_prepare_v2(handle,
                       "INSERT INTO audit_log (at, user_name, source, action, entity, entity_uuid) "
                       "VALUES (?, 'bench', 'import', 'insert', 'person', ?)",
                       -1, &audit, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    const QByteArray at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    qint64 counter = 0;
    for (const Row &row : rows) {
        // Precomputed UUIDs would flatter the loop; make them the way the app does, in the same layout.
        const QByteArray uuid = QStringLiteral("01941f29-%1-7000-8000-000000000000")
                                    .arg(counter++, 4, 16, QLatin1Char('0'))
                                    .toUtf8();
        sqlite3_bind_text(insert, 1, uuid.constData(), int(uuid.size()), SQLITE_TRANSIENT);
        for (int i = 1; i < 18; ++i)
            sqlite3_bind_text(insert, i + 1, row.values[i].constData(), int(row.values[i].size()),
                              SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            qFatal("raw insert failed: %s", sqlite3_errmsg(handle));
        sqlite3_reset(insert);
        if (withAudit) {
            sqlite3_bind_text(audit, 1, at.constData(), int(at.size()), SQLITE_STATIC);
            sqlite3_bind_text(audit, 2, uuid.constData(), int(uuid.size()), SQLITE_TRANSIENT);
            sqlite3_step(audit);
            sqlite3_reset(audit);
        }
    }
    sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_finalize(insert);
    sqlite3_finalize(audit);
    sqlite3_close(handle);
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int count = 100000;
    QString dir;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--people"))
            count = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--dir"))
            dir = args.at(i + 1);
    }
    QTemporaryDir temporary;
    if (dir.isEmpty())
        dir = temporary.path();

    const QList<Person> people = makePeople(count);
    QList<Row> rows;
    rows.reserve(count);
    for (const Person &p : people)
        rows << rowOf(p);

    QTextStream out(stdout);
    // Three rounds, alternating, best of each: the machine's other load affects both sides alike.
    double best[3] = {1e9, 1e9, 1e9};
    for (int round = 0; round < 3; ++round) {
        const QString suffix = QString::number(round);
        best[0] =
            qMin(best[0], ours(QDir(dir).filePath(QStringLiteral("ours%1.sqlite").arg(suffix)), people));
        best[1] = qMin(best[1],
                       raw(QDir(dir).filePath(QStringLiteral("raw-audit%1.sqlite").arg(suffix)), rows, true));
        best[2] = qMin(
            best[2], raw(QDir(dir).filePath(QStringLiteral("raw-plain%1.sqlite").arg(suffix)), rows, false));
    }
    const QJsonObject result{
        {QStringLiteral("people"), count},
        {QStringLiteral("ours_rows_per_s"), count / best[0]},
        {QStringLiteral("raw_same_rows_per_s"), count / best[1]},
        {QStringLiteral("raw_person_only_rows_per_s"), count / best[2]},
        {QStringLiteral("ratio_same_rows"), best[1] / best[0]},
        {QStringLiteral("ratio_person_only"), best[2] / best[0]},
    };
    out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
