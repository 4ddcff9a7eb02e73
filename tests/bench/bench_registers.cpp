// The Households register and the learning centre's attendance entry on a big commune file, in real
// widgets: time until the list is shown, per-keystroke filter latency (list painted after each key), and
// for attendance the finder's load, its per-keystroke latency and the round trip of Enter (mark present:
// one undoable command, the attendance list refreshed through the notifier).
//   Usage: bench_registers FILE [--text "nguyen van h"] [--marks 20]   (QT_QPA_PLATFORM=offscreen).
//   Prints one JSON object.
#include "ChangeNotifier.h"
#include "Database.h"
#include "EditCommands.h"
#include "HouseholdRegisterWidget.h"
#include "HouseholdTableModel.h"
#include "LearningCentreWidget.h"
#include "MessageBox.h"
#include "PeopleFinder.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <vector>

using namespace sht;

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

QJsonObject stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.empty())
        return {};
    const size_t n = v.size();
    const double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return {{QStringLiteral("median_ms"), median},
            {QStringLiteral("p95_ms"), v[std::min(n - 1, size_t(0.95 * double(n - 1) + 0.5))]},
            {QStringLiteral("max_ms"), v.back()},
            {QStringLiteral("samples"), int(n)}};
}

void press(QWidget *target, int key, const QString &text, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent down(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(target, &down);
    QKeyEvent up(QEvent::KeyRelease, key, modifiers, text);
    QApplication::sendEvent(target, &up);
}

// Types text into edit key by key; after each key the view is painted; returns the time of each key.
std::vector<double> typeAndPaint(QLineEdit *edit, QAbstractItemView *view, const QString &text)
{
    std::vector<double> times;
    QElapsedTimer timer;
    for (const QChar c : text) {
        const int key = c == QLatin1Char(' ') ? Qt::Key_Space : Qt::Key_A + (c.toLower().unicode() - 'a');
        timer.start();
        press(edit, key, QString(c));
        view->viewport()->repaint();
        times.push_back(ms(timer.nsecsElapsed()));
    }
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    MessageBox::setAutoAnswer(true);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_registers FILE [--text \"nguyen van h\"] [--marks 20]\n";
        return 1;
    }
    const int textAt = args.indexOf(QStringLiteral("--text"));
    const QString text = textAt > 0 ? args.value(textAt + 1) : QStringLiteral("nguyen van h");
    const int marksAt = args.indexOf(QStringLiteral("--marks"));
    const int marks = marksAt > 0 ? args.value(marksAt + 1).toInt() : 20;

    Database db;
    if (const Status s = db.open(args.at(1)); !s) {
        QTextStream(stderr) << s.message() << '\n';
        return 2;
    }
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits(db, stack, notifier);
    QJsonObject out;
    QElapsedTimer timer;

    // Households: shown (list read, model reset, painted), then typing, five rounds.
    {
        HouseholdRegisterWidget page;
        page.resize(1000, 700);
        timer.start();
        page.setSession(&db, &edits, &notifier);
        page.show();
        page.table()->viewport()->repaint();
        out[QStringLiteral("households_shown_ms")] = ms(timer.nsecsElapsed());
        out[QStringLiteral("households")] = page.model()->scopeCount();
        std::vector<double> keys;
        for (int round = 0; round < 5; ++round) {
            page.filterEdit()->clear();
            page.table()->viewport()->repaint();
            const auto times = typeAndPaint(page.filterEdit(), page.table(), text);
            keys.insert(keys.end(), times.begin(), times.end());
        }
        out[QStringLiteral("households_matches")] = page.model()->matchCount();
        out[QStringLiteral("households_typing")] = stats(keys);
    }

    // Attendance: the page shown (courses, sessions, attendance list, and the finder's people read).
    {
        LearningCentreWidget page;
        page.resize(1200, 800);
        timer.start();
        page.setSession(&db, &edits, &notifier);
        page.show();
        QApplication::processEvents();
        out[QStringLiteral("centre_shown_ms")] = ms(timer.nsecsElapsed());
        auto *finder = page.findChild<PeopleFinder *>(QStringLiteral("attendanceFinder"));
        if (!finder) {
            QTextStream(stderr) << "no attendance finder\n";
            return 3;
        }
        std::vector<double> keys;
        for (int round = 0; round < 5; ++round) {
            finder->findEdit()->clear();
            const auto times = typeAndPaint(finder->findEdit(), finder->resultList(), text);
            keys.insert(keys.end(), times.begin(), times.end());
        }
        out[QStringLiteral("finder_typing")] = stats(keys);

        // Enter on a match: one person marked present per Enter, the list refreshed. Matches already present
        // (the demo's own attendance) are refused without a write, and not counted.
        std::vector<double> enters;
        for (int row = 0; int(enters.size()) < marks && row < 200; ++row) {
            finder->findEdit()->setText(text);
            if (finder->resultList()->count() <= row)
                break;
            finder->resultList()->setCurrentRow(row);
            const int before = int(stack.count());
            timer.start();
            press(finder->findEdit(), Qt::Key_Return, QStringLiteral("\r"));
            QApplication::processEvents();
            if (stack.count() > before)
                enters.push_back(ms(timer.nsecsElapsed()));
        }
        out[QStringLiteral("mark_present")] = stats(enters);
    }
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
