#include "ClanRegisterWidget.h"

#include "ChangeNotifier.h"
#include "ClanCommands.h"
#include "ClanDialog.h"
#include "ClanHouseholdDialog.h"
#include "ClanHouseholdsModel.h"
#include "ClanRepository.h"
#include "ClanTableModel.h"
#include "Database.h"
#include "FilterField.h"
#include "MessageBox.h"
#include "ui_ClanRegisterWidget.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>

namespace sht {

namespace {
// The tables whose change may change what the page shows (names, heads, members, villages).
bool concernsClans(const QSet<QString> &tables)
{
    static const QStringList watched = {QStringLiteral("clan"),      QStringLiteral("clan_household"),
                                        QStringLiteral("person"),    QStringLiteral("membership"),
                                        QStringLiteral("household"), QStringLiteral("admin_unit")};
    for (const QString &table : watched)
        if (tables.contains(table))
            return true;
    return false;
}

void setUpTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(table->fontMetrics().height() + 8);
}

void setWidths(QTableView *table, const QStringList &samples)
{
    const QFontMetrics metrics = table->fontMetrics();
    for (int column = 0; column < samples.size(); ++column) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        // Room for the title and the sort arrow.
        table->setColumnWidth(column, qMax(metrics.horizontalAdvance(samples.at(column)) + 16,
                                           metrics.horizontalAdvance(title) + 28));
    }
}
} // namespace

ClanRegisterWidget::ClanRegisterWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ClanRegisterWidget>())
    , m_clans(new ClanTableModel(this))
    , m_households(new ClanHouseholdsModel(this))
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);

    setUpTable(m_ui->clanTable, m_clans);
    setWidths(m_ui->clanTable, {QStringLiteral("Họ Nguyễn Văn Đình"), QStringLiteral("Nguyễn Văn Thưởng"),
                                QStringLiteral("000"), QStringLiteral("0,000")});
    QHeaderView *clanHeader = m_ui->clanTable->horizontalHeader();
    clanHeader->setStretchLastSection(false);
    clanHeader->setSectionResizeMode(ClanTableModel::NameColumn, QHeaderView::Stretch);
    clanHeader->setSortIndicatorShown(true);
    clanHeader->setSortIndicator(ClanTableModel::NameColumn, Qt::AscendingOrder);
    m_ui->clanTable->setSortingEnabled(true);

    setUpTable(m_ui->clanHouseholdsTable, m_households);
    setWidths(m_ui->clanHouseholdsTable, {QStringLiteral("00.000"), QStringLiteral("Nguyễn Thị Thu Hương"),
                                          QStringLiteral("Thôn Đồng Quang"), QStringLiteral("00")});
    QHeaderView *householdHeader = m_ui->clanHouseholdsTable->horizontalHeader();
    householdHeader->setStretchLastSection(false);
    householdHeader->setSectionResizeMode(ClanHouseholdsModel::HeadColumn, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);

    const struct
    {
        QPushButton *button;
        QString keys;
        Action action;
    } buttons[] = {
        {m_ui->newClanButton, tr("Insert or Ctrl+N"), Action::NewClan},
        {m_ui->editClanButton, tr("F2, or Enter on a clan"), Action::EditClan},
        {m_ui->deleteClanButton, tr("Del on a clan"), Action::DeleteClan},
        {m_ui->addHouseholdButton, tr("Ctrl+Shift+A, or Insert in the households list"),
         Action::AddHousehold},
        {m_ui->removeHouseholdButton, tr("Del in the households list"), Action::RemoveHousehold},
        {m_ui->openHouseholdButton, tr("Enter on a household"), Action::OpenHousehold},
    };
    for (const auto &b : buttons) {
        b.button->setToolTip(b.keys);
        b.button->setAutoDefault(false);
        const Action action = b.action;
        connect(b.button, &QPushButton::clicked, this, [this, action] { run(action); });
        b.button->installEventFilter(this);
    }
    for (QWidget *w : {static_cast<QWidget *>(m_ui->clanFilter), static_cast<QWidget *>(m_ui->clanTable),
                       static_cast<QWidget *>(m_ui->clanHouseholdsTable)})
        w->installEventFilter(this);

    connect(m_ui->clanFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qint64 selected = currentClanId();
        m_clans->setFilterText(text);
        selectClan(selected);
    });
    connect(m_clans, &ClanTableModel::countsChanged, this, &ClanRegisterWidget::updateCount);
    connect(m_ui->clanTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClanRegisterWidget::showHouseholds);
    connect(m_ui->clanHouseholdsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClanRegisterWidget::updateActions);
    connect(m_ui->clanTable, &QTableView::doubleClicked, this, [this] { run(Action::EditClan); });
    connect(m_ui->clanHouseholdsTable, &QTableView::doubleClicked, this,
            [this] { run(Action::OpenHousehold); });
    // A header click re-sorts (a reset): keep the clan under the cursor.
    connect(clanHeader, &QHeaderView::sortIndicatorChanged, this, [this] { selectClan(m_shownClanId); });

    setFocusProxy(m_ui->clanFilter);
    updateCount(0, 0);
    showHouseholds();
}

