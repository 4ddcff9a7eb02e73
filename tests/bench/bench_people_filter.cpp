// The People register on a big commune file: open → People list shown, per-keystroke filter latency in the
// real window, scrolling the whole list, memory; side by side in the same run with the SQL approach (LIKE on
// the stored search key, as DB Browser for SQLite filters) and, as a control, QSortFilterProxyModel with
// invalidateFilter() over the same rows.
//   Usage: bench_people_filter FILE [--text "nguyen van h"] [--proxy-budget-s 60] [--max-pages N]
//   (QT_QPA_PLATFORM=offscreen or under Xvfb). Prints one JSON object.
#include "Database.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PeopleIndex.h"
#include "PeopleIndexRepository.h"
#include "PeopleRegisterWidget.h"
#include "PeopleTableModel.h"
#include "SqliteHandle.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <sqlite3.h>
#include <sys/resource.h>
#include <vector>

using namespace sht;

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t at = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[at];
}

double maximum(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// A key typed by a person: press and release with its text, so QLineEdit inserts it.
void typeChar(QWidget *target, QChar c)
{
    const int key = c == QLatin1Char(' ') ? Qt::Key_Space : Qt::Key_A + (c.toLower().unicode() - 'a');
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
    QApplication::sendEvent(target, &release);
}

// The update the key caused reaches the screen: pending events, then the list painted.
void paint(QTableView *table)
{
    QApplication::processEvents();
    table->viewport()->grab();
}

QJsonObject stats(const std::vector<double> &v)
{
    return {{QStringLiteral("median_ms"), median(v)},
            {QStringLiteral("p95_ms"), percentile(v, 0.95)},
            {QStringLiteral("max_ms"), maximum(v)}};
}

// The control: the proxy filters the same flat source with the same rule, through invalidateFilter().
class ProxyControl : public QSortFilterProxyModel
{
public:
    ProxyControl(const PeopleTableModel *source)
        : m_source(source)
    {}
    void setWords(PeopleIndex::Words words)
    {
        m_words = std::move(words);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        return m_source->peopleIndex()->matches(m_source->indexRow(row), m_words);
    }

private:
    const PeopleTableModel *m_source;
    PeopleIndex::Words m_words;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SoHocTap-bench")); // keep the user's settings apart
    QStringList args = app.arguments();
    args.removeFirst();
    QString typed = QStringLiteral("nguyen van h");
    double proxyBudgetS = 60;
    int maxPages = 0; // 0: the whole list
    QString path;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--text") && i + 1 < args.size())
            typed = args.at(++i);
        else if (args.at(i) == QLatin1String("--max-pages") && i + 1 < args.size())
            maxPages = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--proxy-budget-s") && i + 1 < args.size())
            proxyBudgetS = args.at(++i).toDouble();
        else
            path = args.at(i);
    }
    if (path.isEmpty()) {
        QTextStream(stderr)
            << "usage: bench_people_filter FILE [--text TEXT] [--proxy-budget-s S] [--max-pages N]"
            << Qt::endl;
        return 1;
    }
    MessageBox::setAutoAnswer(true); // a benchmark never waits for a person
    QJsonObject result;

    // 1. Open the file (overview), then the People list shown: index loaded, model reset, list painted.
    MainWindow window;
    window.resize(1100, 700);
    window.show();
    QApplication::processEvents();
    const double rssBefore = rssMb();
    QElapsedTimer t;
    t.start();
    if (!window.openFile(path))
        return 2;
    window.grab();
    const qint64 openNs = t.nsecsElapsed();
    const double rssOverview = rssMb();
    auto *people = window.findChild<PeopleRegisterWidget *>(QStringLiteral("peopleRegister"));
    auto *find = window.findChild<QAction *>(QStringLiteral("actionFindPeople"));
    if (!people || !find)
        return 3;
    t.restart();
    find->trigger(); // Ctrl+F: shows the People register and puts the cursor in the filter box
    window.grab();
    const qint64 peopleShownNs = t.nsecsElapsed();
    const double rssPeople = rssMb();
    PeopleTableModel *model = people->model();
    QTableView *table = people->table();
    QLineEdit *filter = people->filterEdit();
    const int total = model->scopeCount();
    result.insert(QStringLiteral("people_in_file"), model->peopleIndex()->size());
    result.insert(QStringLiteral("people_listed"), total);
    result.insert(QStringLiteral("open_to_overview_ms"), ms(openNs));
    result.insert(QStringLiteral("overview_to_people_shown_ms"), ms(peopleShownNs));
    result.insert(QStringLiteral("open_to_people_shown_ms"), ms(openNs + peopleShownNs));
    result.insert(QStringLiteral("since_process_start_ms"), ms(sinceStart.nsecsElapsed()));
    result.insert(QStringLiteral("index_bytes_per_person"),
                  double(model->peopleIndex()->memoryBytes()) / qMax(1, model->peopleIndex()->size()));
    result.insert(QStringLiteral("rss_before_open_mb"), rssBefore);
    result.insert(QStringLiteral("rss_overview_mb"), rssOverview);
    result.insert(QStringLiteral("rss_people_shown_mb"), rssPeople);

    // The load alone, 5 times: ours (raw sqlite3, UTF-8 into the index) against QSqlQuery reading the same
    // rows forward-only into QStrings (without even building an index).
    {
        Database db;
        if (!db.open(path, Database::Mode::ReadOnly))
            return 2;
        std::vector<double> raw, qt;
        for (int run = 0; run < 5; ++run) {
            PeopleIndex index;
            t.restart();
            PeopleIndexRepository::load(db, &index);
            raw.push_back(ms(t.nsecsElapsed()));
            t.restart();
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            q.exec(PeopleIndexRepository::peopleQuery());
            qint64 chars = 0;
            while (q.next())
                for (int c = 0; c < 13; ++c)
                    chars += q.value(c).toString().size();
            qt.push_back(ms(t.nsecsElapsed()));
            if (chars == 0)
                return 4;
        }
        result.insert(QStringLiteral("index_load_raw_median_ms"), median(raw));
        result.insert(QStringLiteral("read_same_rows_qsqlquery_median_ms"), median(qt));
    }

    // 2. Type the text key by key into the real filter box, the list painted after each key; 5 rounds.
    std::vector<double> keys;
    std::vector<int> matchesPerKey;
    for (int round = 0; round < 5; ++round) {
        filter->clear();
        paint(table);
        for (const QChar c : typed) {
            t.restart();
            typeChar(filter, c);
            paint(table);
            keys.push_back(ms(t.nsecsElapsed()));
            if (round == 0)
                matchesPerKey.push_back(model->matchCount());
        }
    }
    QJsonArray counts;
    for (int n : matchesPerKey)
        counts.append(n);
    QJsonObject typing = stats(keys);
    typing.insert(QStringLiteral("text"), typed);
    typing.insert(QStringLiteral("keystrokes"), int(keys.size()));
    typing.insert(QStringLiteral("matches_after_each_key"), counts);
    typing.insert(QStringLiteral("count_label"), people->countLabel()->text());
    result.insert(QStringLiteral("typing"), typing);

    // The filter alone in core, per prefix: from scratch and narrowing the previous matches.
    {
        const PeopleIndex &index = *model->peopleIndex();
        const std::vector<quint32> scope = index.inScope(index.nameOrder(), 0, false);
        std::vector<double> scratch, narrowing;
        std::vector<quint32> previous = scope;
        for (int i = 1; i <= typed.size(); ++i) {
            const PeopleIndex::Words words = PeopleIndex::foldWords(typed.left(i));
            t.restart();
            const std::vector<quint32> full = index.filter(words, scope);
            scratch.push_back(ms(t.nsecsElapsed()));
            t.restart();
            previous = index.filter(words, previous);
            narrowing.push_back(ms(t.nsecsElapsed()));
            if (full != previous)
                return 5; // narrowing must give exactly the rows of a full scan
        }
        result.insert(QStringLiteral("core_filter_from_scratch"), stats(scratch));
        result.insert(QStringLiteral("core_filter_narrowing"), stats(narrowing));
    }

    // 3. Scroll the whole list: to the bottom at once, then page by page from the top, painting each page.
    filter->clear();
    paint(table);
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    paint(table);
    t.restart();
    table->scrollToBottom();
    paint(table);
    result.insert(QStringLiteral("scroll_to_bottom_ms"), ms(t.nsecsElapsed()));
    table->scrollToTop();
    paint(table);
    int pages = 0;
    t.restart();
    QScrollBar *bar = table->verticalScrollBar();
    while (bar->value() < bar->maximum() && (maxPages == 0 || pages < maxPages)) {
        QKeyEvent pageDown(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
        QApplication::sendEvent(table, &pageDown);
        QApplication::processEvents();
        table->viewport()->repaint();
        ++pages;
    }
    const qint64 scrollNs = t.nsecsElapsed();
    result.insert(QStringLiteral("page_down_whole_list_ms"), ms(scrollNs));
    result.insert(QStringLiteral("page_down_pages"), pages);
    result.insert(QStringLiteral("page_down_per_page_ms"), ms(scrollNs) / qMax(1, pages));
    result.insert(QStringLiteral("peak_rss_ours_mb"), peakRssMb());

    // 4. Peer: SQL per keystroke on the same file, through sqlite3, as DB Browser for SQLite filters:
    //    a) the same rule (every word LIKE '%word%' in name key, ID, household code) → the same rows as ours;
    //    b) DB Browser's literal filter on the raw column: full_name LIKE '%typed%' (finds no accented name).
    {
        Database db;
        if (!db.open(path, Database::Mode::ReadOnly))
            return 2;
        sqlite3 *handle = sqliteHandle(db.connection());
        const PeopleIndex &index = *model->peopleIndex();
        const std::vector<quint32> scope = index.inScope(index.nameOrder(), 0, false);
        std::vector<double> same, literal;
        bool sameRows = true;
        for (int round = 0; round < 5; ++round) {
            for (int i = 1; i <= typed.size(); ++i) {
                const PeopleIndex::Words words = PeopleIndex::foldWords(typed.left(i));
                QString sql =
                    QStringLiteral("SELECT p.id FROM person p"
                                   " JOIN membership m ON m.person_id = p.id AND m.valid_to IS NULL"
                                   " JOIN household h ON h.id = m.household_id WHERE p.death_date = ''");
                for (size_t w = 0; w < words.size(); ++w)
                    sql += QStringLiteral(" AND (p.search_key || ' ' || p.citizen_id || ' ' || lower(h.code))"
                                          " LIKE '%' || ? || '%'");
                sql += QStringLiteral(" ORDER BY p.sort_key, p.id");
                t.restart();
                sqlite3_stmt *st = nullptr;
                sqlite3_prepare_v2(handle, sql.toUtf8().constData(), -1, &st, nullptr);
                for (size_t w = 0; w < words.size(); ++w)
                    sqlite3_bind_text(st, int(w + 1), words[w].data(), int(words[w].size()),
                                      SQLITE_TRANSIENT);
                std::vector<qint64> ids;
                while (sqlite3_step(st) == SQLITE_ROW)
                    ids.push_back(sqlite3_column_int64(st, 0));
                sqlite3_finalize(st);
                same.push_back(ms(t.nsecsElapsed()));
                if (round == 0) {
                    const std::vector<quint32> ours = index.filter(words, scope);
                    std::vector<qint64> ourIds;
                    for (quint32 r : ours)
                        ourIds.push_back(index.personId(r));
                    sameRows = sameRows && ourIds == ids;
                }

                const QByteArray text = typed.left(i).toUtf8();
                t.restart();
                st = nullptr;
                sqlite3_prepare_v2(
                    handle,
                    "SELECT p.id, p.full_name FROM person p WHERE p.full_name LIKE '%' || ? || '%'"
                    " ORDER BY p.sort_key",
                    -1, &st, nullptr);
                sqlite3_bind_text(st, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                int n = 0;
                while (sqlite3_step(st) == SQLITE_ROW)
                    ++n;
                sqlite3_finalize(st);
                literal.push_back(ms(t.nsecsElapsed()));
            }
        }
        QJsonObject peer = stats(same);
        peer.insert(QStringLiteral("same_rows_as_ours"), sameRows);
        result.insert(QStringLiteral("peer_sql_like_same_rule"), peer);
        result.insert(QStringLiteral("peer_sql_like_full_name_literal"), stats(literal));
    }

    // 5. Control: QSortFilterProxyModel (sorted, dynamic) over the same 100k rows, invalidateFilter() per
    //    key, in a painted table. Stops when the budget is spent.
    {
        PeopleTableModel source;
        source.setIndex(std::shared_ptr<const PeopleIndex>(model->peopleIndex(), [](const PeopleIndex *) {}));
        ProxyControl proxy(&source);
        proxy.setSourceModel(&source);
        QTableView view;
        view.resize(830, 600);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.setModel(&proxy);
        t.restart();
        view.setSortingEnabled(true);
        view.sortByColumn(PeopleIndex::NameColumn, Qt::AscendingOrder);
        view.show();
        paint(&view);
        const double proxySetupMs = ms(t.nsecsElapsed());
        std::vector<double> proxyKeys;
        QElapsedTimer budget;
        budget.start();
        bool capped = false;
        bool sameCounts = true;
        for (int i = 1; i <= typed.size(); ++i) {
            if (budget.elapsed() > proxyBudgetS * 1000) {
                capped = true;
                break;
            }
            t.restart();
            proxy.setWords(PeopleIndex::foldWords(typed.left(i)));
            paint(&view);
            proxyKeys.push_back(ms(t.nsecsElapsed()));
            sameCounts = sameCounts && proxy.rowCount() == matchesPerKey[size_t(i - 1)];
        }
        QJsonObject control = stats(proxyKeys);
        control.insert(QStringLiteral("setup_sort_ms"), proxySetupMs);
        control.insert(QStringLiteral("keystrokes_done"), int(proxyKeys.size()));
        control.insert(QStringLiteral("capped"), capped);
        control.insert(QStringLiteral("same_counts_as_ours"), sameCounts);
        double sum = 0;
        for (double k : proxyKeys)
            sum += k;
        control.insert(QStringLiteral("total_ms"), sum);
        result.insert(QStringLiteral("control_qsortfilterproxymodel"), control);
    }
    result.insert(QStringLiteral("peak_rss_end_mb"), peakRssMb());
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    window.close();
    return 0;
}
