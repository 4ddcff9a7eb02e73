// The crash driver's edit burst: a clerk's edits as the window makes them (EditCommands, one transaction
// and one undo step each), as fast as they go, until SIGKILL. One line per COMMITTED edit goes to standard
// output, written (not buffered) the moment the edit returned, so the driver knows every edit that the file
// must hold after the kill:
//   EDIT <table> <uuid> <field> <value>
// Each row is edited at most once per run, so the value printed is the value the row must have.
//
// Usage: crash_edits DB [--count N] [--seed S]
#include "ChangeNotifier.h"
#include "Database.h"
#include "EditCommands.h"
#include "HouseholdRepository.h"
#include "PersonRepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

using namespace sht;

QList<qint64> ids(Database &db, const QString &sql)
{
    QList<qint64> result;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(sql))
        while (q.next())
            result << q.value(0).toLongLong();
    return result;
}

// write(2) straight to the pipe or file: a line printed is a line the driver reads, whenever the kill comes.
void emitLine(const QString &table, const QString &uuid, const QString &field, const QString &value)
{
    const QByteArray line = QStringLiteral("EDIT %1 %2 %3 %4\n").arg(table, uuid, field, value).toUtf8();
    const char *data = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, data, size_t(left));
        if (n <= 0)
            return;
        data += n;
        left -= n;
    }
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return fail(QStringLiteral("usage: crash_edits DB [--count N] [--seed S]"));
    const QString path = args.takeFirst();
    int count = 200;
    quint64 seed = 1;
    while (args.size() >= 2) {
        const QString option = args.takeFirst();
        const QString value = args.takeFirst();
        if (option == QLatin1String("--count"))
            count = value.toInt();
        else if (option == QLatin1String("--seed"))
            seed = value.toULongLong();
        else
            return fail(QStringLiteral("unknown option ") + option);
    }

    Database db;
    db.setActor(AuditActor{QStringLiteral("crash"), QStringLiteral("gui")});
    if (Status s = db.open(path); !s)
        return fail(s.message());
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits(db, stack, notifier);

    QRandomGenerator random(seed);
    QList<qint64> people = ids(db, QStringLiteral("SELECT person_id FROM membership WHERE valid_to IS NULL"));
    QList<qint64> households = ids(db, QStringLiteral("SELECT id FROM household"));
    std::shuffle(people.begin(), people.end(), random);
    std::shuffle(households.begin(), households.end(), random);
    const QString stamp = QStringLiteral("crash-edit-%1-").arg(seed);

    PersonRepository personRepository(db);
    HouseholdRepository householdRepository(db);
    for (int i = 0; i < count; ++i) {
        const QString value = stamp + QString::number(i);
        switch (random.bounded(3)) {
        case 0: { // correct a person's notes (PersonForm)
            if (people.isEmpty())
                continue;
            auto person = personRepository.find(people.takeLast());
            if (!person)
                return fail(QStringLiteral("a person disappeared"));
            person->notes = value;
            if (Status s = edits.updatePerson(*person); !s)
                return fail(s.message());
            emitLine(QStringLiteral("person"), person->uuid, QStringLiteral("notes"), value);
            break;
        }
        case 1: { // correct a household's address (Households register, F2)
            if (households.isEmpty())
                continue;
            auto household = householdRepository.find(households.takeLast());
            if (!household)
                return fail(QStringLiteral("a household disappeared"));
            household->address = value;
            if (Status s = edits.updateHousehold(*household); !s)
                return fail(s.message());
            emitLine(QStringLiteral("household"), household->uuid, QStringLiteral("address"), value);
            break;
        }
        default: { // a baby born into a household (household editor: add member)
            if (households.isEmpty())
                continue;
            Person baby;
            baby.name = PersonName(QStringLiteral("Lê Văn Thử"));
            baby.sex = Sex::Male;
            baby.birthDate = PartialDate::fromYear(2025);
            baby.notes = value;
            if (Status s =
                    edits.addMember(households.at(random.bounded(int(households.size()))), baby,
                                    Relation::Grandchild, ResidenceStatus::Permanent, QDate(2025, 1, 1));
                !s)
                return fail(s.message());
            emitLine(QStringLiteral("person"), baby.uuid, QStringLiteral("notes"), value);
            break;
        }
        }
    }
    return 0;
}