ClanRegisterWidget::~ClanRegisterWidget() = default;

void ClanRegisterWidget::setSession(Database *db, EditCommands *commands, ChangeNotifier *notifier)
{
    QObject::disconnect(m_notifierConnection);
    m_db = commands ? db : nullptr;
    m_commands = m_db ? std::make_unique<ClanCommands>(*commands) : nullptr;
    m_readError.clear();
    if (m_db && notifier)
        m_notifierConnection =
            connect(notifier, &ChangeNotifier::changed, this, [this](const QSet<QString> &t) {
                if (!concernsClans(t))
                    return;
                if (isVisible())
                    reload();
                else
                    m_stale = true;
            });
    if (!m_db) {
        m_stale = false;
        m_ui->clanFilter->clear();
        m_clans->setClans({});
        m_shownClanId = -1;
        showHouseholds();
        return;
    }
    m_stale = true;
    if (isVisible())
        reload();
}

void ClanRegisterWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ClanRegisterWidget::reload()
{
    m_stale = false;
    if (!m_db)
        return;
    const qint64 clanId = currentClanId();
    const qint64 householdId = currentHouseholdId();
    QList<ClanSummary> clans;
    const Status read = ClanRepository(*m_db).summaries(&clans);
    // A failed read must not look like a commune without clans: the message replaces the counts.
    m_readError = read ? QString() : read.message();
    m_clans->setClans(clans);
    m_shownClanId = -1; // the same clan's households may have changed too
    selectClan(clanId);
    selectHousehold(householdId);
}

void ClanRegisterWidget::selectClan(qint64 clanId)
{
    QTableView *table = m_ui->clanTable;
    int row = m_clans->rowOfClan(clanId);
    if (row < 0 && m_clans->rowCount() > 0)
        row = 0;
    if (row >= 0)
        table->setCurrentIndex(
            m_clans->index(row, table->currentIndex().isValid() ? table->currentIndex().column() : 0));
    else
        table->setCurrentIndex(QModelIndex());
    table->selectRow(row);
    showHouseholds();
}

void ClanRegisterWidget::selectHousehold(qint64 householdId)
{
    const int row = m_households->rowOfHousehold(householdId);
    if (row >= 0)
        m_ui->clanHouseholdsTable->selectRow(row);
    updateActions();
}

qint64 ClanRegisterWidget::currentClanId() const
{
    const QModelIndex index = m_ui->clanTable->currentIndex();
    return index.isValid() ? m_clans->clanIdAt(index.row()) : 0;
}

qint64 ClanRegisterWidget::currentHouseholdId() const
{
    const QModelIndex index = m_ui->clanHouseholdsTable->currentIndex();
    return index.isValid() ? m_households->householdIdAt(index.row()) : 0;
}

