// Reading a register workbook: a 100,000-row, 12-column .xlsx written by libxlsxwriter (shared strings, as
// Excel writes; or inline strings with --inline, as constant-memory writers do) read by XlsxReader alone and
// by WorkbookReader (with legacy-font detection and cleaning of every text cell), beside openpyxl in
// read-only mode merely reading the same cells (--peer). Usage:
//   bench_read_xlsx [--rows N] [--runs N] [--inline] [--peer] [--keep FILE]
#include "WorkbookReader.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <xlsxwriter.h>

using namespace sht::importing;

namespace {

const char *families[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh",
                          "Phan",   "Vũ",   "Võ", "Đặng", "Bùi",   "Đỗ"};
const char *middles[] = {"Văn", "Thị", "Hữu", "Đức", "Thị Thu", "Minh", "Ngọc", "Xuân", "Thanh", "Quang"};
const char *givens[] = {"An",  "Bình", "Chi",  "Dũng",  "Hà",   "Hạnh", "Hoà",  "Hùng",
                        "Lan", "Long", "Mai",  "Nam",   "Ngọc", "Phúc", "Quân", "Sơn",
                        "Tâm", "Thảo", "Thủy", "Trang", "Tuấn", "Vân",  "Yến"};
const char *relations[] = {"Chủ hộ", "Vợ", "Chồng", "Con", "Con trai", "Con gái", "Cháu", "Mẹ", "Bố"};
const char *educations[] = {"12/12", "9/12", "7/10", "10/10", "ĐH", "CĐ", "TC", "Mầm non", "6/12", "Thạc sĩ"};
const char *jobs[] = {"Làm ruộng", "Công nhân", "Buôn bán",      "Giáo viên",
                      "Học sinh",  "Hưu trí",   "Lao động tự do"};

quint64 next(quint64 &state)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

template <size_t N>
const char *pick(const char *(&items)[N], quint64 &state)
{
    return items[next(state) % N];
}

bool writeWorkbook(const QString &path, int rows, bool inlineStrings)
{
    lxw_workbook_options options = {};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *wb = workbook_new_opt(path.toUtf8().constData(), &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Thôn Đông");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    const char *header[] = {
        "STT",     "Họ và tên",        "Ngày sinh",   "Giới tính", "Số CCCD", "Quan hệ với chủ hộ",
        "Dân tộc", "Trình độ văn hóa", "Nghề nghiệp", "Dòng họ",   "Địa chỉ", "Ghi chú"};
    for (int c = 0; c < 12; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header[c], nullptr);
    quint64 state = 0x9E3779B97F4A7C15ull;
    int household = 0;
    for (int r = 1; r <= rows; ++r) {
        const bool head = next(state) % 4 == 0 || r == 1;
        if (head)
            worksheet_write_number(ws, lxw_row_t(r), 0, ++household, nullptr);
        const QByteArray name =
            QByteArray(pick(families, state)) + ' ' + pick(middles, state) + ' ' + pick(givens, state);
        worksheet_write_string(ws, lxw_row_t(r), 1, name.constData(), nullptr);
        worksheet_write_number(ws, lxw_row_t(r), 2, 12000 + double(next(state) % 30000), date);
        worksheet_write_string(ws, lxw_row_t(r), 3, next(state) % 2 ? "Nam" : "Nữ", nullptr);
        const QByteArray id =
            QByteArray::number(qulonglong(next(state) % 1000000000000ull)).rightJustified(12, '0');
        worksheet_write_string(ws, lxw_row_t(r), 4, id.constData(), nullptr);
        worksheet_write_string(ws, lxw_row_t(r), 5, head ? "Chủ hộ" : pick(relations, state), nullptr);
        worksheet_write_string(ws, lxw_row_t(r), 6, next(state) % 10 ? "Kinh" : "Mường", nullptr);
        worksheet_write_string(ws, lxw_row_t(r), 7, pick(educations, state), nullptr);
        worksheet_write_string(ws, lxw_row_t(r), 8, pick(jobs, state), nullptr);
        worksheet_write_string(ws, lxw_row_t(r), 9, (QByteArray("Họ ") + pick(families, state)).constData(),
                               nullptr);
        const QByteArray address = "Xóm " + QByteArray::number(household % 40 + 1) + ", thôn Đông";
        worksheet_write_string(ws, lxw_row_t(r), 10, address.constData(), nullptr);
        if (next(state) % 20 == 0)
            worksheet_write_string(ws, lxw_row_t(r), 11, "Tạm vắng", nullptr);
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, int fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int rows = option(QStringLiteral("--rows"), 100000);
    const int runs = option(QStringLiteral("--runs"), 3);
    const bool inlineStrings = args.contains(QStringLiteral("--inline"));
    QTextStream out(stdout);

    QTemporaryDir dir;
    const int keepAt = args.indexOf(QStringLiteral("--keep"));
    const QString path = keepAt >= 0 && keepAt + 1 < args.size()
                             ? args[keepAt + 1]
                             : dir.filePath(QStringLiteral("register.xlsx"));
    QElapsedTimer timer;
    timer.start();
    if (!writeWorkbook(path, rows, inlineStrings)) {
        out << "cannot write " << path << "\n";
        return 1;
    }
    out << "write " << rows << " rows (" << (inlineStrings ? "inline strings" : "shared strings")
        << ") with libxlsxwriter: " << timer.elapsed() << " ms, " << QFileInfo(path).size() / 1024
        << " KiB\n";

    QList<double> raw, full;
    int readRows = 0;
    for (int i = 0; i < runs; ++i) {
        sht::Status status;
        timer.restart();
        const Workbook wb = XlsxReader::readFile(path, ReadLimits(), &status);
        raw << timer.elapsed();
        if (!status.ok() || wb.sheets.isEmpty()) {
            out << "read failed: " << status.message() << "\n";
            return 1;
        }
        readRows = wb.sheets[0].rowCount();
    }
    for (int i = 0; i < runs; ++i) {
        sht::Status status;
        timer.restart();
        const Workbook wb = readWorkbook(path, std::nullopt, ReadLimits(), &status);
        full << timer.elapsed();
        if (!status.ok() || wb.sheets.isEmpty() || wb.sheets[0].rowCount() != rows + 1) {
            out << "readWorkbook failed: " << status.message() << "\n";
            return 1;
        }
    }
    out << "XlsxReader (raw cells): median " << median(raw) << " ms over " << runs << " runs, " << readRows
        << " rows\n";
    out << "readWorkbook (detect + decode + clean): median " << median(full) << " ms\n";
    out << "peak RSS: " << peakRssKb() / 1024 << " MiB\n";

    if (args.contains(QStringLiteral("--peer"))) {
        const QString script = QStringLiteral("import openpyxl,sys\n"
                                              "wb=openpyxl.load_workbook(sys.argv[1],read_only=True)\n"
                                              "n=0\n"
                                              "for ws in wb.worksheets:\n"
                                              "    for row in ws.iter_rows(values_only=True):\n"
                                              "        n+=1\n"
                                              "print(n)\n");
        QList<double> peer;
        for (int i = 0; i < runs; ++i) {
            QProcess python;
            timer.restart();
            python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
            python.waitForFinished(-1);
            peer << timer.elapsed();
            if (i == 0)
                out << "openpyxl rows: " << python.readAllStandardOutput().trimmed() << "\n";
        }
        out << "openpyxl read-only (reading only): median " << median(peer) << " ms; ratio peer/ours "
            << QString::number(median(peer) / qMax(1.0, median(full)), 'f', 1) << "x\n";
    }
    return 0;
}
