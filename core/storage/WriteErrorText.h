#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace sht {

class Database;

// Why SQLite could not write, in the terms a clerk can act on. Anything not listed (a constraint, a bug)
// is None: its own message already says what was wrong with the data.
enum class WriteProblem { None, DiskFull, DriveLost, ReadOnly, Busy, Damaged };

// Turns SQLite's write failures that come from outside the app (disk full, a USB stick pulled out, a file
// made read-only, another program holding the file, a damaged file) into one message that says what
// happened, that the action was not saved (its transaction rolled back), and what to do. Used by
// Transaction, AuditedWriter and RecordedCommand, so every door that writes says the same thing.
class WriteErrorText
{
    Q_DECLARE_TR_FUNCTIONS(WriteErrorText)

public:
    // sqliteCode: a primary or extended result code (Database enables extended codes).
    static WriteProblem classify(int sqliteCode);
    // The SQLite result code a Qt Sql error carries (QSqlError::nativeErrorCode), 0 when it has none.
    static int codeOf(const QSqlError &error);

    // filePath: the commune file; action: what the user did as Edit > History names it ("Import
    // thon_1.xlsx"), empty for "the last change". Empty for WriteProblem::None.
    static QString message(WriteProblem problem, const QString &filePath, const QString &action = QString());

    // The message for a failure with sqliteCode while writing db, empty when the code is not one of these
    // problems. A write refused because db was opened read-only says why it was (Database::readOnlyReason).
    static QString explain(const Database &db, int sqliteCode, const QString &action = QString());

    // For the callers who know the action's name: when db noted a failure from outside the app since its
    // outermost transaction began (Database::lastWriteError), the message naming the action; otherwise
    // status unchanged. A successful status is always returned unchanged.
    static Status forAction(const Database &db, const QString &action, const Status &status);
};

} // namespace sht
