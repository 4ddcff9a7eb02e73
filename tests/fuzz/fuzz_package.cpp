// libFuzzer target for the volunteer package reader (issue 9): a package comes back on a USB stick or by
// e-mail, so it may be cut short, damaged, another program's file, or altered on purpose. Whatever it holds,
// opening it (Inspect and ReadOnly), reading its description, checking its signature, planning the merge
// and applying the plan must give a result or a clear refusal, never a crash, and a failed apply must leave
// the clerk's file as it was.
//
// The first byte of an input chooses how the rest makes the package file:
//   0  raw:   the rest is the file itself (SQLite header, pages, anything);
//   1  patch: the rest patches a real package exported from the fixture commune: [u32 offset][u8 n][n bytes]
//             repeated; n = 0 cuts the file at offset (a copy interrupted, a stick pulled out);
//   2  edit:  the rest edits that real package's rows through SQLite, as someone who opens it with another
//             tool would: [u8 table][u8 row][u8 op][value]… (tables of package::mergeTables(); ops: set a
//             column, delete the row, copy the row under a new uuid, change uuid or revision). The signature
//             covers the base and the package's meta keys, not the rows, so most edits reach the merge.
// The fixture (a 40-person demo commune with a fixed exchange key, and a package of its first village with a
// few volunteer edits) is made once per process in shared memory. SHT_FUZZ_PACKAGE_SEED=<file> writes that
// package to a file too (tests/fuzz/make_package_seed.sh).
// Built with clang and -DSHT_FUZZ=ON (tests/fuzz/CMakeLists.txt); fuzz_replay_main.cpp runs the same entry
// point over tests/fuzz/corpus/package in CI (test_fuzz_package_replay).
#include "AdminUnitRepository.h"
#include "Database.h"
#include "DemoCommuneGenerator.h"
#include "FuzzInput.h"
#include "MergePlan.h"
#include "PackageExporter.h"
#include "PackageInfo.h"
#include "PackageMerger.h"
#include "PackageMeta.h"
#include "PackageTables.h"
#include "PersonRepository.h"
#include "PersonService.h"
#include "SettingsRepository.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

using namespace sht;

