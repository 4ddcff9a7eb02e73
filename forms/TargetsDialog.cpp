#include "TargetsDialog.h"

#include "Database.h"
#include "EditCommands.h"
#include "MessageBox.h"
#include "TargetCatalogue.h"
#include "TargetCommands.h"
#include "TargetEditDialog.h"
#include "TargetRepository.h"
#include "TargetTableModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sht {

using namespace criteria;

TargetsDialog::TargetsDialog(Database &db, EditCommands &commands, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(std::make_unique<TargetCommands>(commands))
    , m_model(new TargetTableModel(this))
{
    setWindowTitle(tr("Targets"));
    Status status;
    m_national = TargetCatalogue::national(&status).targets();

    auto *intro =
        new QLabel(tr("National targets come with the program (greyed: they cannot be changed). Add "
                      "the province's or the commune's own targets: where one is higher, the "
                      "dashboard measures against it."),
                   this);
    intro->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("targetTable"));
    m_table->setAccessibleName(tr("Targets"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    m_table->setColumnWidth(
        TargetTableModel::IndicatorColumn,
        metrics.horizontalAdvance(QStringLiteral("Learning citizens (adults in GĐHT/DHHT/CĐHT)")) + 16);
    m_table->setColumnWidth(TargetTableModel::YearColumn,
                            metrics.horizontalAdvance(QStringLiteral("00000")) + 16);
    m_table->setColumnWidth(TargetTableModel::ShareColumn,
                            metrics.horizontalAdvance(QStringLiteral("00–00%")) + 24);
    m_table->setColumnWidth(TargetTableModel::ScopeColumn,
                            metrics.horizontalAdvance(tr("%1, difficult areas").arg(tr("National"))) + 16);
    m_table->setColumnWidth(
        TargetTableModel::SourceColumn,
        metrics.horizontalAdvance(QStringLiteral("QĐ 387/QĐ-TTg (theo kế hoạch tỉnh) [provisional]")) + 16);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("targetsMessage"));
    m_message->setWordWrap(true);

    m_addButton = new QPushButton(tr("&Add…"), this);
    m_addButton->setObjectName(QStringLiteral("addTargetButton"));
    m_addButton->setToolTip(tr("Insert"));
    m_editButton = new QPushButton(tr("&Change…"), this);
    m_editButton->setObjectName(QStringLiteral("editTargetButton"));
    m_editButton->setToolTip(tr("Enter or F2"));
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteTargetButton"));
    m_deleteButton->setToolTip(tr("Del"));
    for (QPushButton *button : {m_addButton, m_editButton, m_deleteButton})
        button->setAutoDefault(false);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    close->button(QDialogButtonBox::Close)->setToolTip(tr("Esc"));
    connect(close, &QDialogButtonBox::rejected, this, &TargetsDialog::reject);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_addButton);
    bar->addWidget(m_editButton);
    bar->addWidget(m_deleteButton);
    bar->addStretch();
    bar->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(bar);

    // The list's keys, while it has the focus: they win over the dialog's own Enter.
    const auto bind = [this](const QKeySequence &key, void (TargetsDialog::*slot)()) {
        auto *action = new QAction(m_table);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    bind(QKeySequence(Qt::Key_Insert), &TargetsDialog::addTarget);
    bind(QKeySequence(Qt::Key_Return), &TargetsDialog::editTarget);
    bind(QKeySequence(Qt::Key_Enter), &TargetsDialog::editTarget);
    bind(QKeySequence(Qt::Key_F2), &TargetsDialog::editTarget);
    bind(QKeySequence(QKeySequence::Delete), &TargetsDialog::deleteTarget);
    connect(m_table, &QTableView::doubleClicked, this, &TargetsDialog::editTarget);
    connect(m_addButton, &QPushButton::clicked, this, &TargetsDialog::addTarget);
    connect(m_editButton, &QPushButton::clicked, this, &TargetsDialog::editTarget);
    connect(m_deleteButton, &QPushButton::clicked, this, &TargetsDialog::deleteTarget);

    reload(0);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TargetsDialog::updateButtons);
    // The first local target, else the first row.
    m_table->selectRow(m_model->rowCount() > m_national.size() ? int(m_national.size()) : 0);
    updateButtons();
    resize(metrics.horizontalAdvance(QLatin1Char('M')) * 90, metrics.height() * 30);
    m_table->setFocus();
}

TargetsDialog::~TargetsDialog() = default;

void TargetsDialog::reload(qint64 selectId)
{
    m_model->setTargets(m_national, TargetRepository(m_db).all());
    if (selectId)
        selectLocal(selectId);
    updateButtons();
}

void TargetsDialog::selectLocal(qint64 targetId)
{
    const int row = m_model->rowOfLocal(targetId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

int TargetsDialog::currentRow() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void TargetsDialog::updateButtons()
{
    const bool local = m_model->isLocal(currentRow());
    const bool writable = !m_db.isReadOnly();
    m_addButton->setEnabled(writable);
    m_editButton->setEnabled(writable && local);
    m_deleteButton->setEnabled(writable && local);
}

void TargetsDialog::addTarget()
{
    if (m_db.isReadOnly())
        return;
    Target target;
    target.scope = TargetScope::Commune;
    // Start from the selected row: a commune usually raises a national figure.
    if (const int row = currentRow(); row >= 0) {
        const Target &from = m_model->targetAt(row);
        target.indicator = from.indicator;
        target.year = from.year;
        target.share = from.share;
    }
    TargetEditDialog dialog(
        target, [this](Target &t) { return m_commands->add(t); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload(dialog.target().id);
    m_message->setText(tr("Target added (Edit > Undo takes it back)."));
}

void TargetsDialog::editTarget()
{
    const int row = currentRow();
    if (row < 0)
        return;
    if (!m_model->isLocal(row)) {
        m_message->setText(tr("National targets come with the program and cannot be changed; press Insert to "
                              "add the commune's own target instead."));
        return;
    }
    if (m_db.isReadOnly())
        return;
    TargetEditDialog dialog(
        m_model->targetAt(row), [this](Target &t) { return m_commands->update(t); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload(dialog.target().id);
    m_message->setText(tr("Target changed."));
}

void TargetsDialog::deleteTarget()
{
    const int row = currentRow();
    if (row < 0 || m_db.isReadOnly())
        return;
    if (!m_model->isLocal(row)) {
        m_message->setText(tr("National targets come with the program and cannot be deleted."));
        return;
    }
    const Target target = m_model->targetAt(row);
    if (MessageBox::question(
            this, tr("Delete target"),
            tr("Delete the %1 target \"%2\" for %3 (%4)?")
                .arg(targetScopeName(target.scope).toLower(), targetIndicatorName(target.indicator))
                .arg(target.year)
                .arg(target.shareText()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (const Status s = m_commands->remove(target.id); !s) {
        MessageBox::warning(this, tr("Delete target"), s.message());
        return;
    }
    reload(0);
    m_table->selectRow(qMin(row, m_model->rowCount() - 1));
    m_message->setText(tr("Target deleted (Edit > Undo brings it back)."));
}

} // namespace sht