void ClanRegisterWidget::showHouseholds()
{
    const qint64 clanId = currentClanId();
    if (clanId != m_shownClanId) {
        m_shownClanId = clanId;
        QList<ClanHouseholdSummary> households;
        if (m_db && clanId) {
            const Status read = ClanRepository(*m_db).householdSummaries(clanId, &households);
            if (!read)
                m_readError = read.message();
        }
        m_households->setHouseholds(households);
        if (!households.isEmpty())
            m_ui->clanHouseholdsTable->selectRow(0);
    }
    const QModelIndex current = m_ui->clanTable->currentIndex();
    if (!m_db)
        m_ui->householdsLabel->setText(tr("Member hou&seholds"));
    else if (!current.isValid())
        m_ui->householdsLabel->setText(m_clans->totalCount() == 0
                                           ? tr("Member hou&seholds (no clan yet: press Insert to add one)")
                                           : tr("Member hou&seholds (choose a clan)"));
    else
        m_ui->householdsLabel->setText(tr("Member hou&seholds of %1 (%L2)")
                                           .arg(m_clans->clanAt(current.row()).name)
                                           .arg(m_households->rowCount()));
    updateActions();
}

void ClanRegisterWidget::updateCount(int matches, int total)
{
    if (!m_readError.isEmpty()) {
        m_ui->clanCount->setText(m_readError);
        return;
    }
    m_ui->clanCount->setText(tr("%L1 / %L2 shown").arg(matches).arg(total));
}

void ClanRegisterWidget::updateActions()
{
    const bool open = m_db != nullptr;
    const bool clan = open && currentClanId() != 0;
    const bool household = clan && currentHouseholdId() != 0;
    m_ui->clanFilter->setEnabled(open);
    m_ui->newClanButton->setEnabled(open && !m_db->isReadOnly());
    m_ui->editClanButton->setEnabled(clan);
    m_ui->deleteClanButton->setEnabled(clan && !m_db->isReadOnly());
    m_ui->addHouseholdButton->setEnabled(clan && !m_db->isReadOnly());
    m_ui->removeHouseholdButton->setEnabled(household && !m_db->isReadOnly());
    m_ui->openHouseholdButton->setEnabled(household);
}

void ClanRegisterWidget::focusFilter()
{
    m_ui->clanFilter->setFocus(Qt::ShortcutFocusReason);
    m_ui->clanFilter->selectAll();
}

QLineEdit *ClanRegisterWidget::filterEdit() const
{
    return m_ui->clanFilter;
}

QTableView *ClanRegisterWidget::clanTable() const
{
    return m_ui->clanTable;
}

QTableView *ClanRegisterWidget::householdsTable() const
{
    return m_ui->clanHouseholdsTable;
}

QLabel *ClanRegisterWidget::countLabel() const
{
    return m_ui->clanCount;
}

ClanRegisterWidget::Action ClanRegisterWidget::actionFor(QObject *watched, int key,
                                                         Qt::KeyboardModifiers modifiers) const
{
    const bool inHouseholds = watched == m_ui->clanHouseholdsTable;
    const bool inClans = watched == m_ui->clanTable;
    modifiers &= ~Qt::KeypadModifier;
    if (modifiers == Qt::ControlModifier && key == Qt::Key_N)
        return Action::NewClan;
    if (modifiers == (Qt::ControlModifier | Qt::ShiftModifier) && key == Qt::Key_A)
        return Action::AddHousehold;
    if (modifiers != Qt::NoModifier)
        return Action::None;
    switch (key) {
    case Qt::Key_Insert:
        return inHouseholds ? Action::AddHousehold : Action::NewClan;
    case Qt::Key_F2:
        return Action::EditClan;
    case Qt::Key_Delete:
        // In the filter field Del deletes a character.
        return inHouseholds ? Action::RemoveHousehold : inClans ? Action::DeleteClan : Action::None;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return inHouseholds ? Action::OpenHousehold : inClans ? Action::EditClan : Action::None;
    }
    return Action::None;
}

bool ClanRegisterWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_ui->clanFilter && handleFilterFieldKey(m_ui->clanFilter, m_ui->clanTable, event))
        return true;
    const Action action = actionFor(watched, key->key(), key->modifiers());
    if (action == Action::None)
        return QWidget::eventFilter(watched, event);
    // Claim the key before the window's shortcuts (Ctrl+N is File > New elsewhere), then act on the press.
    event->accept();
    if (event->type() == QEvent::KeyPress)
        run(action);
    return true;
}