// Reads the input a few bytes at a time; past the end everything is zero.
class Bytes
{
public:
    Bytes(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}
    bool atEnd() const { return m_at >= m_size; }
    uint8_t byte() { return m_at < m_size ? m_data[m_at++] : 0; }
    quint32 u32()
    {
        quint32 v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | byte();
        return v;
    }
    QByteArray take(size_t n)
    {
        n = std::min(n, m_size - std::min(m_at, m_size));
        const QByteArray out(reinterpret_cast<const char *>(m_data + m_at), qsizetype(n));
        m_at += n;
        return out;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_package fixture: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

// The clerk's commune and the package exported from it, made once.
struct Fixture
{
    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir folder{fuzz::memoryFolderTemplate(QStringLiteral("package"))};
    Database clerk;
    QByteArray package; // the bytes of a package of the first village, with a few volunteer edits
    QString input;      // where each run's package is written

    Fixture()
    {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "fuzz_package";
            static char *argv[] = {name, nullptr};
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        // Nothing of the fuzzer may reach the user's folders (backups, settings).
        QStandardPaths::setTestModeEnabled(true);
        input = folder.filePath(QStringLiteral("input.sqlite"));
        const QString clerkPath = folder.filePath(QStringLiteral("clerk.sqlite"));
        DemoOptions options;
        options.people = 40;
        options.seed = 7;
        if (Status s = DemoCommuneGenerator::createFile(clerkPath, options); !s)
            fail("demo", s.message());
        clerk.setActor({QStringLiteral("fuzz"), QStringLiteral("test")});
        if (Status s = clerk.open(clerkPath); !s)
            fail("open clerk", s.message());
        // A fixed key, so that a package exported by another run of this fixture verifies here too.
        if (Status s = SettingsRepository(clerk).setValue(exchange::packagemeta::ExchangeKey,
                                                          QStringLiteral("00112233445566778899aabbccddeeff"));
            !s)
            fail("key", s.message());
        const QList<AdminUnit> villages = AdminUnitRepository(clerk).villages();
        if (villages.isEmpty())
            fail("villages", QStringLiteral("none"));
        const QString packagePath = folder.filePath(QStringLiteral("package.sqlite"));
        if (Status s = exchange::PackageExporter(clerk).exportVillages({villages.first().uuid}, packagePath);
            !s)
            fail("export", s.message());
        volunteerEdits(packagePath);
        QFile file(packagePath);
        if (!file.open(QIODevice::ReadOnly))
            fail("read package", file.errorString());
        package = file.readAll();
        if (const char *seed = std::getenv("SHT_FUZZ_PACKAGE_SEED")) {
            QFile out(QString::fromLocal8Bit(seed));
            if (!out.open(QIODevice::WriteOnly) || out.write(package) != package.size())
                fail("write seed", out.errorString());
        }
    }

    // Notes of two people changed, as a volunteer would, so that the plan has changes to describe and apply.
    static void volunteerEdits(const QString &path)
    {
        Database volunteer;
        volunteer.setActor({QStringLiteral("volunteer"), QStringLiteral("test")});
        if (Status s = volunteer.open(path); !s)
            fail("open package", s.message());
        QSqlQuery q(volunteer.connection());
        if (!q.exec(QStringLiteral("SELECT uuid FROM person ORDER BY id LIMIT 2")))
            fail("people", q.lastError().text());
        while (q.next()) {
            Person p = PersonRepository(volunteer).findByUuid(q.value(0).toString()).value_or(Person());
            p.notes = QStringLiteral("Đã chuyển đến từ thôn khác; ghi chú của tình nguyện viên");
            if (Status s = PersonService(volunteer).updatePerson(p); !s)
                fail("edit package", s.message());
        }
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void removeInput(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    removeInput(path);
    return fuzz::writeFile(path, reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
}

QByteArray patched(const QByteArray &original, Bytes &in)
{
    QByteArray bytes = original;
    for (int patches = 0; patches < 64 && !in.atEnd() && !bytes.isEmpty(); ++patches) {
        const qsizetype offset = qsizetype(in.u32() % quint32(bytes.size()));
        const uint8_t n = in.byte();
        if (n == 0) {
            bytes.truncate(offset);
            continue;
        }
        const QByteArray with = in.take(n);
        bytes.replace(offset, std::min(with.size(), bytes.size() - offset), with);
    }
    return bytes;
}

QVariant valueFrom(Bytes &in)
{
    switch (in.byte() % 6) {
    case 0:
        return QVariant(QMetaType::fromType<QString>()); // NULL
    case 1:
        return qint64(qint32(in.u32()));
    case 2:
        return QString::fromUtf8(in.take(in.byte() % 64));
    case 3:
        return double(qint32(in.u32())) / 7.0;
    case 4:
        return QStringLiteral("%1-%2-%3").arg(1900 + in.byte() % 200).arg(in.byte() % 14).arg(in.byte() % 33);
    default:
        return QByteArray(in.take(in.byte() % 32)); // a blob where text is expected
    }
}

// Row-level edits of the real package, through a plain connection (no foreign keys, as another tool).
bool edited(const QString &path, Bytes &in)
{
    const QString connection = QStringLiteral("fuzz-edit");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open();
        const QList<package::TableSpec> &tables = package::mergeTables();
        for (int edits = 0; ok && edits < 32 && !in.atEnd(); ++edits) {
            const package::TableSpec &spec = tables.at(in.byte() % tables.size());
            const int row = in.byte();
            const uint8_t op = in.byte();
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT 1 OFFSET ?").arg(spec.name));
            q.addBindValue(row);
            if (!q.exec() || !q.next())
                continue;
            const qint64 id = q.value(0).toLongLong();
            QSqlQuery edit(db);
            switch (op % 5) {
            case 0: { // one column
                const QString column = spec.columns.at(in.byte() % spec.columns.size());
                edit.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(spec.name, column));
                edit.addBindValue(valueFrom(in));
                edit.addBindValue(id);
                break;
            }
            case 1:
                edit.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(spec.name));
                edit.addBindValue(id);
                break;
            case 2: { // the same row again under another uuid
                const QString columns = spec.columns.join(QLatin1String(", "));
                edit.prepare(
                    QStringLiteral("INSERT INTO %1 (%2, uuid, revision) SELECT %2, ?, 1 FROM %1 WHERE id = ?")
                        .arg(spec.name, columns));
                edit.addBindValue(QStringLiteral("0190fuzz-0000-7000-8000-%1")
                                      .arg(row * 256 + op, 12, 10, QLatin1Char('0')));
                edit.addBindValue(id);
                break;
            }
            case 3:
                edit.prepare(QStringLiteral("UPDATE %1 SET uuid = ? WHERE id = ?").arg(spec.name));
                edit.addBindValue(valueFrom(in));
                edit.addBindValue(id);
                break;
            default:
                edit.prepare(QStringLiteral("UPDATE %1 SET revision = ? WHERE id = ?").arg(spec.name));
                edit.addBindValue(qint64(qint8(in.byte())));
                edit.addBindValue(id);
                break;
            }
            edit.exec(); // a CHECK or UNIQUE constraint may refuse an edit: the next one is tried
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

qint64 auditCount(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong()
                                                                                : -1;
}

void decide(exchange::MergePlan &plan, uint8_t choice)
{
    using exchange::Resolution;
    for (exchange::Conflict &c : plan.conflicts)
        for (Resolution &r : c.fieldResolutions) {
            const Resolution wanted = choice % 3 == 0   ? Resolution::KeepOurs
                                      : choice % 3 == 1 ? Resolution::TakeTheirs
                                                        : Resolution::KeepBoth;
            r = wanted == Resolution::KeepBoth && c.kind != exchange::ConflictKind::SameNewPerson
                    ? Resolution::TakeTheirs
                    : wanted;
        }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    Bytes in(data, size);
    const uint8_t mode = in.byte() % 3;
    bool written = false;
    if (mode == 0)
        written = writeBytes(f.input, in.take(size));
    else if (mode == 1)
        written = writeBytes(f.input, patched(f.package, in));
    else
        written = writeBytes(f.input, f.package) && edited(f.input, in);
    if (!written)
        return 0;

    // What File > Open and `sohoctap-cli check` do with it.
    for (const Database::Mode openMode : {Database::Mode::Inspect, Database::Mode::ReadOnly}) {
        Database package;
        if (package.open(f.input, openMode).ok()) {
            if (const auto info = exchange::PackageInfo::read(package))
                info->describe();
            package.checkIntegrity(false);
        }
    }

    // What File > Merge volunteer package… does, in a transaction of the fixture's that is always rolled
    // back, so each run starts from the same clerk's file.
    exchange::PackageMerger merger(f.clerk);
    exchange::MergePlan plan;
    const Status planned = merger.plan(f.input, plan);
    static const bool verbose = qEnvironmentVariableIsSet("SHT_FUZZ_VERBOSE"); // what each input reached
    if (verbose)
        std::fprintf(stderr, "mode %d: %s; %d changes, %d conflicts\n", mode,
                     planned.ok() ? "planned" : qPrintable(planned.message().left(160)),
                     int(plan.changes.size()), int(plan.conflicts.size()));
    if (!planned.ok()) {
        if (planned.message().isEmpty())
            __builtin_trap(); // a refusal says why
        return 0;
    }
    for (const exchange::RowChange &change : plan.changes)
        for (const exchange::FieldValues &field : change.fields)
            plan.displayValue(change.table, field.field, field.theirs);
    decide(plan, uint8_t(size));
    Transaction scope(f.clerk);
    const qint64 before = auditCount(f.clerk);
    const Status applied = merger.apply(plan);
    if (!applied.ok() && (applied.message().isEmpty() || auditCount(f.clerk) != before))
        __builtin_trap(); // a failed merge leaves nothing behind
    if (verbose)
        std::fprintf(stderr, "  applied: %s\n",
                     applied.ok() ? "ok" : qPrintable(applied.message().left(160)));
    scope.rollback();
    return 0;
}
