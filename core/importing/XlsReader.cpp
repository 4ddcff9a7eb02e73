#include "XlsReader.h"

#include "ExcelDate.h"
#include "XlsxSheetReader.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>

#include <freexl.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace sht::importing {

namespace {

// Closes the FreeXL handle on every path (FreeXL wants freexl_close even after a failed open).
struct Handle
{
    const void *xls = nullptr;
    ~Handle()
    {
        if (xls)
            freexl_close(xls);
    }
};

QString freexlError(int code)
{
    switch (code) {
    case FREEXL_INSUFFICIENT_MEMORY:
        return QStringLiteral("out of memory");
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
    case FREEXL_CFBF_INVALID_SECTOR_SIZE:
    case FREEXL_CFBF_EMPTY_FAT_CHAIN:
    case FREEXL_CFBF_ILLEGAL_FAT_ENTRY:
    case FREEXL_INVALID_MINI_STREAM:
    case FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
        return QStringLiteral("its compound file structure is broken (FreeXL error %1)").arg(code);
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR:
        return QStringLiteral("the file is shorter than it declares (FreeXL error %1)").arg(code);
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return QStringLiteral("it holds no workbook stream");
    default:
        return QStringLiteral("FreeXL error %1").arg(code);
    }
}

#ifdef Q_OS_UNIX
// The child's answer: the status, then the cells XlsReader fills (name and rows; FreeXL gives nothing else).
QByteArray serialise(const Status &status, const Workbook &workbook)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << status.ok() << status.message() << workbook.path << workbook.format << workbook.encoding
        << qint32(workbook.sheets.size());
    for (const SheetGrid &sheet : workbook.sheets) {
        out << sheet.name << qint32(sheet.rows.size());
        for (const auto &row : sheet.rows) {
            out << qint32(row.size());
            for (const Cell &cell : row)
                out << qint8(cell.type) << cell.text << cell.number << cell.date;
        }
    }
    return bytes;
}

bool deserialise(const QByteArray &bytes, Status *status, Workbook *workbook)
{
    QDataStream in(bytes);
    bool ok = false;
    QString message;
    qint32 sheets = 0;
    in >> ok >> message >> workbook->path >> workbook->format >> workbook->encoding >> sheets;
    for (qint32 s = 0; s < sheets && in.status() == QDataStream::Ok; ++s) {
        SheetGrid sheet;
        qint32 rows = 0;
        in >> sheet.name >> rows;
        for (qint32 r = 0; r < rows && in.status() == QDataStream::Ok; ++r) {
            qint32 cells = 0;
            in >> cells;
            QVector<Cell> row;
            for (qint32 c = 0; c < cells && in.status() == QDataStream::Ok; ++c) {
                Cell cell;
                qint8 type = 0;
                in >> type >> cell.text >> cell.number >> cell.date;
                cell.type = Cell::Type(type);
                row.append(std::move(cell));
            }
            sheet.rows.append(std::move(row));
        }
        workbook->sheets.append(std::move(sheet));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    *status = ok ? Status::success() : Status::failure(message);
    if (!ok)
        *workbook = Workbook();
    return true;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    for (qsizetype done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Reads the child's answer until it closes the pipe, or gives up at the deadline (a hang in FreeXL).
bool readAll(int fd, QByteArray *bytes, QDeadlineTimer deadline)
{
    char buffer[65536];
    for (;;) {
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, int(qMin<qint64>(deadline.remainingTime(), 1000)));
        if (ready < 0 && errno != EINTR)
            return false;
        if (ready <= 0) {
            if (deadline.hasExpired())
                return false;
            continue;
        }
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        bytes->append(buffer, n);
    }
}

#endif

} // namespace

// FreeXL 1.0.6 (Debian 12) reads far past a buffer of its own on some damaged files (fuzz_xls found one:
// tests/fuzz/regressions/xls/freexl-stack-overread.xls), which may crash the process or carry stray memory
// into a cell. So FreeXL runs in a child process: a file that makes it crash or hang is refused like any
// damaged file, and the window or the CLI goes on. The child only reads and writes its answer to a pipe,
// then leaves with _exit (no exit handlers of the parent run twice). Where fork fails, it reads in process.
Workbook XlsReader::readFile(const QString &path, const ReadLimits &limits, Status *status)
{
#ifndef Q_OS_UNIX
    return readInProcess(path, limits, status); // no fork(): Windows reads in process (untested here)
#else
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return readInProcess(path, limits, status);
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return readInProcess(path, limits, status);
    }
    if (child == 0) {
        ::close(fds[0]);
        Status childStatus;
        const Workbook workbook = readInProcess(path, limits, &childStatus);
        ::_exit(writeAll(fds[1], serialise(childStatus, workbook)) ? 0 : 1);
    }
    ::close(fds[1]);
    QByteArray answer;
    const bool complete = readAll(fds[0], &answer, QDeadlineTimer(std::chrono::minutes(2)));
    ::close(fds[0]);
    if (!complete)
        ::kill(child, SIGKILL);
    int exit = 0;
    while (::waitpid(child, &exit, 0) < 0 && errno == EINTR) {
    }
    Workbook workbook;
    if (complete && WIFEXITED(exit) && WEXITSTATUS(exit) == 0 && deserialise(answer, status, &workbook))
        return workbook;
    *status = Status::failure(
        tr("“%1” is damaged and cannot be read (%2). Open it in Excel and save it again as an Excel workbook "
           "(.xlsx), then import that file.")
            .arg(QFileInfo(path).fileName(),
                 complete ? tr("the reader of old Excel files stopped on it")
                          : tr("the reader of old Excel files did not finish within two minutes")));
    return {};
#endif
}