void ClanRegisterWidget::run(Action action)
{
    if (!m_db || !m_commands)
        return;
    switch (action) {
    case Action::NewClan:
        return newClan();
    case Action::EditClan:
        return editClan();
    case Action::DeleteClan:
        return deleteClan();
    case Action::AddHousehold:
        return addHousehold();
    case Action::RemoveHousehold:
        return removeHousehold();
    case Action::OpenHousehold:
        return openHousehold();
    case Action::None:
        return;
    }
}

void ClanRegisterWidget::report(const QString &title, const QString &message)
{
    MessageBox::warning(this, title, message);
}

void ClanRegisterWidget::newClan()
{
    if (!m_db || !m_commands)
        return;
    ClanDialog dialog(*m_db, *m_commands, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_stale)
        reload();
    // The new clan may not match the filter: clear it so the clerk sees what was made.
    if (m_clans->rowOfClan(dialog.clanId()) < 0)
        m_ui->clanFilter->clear();
    selectClan(dialog.clanId());
    m_ui->clanTable->setFocus();
}

void ClanRegisterWidget::editClan()
{
    const qint64 clanId = currentClanId();
    if (!m_db || !m_commands || !clanId)
        return;
    ClanDialog dialog(*m_db, *m_commands, clanId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectClan(clanId);
    m_ui->clanTable->setFocus();
}

void ClanRegisterWidget::deleteClan()
{
    const QModelIndex current = m_ui->clanTable->currentIndex();
    if (!m_db || !m_commands || !current.isValid())
        return;
    const ClanSummary clan = m_clans->clanAt(current.row());
    const QString text =
        clan.households == 0
            ? tr("Delete the clan %1?\n\nIt has no member households.").arg(clan.name)
            : tr("Delete the clan %1?\n\nIts %n member household(s) will leave the clan; the households and "
                 "their people stay in the registers.",
                 nullptr, clan.households)
                  .arg(clan.name);
    if (MessageBox::question(this, tr("Delete a clan"), text, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    const int row = current.row();
    if (const Status s = m_commands->removeClan(clan.id); !s)
        return report(tr("Delete a clan"), s.message());
    if (m_stale)
        reload();
    // Stay where the clerk was: the clan that took the deleted one's place.
    if (m_clans->rowCount() > 0)
        selectClan(m_clans->clanIdAt(qMin(row, m_clans->rowCount() - 1)));
}

void ClanRegisterWidget::addHousehold()
{
    const qint64 clanId = currentClanId();
    if (!m_db || !m_commands || !clanId)
        return;
    ClanHouseholdDialog dialog(*m_db, *m_commands, clanId, this);
    dialog.exec();
    if (m_stale)
        reload();
    selectClan(clanId);
    if (!dialog.added().isEmpty()) {
        selectHousehold(dialog.added().constLast());
        m_ui->clanHouseholdsTable->setFocus();
    }
}

void ClanRegisterWidget::removeHousehold()
{
    const qint64 clanId = currentClanId();
    const QModelIndex current = m_ui->clanHouseholdsTable->currentIndex();
    if (!m_db || !m_commands || !clanId || !current.isValid())
        return;
    const ClanHouseholdSummary household = m_households->households().at(current.row());
    const QString clanName = m_clans->clanAt(m_ui->clanTable->currentIndex().row()).name;
    const QString who =
        household.headName.isEmpty() ? household.code : tr("%1 (%2)").arg(household.code, household.headName);
    if (MessageBox::question(
            this, tr("Remove a household from the clan"),
            tr("Remove household %1 from %2?\n\nThe household stays in the registers; it only "
               "leaves the clan.")
                .arg(who, clanName),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const int row = current.row();
    if (const Status s = m_commands->removeHousehold(clanId, household.householdId); !s)
        return report(tr("Remove a household from the clan"), s.message());
    if (m_stale)
        reload();
    selectClan(clanId);
    if (m_households->rowCount() > 0) {
        m_ui->clanHouseholdsTable->selectRow(qMin(row, m_households->rowCount() - 1));
        m_ui->clanHouseholdsTable->setFocus();
    } else {
        m_ui->clanTable->setFocus();
    }
}

void ClanRegisterWidget::openHousehold()
{
    if (const qint64 householdId = currentHouseholdId())
        emit householdActivated(householdId);
}

} // namespace sht
