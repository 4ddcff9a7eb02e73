#include "XlsReader.h"

#include "ExcelDate.h"
#include "XlsExtract.h"
#include "XlsxSheetReader.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <freexl.h>
#include <string>

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

// Reads XlsExtract's records; every read is checked against the end, since a child that died half-way
// leaves a short stream.
class RecordReader
{
public:
    RecordReader(const char *bytes, std::size_t size)
        : m_at(bytes)
        , m_end(bytes + size)
    {}
    template <typename T>
    T get()
    {
        T value{};
        if (std::size_t(m_end - m_at) < sizeof value) {
            m_ok = false;
            return value;
        }
        std::memcpy(&value, m_at, sizeof value);
        m_at += sizeof value;
        return value;
    }
    QByteArrayView text()
    {
        const auto length = get<std::uint32_t>();
        if (!m_ok || std::size_t(m_end - m_at) < length) {
            m_ok = false;
            return {};
        }
        const QByteArrayView view(m_at, qsizetype(length));
        m_at += length;
        return view;
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

private:
    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

#ifdef Q_OS_UNIX
bool writeAll(int fd, const char *bytes, std::size_t size)
{
    for (std::size_t done = 0; done < size;) {
        const ssize_t n = ::write(fd, bytes + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += std::size_t(n);
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
// damaged file, and the window or the CLI goes on. The child runs XlsExtract (FreeXL and the standard
// library, no Qt: a lock another thread held at the fork would never be released there), writes the records
// to a pipe, and leaves with _exit (no exit handlers of the parent run twice). Where fork fails, it reads in
// process.
Workbook XlsReader::readFile(const QString &path, const ReadLimits &limits, Status *status)
{
#ifndef Q_OS_UNIX
    return readInProcess(path, limits, status); // no fork(): Windows reads in process (untested here)
#else
    // Everything Qt is done before the fork: the child runs FreeXL and write() only.
    const QByteArray encodedPath = QFile::encodeName(path);
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
        const int out = fds[1];
        const bool written =
            XlsExtract::run(encodedPath.constData(), [out](const char *bytes, std::size_t size) {
                return writeAll(out, bytes, size);
            });
        ::_exit(written ? 0 : 1);
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
    if (complete && WIFEXITED(exit) && WEXITSTATUS(exit) == 0) {
        bool wellFormed = false;
        Workbook workbook =
            decode(answer.constData(), std::size_t(answer.size()), path, limits, status, &wellFormed);
        if (wellFormed)
            return workbook;
    }
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
    std::string stream;
    XlsExtract::run(QFile::encodeName(path).constData(), [&stream](const char *bytes, std::size_t size) {
        stream.append(bytes, size);
        return true;
    });
    bool wellFormed = false;
    Workbook workbook = decode(stream.data(), stream.size(), path, limits, status, &wellFormed);
    if (!wellFormed)
        *status = Status::failure(
            tr("“%1” is damaged and cannot be read (%2). Open it in Excel and save it "
               "again as an Excel workbook (.xlsx), then import that file.")
                .arg(QFileInfo(path).fileName(), tr("the reader of old Excel files stopped on it")));
    return workbook;
}

Workbook XlsReader::decode(const char *bytes, std::size_t size, const QString &path, const ReadLimits &limits,
                           Status *status, bool *wellFormed)
{
    *wellFormed = true;
    const QString displayName = QFileInfo(path).fileName();
    auto damaged = [&](const QString &detail) {
        return Status::failure(
            tr("“%1” is damaged and cannot be read (%2). Open it in Excel and save it again "
               "as an Excel workbook (.xlsx), then import that file.")
                .arg(displayName, detail));
    };

    Workbook workbook;
    workbook.path = path;
    workbook.format = QStringLiteral("xls");
    workbook.encoding = QStringLiteral("utf8");
    bool date1904 = false;
    bool inSheet = false;
    SheetGrid grid;
    QVector<Cell> row;
    qint64 rowIndex = -1;
    // A row whose cells are all empty is no row; one beyond the limit means a damaged or hostile file.
    const auto finishRow = [&]() -> bool {
        if (row.isEmpty())
            return true;
        if (rowIndex >= limits.maxRows) {
            *status = Status::failure(tr("“%1”, sheet “%2”: row %3 holds data beyond the %4 rows the import "
                                         "reads. Check the sheet in Excel: delete what lies below the "
                                         "register and import again.")
                                          .arg(displayName, grid.name)
                                          .arg(rowIndex + 1)
                                          .arg(limits.maxRows));
            return false;
        }
        grid.rows.resize(int(rowIndex));
        grid.rows.append(std::move(row));
        row = {};
        return true;
    };
    const auto finishSheet = [&]() -> bool {
        if (!inSheet)
            return true;
        if (!finishRow())
            return false;
        workbook.sheets.append(std::move(grid));
        grid = {};
        rowIndex = -1;
        return true;
    };

    RecordReader in(bytes, size);
    for (;;) {
        const char record = in.get<char>();
        if (!in.ok())
            break;
        switch (record) {
        case 'D':
            date1904 = in.get<std::uint8_t>() != 0;
            break;
        case 'S':
            if (!finishSheet())
                return {};
            inSheet = true;
            grid.name = QString::fromUtf8(in.text());
            break;
        case 'C': {
            const auto r = in.get<std::uint32_t>();
            const auto c = in.get<std::uint16_t>();
            const auto kind = XlsExtract::CellKind(in.get<std::uint8_t>());
            if (!in.ok() || !inSheet)
                break;
            if (qint64(r) != rowIndex) {
                if (!finishRow())
                    return {};
                rowIndex = r;
            }
            Cell cell;
            switch (kind) {
            case XlsExtract::CellKind::Int:
                cell.type = Cell::Type::Number;
                cell.number = double(in.get<std::int64_t>());
                cell.text = ExcelDate::formatNumber(cell.number);
                break;
            case XlsExtract::CellKind::Double:
                cell.type = Cell::Type::Number;
                cell.number = in.get<double>();
                cell.text = ExcelDate::formatNumber(cell.number);
                break;
            case XlsExtract::CellKind::Text:
                cell.type = Cell::Type::Text;
                cell.text = QString::fromUtf8(in.text());
                if (cell.text.size() > limits.maxCellBytes) {
                    *status = Status::failure(
                        tr("“%1”, sheet “%2”, row %3, column %4: the cell holds more than %5 characters of "
                           "text, far more than a register's cell, so the file is refused. Shorten or "
                           "clear that cell in Excel and import again.")
                            .arg(displayName, grid.name)
                            .arg(qint64(r) + 1)
                            .arg(XlsxSheetReader::columnName(c))
                            .arg(limits.maxCellBytes));
                    return {};
                }
                break;
            case XlsExtract::CellKind::Date: {
                // FreeXL gives "YYYY-MM-DD[ HH:MM:SS]"; the serial is rebuilt for Cell::number.
                const QString text = QString::fromLatin1(in.text());
                cell.date = QDate::fromString(text.left(10), Qt::ISODate);
                cell.type = cell.date.isValid() ? Cell::Type::Date : Cell::Type::Text;
                cell.number = ExcelDate::toSerial(cell.date, date1904);
                cell.text = cell.date.isValid() ? ExcelDate::formatDate(cell.date) : text;
                break;
            }
            default:
                *wellFormed = false;
                return {};
            }
            if (!in.ok() || cell.isEmpty())
                break;
            if (c >= row.size())
                row.resize(c + 1);
            row[c] = std::move(cell);
            break;
        }
        case 'F': {
            const auto failure = XlsExtract::Failure(in.get<std::int32_t>());
            const int code = in.get<std::int32_t>();
            switch (failure) {
            case XlsExtract::Failure::Password:
                *status = Status::failure(tr("“%1” is protected by a password: open it in Excel, remove the "
                                             "password (File > Info > Protect workbook), save, and import "
                                             "again.")
                                              .arg(displayName));
                break;
            case XlsExtract::Failure::NoSheetList:
                *status = damaged(QStringLiteral("no sheet list"));
                break;
            case XlsExtract::Failure::SheetSelect:
                *status = damaged(tr("sheet “%1” cannot be selected").arg(grid.name));
                break;
            case XlsExtract::Failure::SheetDimensions:
                *status = damaged(tr("sheet “%1” has no dimensions").arg(grid.name));
                break;
            default:
                *status = damaged(freexlError(code));
                break;
            }
            *wellFormed = in.ok();
            return {};
        }
        case 'Z':
            if (!finishSheet())
                return {};
            *wellFormed = in.atEnd();
            *status = Status::success();
            return workbook;
        default:
            break;
        }
        if (!in.ok() || (record != 'D' && record != 'S' && record != 'C'))
            break;
    }
    *wellFormed = false; // the stream stopped before its end
    return {};
}

} // namespace sht::importing
