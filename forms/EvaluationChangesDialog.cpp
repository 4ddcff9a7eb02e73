#include "EvaluationChangesDialog.h"

#include "EvaluationTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sht {

namespace {

QString verdictWithLevel(std::optional<criteria::Verdict> verdict, int level)
{
    if (!verdict)
        return EvaluationChangesDialog::tr("(not evaluated)");
    QString text = EvaluationTableModel::verdictText(*verdict);
    if (level > 0)
        text += QStringLiteral(" · ") + EvaluationChangesDialog::tr("level %1").arg(level);
    return text;
}

QTableWidgetItem *item(const QString &text, std::optional<criteria::Verdict> verdict = std::nullopt)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (verdict)
        cell->setForeground(EvaluationTableModel::verdictColor(*verdict));
    return cell;
}

} // namespace

EvaluationChangesDialog::EvaluationChangesDialog(const EvaluationRun &run, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("evaluationChangesDialog"));
    setWindowTitle(tr("What changed in %1").arg(run.year));

    auto *intro = new QLabel(
        tr("%n verdict(s) differ from the previous evaluation of %1:", nullptr, int(run.changes.size()))
            .arg(run.year),
        this);
    intro->setObjectName(QStringLiteral("changesIntro"));
    intro->setWordWrap(true);

    m_table = new QTableWidget(int(run.changes.size()), 4, this);
    m_table->setObjectName(QStringLiteral("changesTable"));
    m_table->setHorizontalHeaderLabels({tr("Subject"), tr("Title"), tr("Before"), tr("Now")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < run.changes.size(); ++row) {
        const VerdictChange &change = run.changes.at(row);
        m_table->setItem(row, 0, item(change.subjectName));
        m_table->setItem(row, 1, item(EvaluationTableModel::shortTitle(change.title)));
        m_table->setItem(row, 2, item(verdictWithLevel(change.before, change.levelBefore), change.before));
        m_table->setItem(row, 3, item(verdictWithLevel(change.after, change.levelAfter), change.after));
    }
    m_table->setColumnWidth(
        0, fontMetrics().horizontalAdvance(QStringLiteral("00.000 – Nguyễn Thị Thu Hương")) + 16);
    m_table->setColumnWidth(1, fontMetrics().horizontalAdvance(QStringLiteral("CĐHT thôn")) + 16);
    m_table->setColumnWidth(2, fontMetrics().horizontalAdvance(tr("Waiting for the council")) + 40);
    m_table->setSortingEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    if (!run.problems.isEmpty()) {
        auto *problems = new QLabel(tr("Not evaluated:") + QStringLiteral("\n• ") +
                                        run.problems.mid(0, 20).join(QStringLiteral("\n• ")) +
                                        (run.problems.size() > 20 ? QStringLiteral("\n…") : QString()),
                                    this);
        problems->setObjectName(QStringLiteral("problemsLabel"));
        problems->setWordWrap(true);
        layout->addWidget(problems);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace sht