Workbook XlsReader::readInProcess(const QString &path, const ReadLimits &limits, Status *status)
{
    const QString displayName = QFileInfo(path).fileName();
    auto damaged = [&](const QString &detail) {
        return Status::failure(
            tr("“%1” is damaged and cannot be read (%2). Open it in Excel and save it again "
               "as an Excel workbook (.xlsx), then import that file.")
                .arg(displayName, detail));
    };
    const QString passwordMessage =
        tr("“%1” is protected by a password: open it in Excel, remove the password (File > Info > Protect "
           "workbook), save, and import again.")
            .arg(displayName);

    Handle handle;
    const int opened = freexl_open(QFile::encodeName(path).constData(), &handle.xls);
    unsigned int info = 0;
    if (opened != FREEXL_OK) {
        if (handle.xls && freexl_get_info(handle.xls, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
            info == FREEXL_BIFF_OBFUSCATED)
            *status = Status::failure(passwordMessage);
        else
            *status = damaged(freexlError(opened));
        return {};
    }
    if (freexl_get_info(handle.xls, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
        info == FREEXL_BIFF_OBFUSCATED) {
        *status = Status::failure(passwordMessage);
        return {};
    }
    bool date1904 = false;
    if (freexl_get_info(handle.xls, FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK)
        date1904 = info == FREEXL_BIFF_DATEMODE_1904;
    unsigned int sheetCount = 0;
    if (freexl_get_info(handle.xls, FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK) {
        *status = damaged(QStringLiteral("no sheet list"));
        return {};
    }

    Workbook workbook;
    workbook.path = path;
    workbook.format = QStringLiteral("xls");
    workbook.encoding = QStringLiteral("utf8");
    for (unsigned int s = 0; s < sheetCount && s < 0xFFFF; ++s) {
        SheetGrid grid;
        const char *name = nullptr;
        if (freexl_get_worksheet_name(handle.xls, quint16(s), &name) == FREEXL_OK && name)
            grid.name = QString::fromUtf8(name);
        if (freexl_select_active_worksheet(handle.xls, quint16(s)) != FREEXL_OK) {
            *status = damaged(tr("sheet “%1” cannot be selected").arg(grid.name));
            return {};
        }
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(handle.xls, &rows, &columns) != FREEXL_OK) {
            *status = damaged(tr("sheet “%1” has no dimensions").arg(grid.name));
            return {};
        }
        for (unsigned int r = 0; r < rows; ++r) {
            QVector<Cell> row;
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue value;
                if (freexl_get_cell_value(handle.xls, r, c, &value) != FREEXL_OK)
                    continue;
                Cell cell;
                switch (value.type) {
                case FREEXL_CELL_INT:
                    cell.type = Cell::Type::Number;
                    cell.number = value.value.int_value;
                    cell.text = ExcelDate::formatNumber(cell.number);
                    break;
                case FREEXL_CELL_DOUBLE:
                    cell.type = Cell::Type::Number;
                    cell.number = value.value.double_value;
                    cell.text = ExcelDate::formatNumber(cell.number);
                    break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                case FREEXL_CELL_TIME:
                    if (!value.value.text_value)
                        continue;
                    cell.type = Cell::Type::Text;
                    cell.text = QString::fromUtf8(value.value.text_value);
                    if (cell.text.size() > limits.maxCellBytes) {
                        *status = Status::failure(
                            tr("“%1”, sheet “%2”, row %3, column %4: the cell holds more than %5 characters "
                               "of "
                               "text, far more than a register's cell, so the file is refused. Shorten or "
                               "clear that cell in Excel and import again.")
                                .arg(displayName, grid.name)
                                .arg(r + 1)
                                .arg(XlsxSheetReader::columnName(c))
                                .arg(limits.maxCellBytes));
                        return {};
                    }
                    break;
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME:
                    if (!value.value.text_value)
                        continue;
                    // FreeXL gives "YYYY-MM-DD[ HH:MM:SS]"; the serial is rebuilt for Cell::number.
                    cell.date =
                        QDate::fromString(QString::fromLatin1(value.value.text_value).left(10), Qt::ISODate);
                    cell.type = cell.date.isValid() ? Cell::Type::Date : Cell::Type::Text;
                    cell.number = ExcelDate::toSerial(cell.date, date1904);
                    cell.text = cell.date.isValid() ? ExcelDate::formatDate(cell.date)
                                                    : QString::fromLatin1(value.value.text_value);
                    break;
                default:
                    continue;
                }
                if (cell.isEmpty())
                    continue;
                if (c >= row.size())
                    row.resize(c + 1);
                row[c] = std::move(cell);
            }
            if (row.isEmpty())
                continue;
            if (int(r) >= limits.maxRows) {
                *status =
                    Status::failure(tr("“%1”, sheet “%2”: row %3 holds data beyond the %4 rows the import "
                                       "reads. Check the sheet in Excel: delete what lies below the "
                                       "register and import again.")
                                        .arg(displayName, grid.name)
                                        .arg(r + 1)
                                        .arg(limits.maxRows));
                return {};
            }
            grid.rows.resize(int(r));
            grid.rows.append(std::move(row));
        }
        workbook.sheets.append(std::move(grid));
    }
    *status = Status::success();
    return workbook;
}

} // namespace sht::importing
