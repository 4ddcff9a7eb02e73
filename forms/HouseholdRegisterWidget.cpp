#include "HouseholdRegisterWidget.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "EditCommands.h"
#include "FilterField.h"
#include "HouseholdDetailsDialog.h"
#include "HouseholdList.h"
#include "HouseholdListRepository.h"
#include "HouseholdRepository.h"
#include "HouseholdTableModel.h"
#include "MessageBox.h"
#include "RegisterTable.h"
#include "ui_HouseholdRegisterWidget.h"

#include <QAction>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>

namespace sht {

HouseholdRegisterWidget::HouseholdRegisterWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HouseholdRegisterWidget>())
    , m_model(new HouseholdTableModel(this))
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);

    QTableView *table = m_ui->householdTable;
    table->setModel(m_model);
    setUpRegisterTable(table,
                       {{HouseholdList::CodeColumn, QStringLiteral("00.0000")},
                        {HouseholdList::HeadColumn, QStringLiteral("Nguyễn Thị Thu Hương")},
                        {HouseholdList::VillageColumn, QStringLiteral("Thôn Đồng Quang")},
                        {HouseholdList::AddressColumn, QStringLiteral("Xóm 12, Thôn Đồng Quang")}},
                       HouseholdList::CodeColumn);

    // Keys that work anywhere on the page (the table, the filter, the buttons).
    const auto bindKey = [this](QPushButton *button, const QKeySequence &key,
                                void (HouseholdRegisterWidget::*slot)()) {
        auto *action = new QAction(button->text(), this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        connect(button, &QPushButton::clicked, this, slot);
        button->setToolTip(tr("%1 (%2)").arg(button->text().remove(QLatin1Char('&')),
                                             key.toString(QKeySequence::NativeText)));
    };
    bindKey(m_ui->editButton, QKeySequence(Qt::Key_F2), &HouseholdRegisterWidget::editDetails);
    bindKey(m_ui->deleteButton, QKeySequence(QKeySequence::Delete),
            &HouseholdRegisterWidget::deleteHousehold);
    connect(m_ui->newButton, &QPushButton::clicked, this, &HouseholdRegisterWidget::newHouseholdRequested);
    m_ui->newButton->setToolTip(
        tr("New household (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText)));

    m_ui->filterEdit->installEventFilter(this);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_model, &HouseholdTableModel::setFilterText);
    connect(m_model, &HouseholdTableModel::countsChanged, this, &HouseholdRegisterWidget::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HouseholdRegisterWidget::updateActions);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HouseholdRegisterWidget::updateActions);
    connect(table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit householdActivated(m_model->householdIdAt(index.row()));
    });
    setFocusProxy(m_ui->filterEdit);
    updateHeading();
    updateCount(0, 0);
    updateActions();
}

HouseholdRegisterWidget::~HouseholdRegisterWidget() = default;

void HouseholdRegisterWidget::setSession(Database *db, EditCommands *commands, ChangeNotifier *notifier)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_db = db;
    m_commands = commands;
    m_notifier = notifier;
    m_loaded = false;
    m_readError.clear();
    m_model->setList(HouseholdList());
    if (m_notifier)
        connect(m_notifier, &ChangeNotifier::changed, this, &HouseholdRegisterWidget::tablesChanged);
    if (!db) {
        m_ui->filterEdit->clear();
        m_model->setVillage(0);
        m_villageName.clear();
        updateHeading();
    } else if (isVisible()) {
        refresh();
    }
}

void HouseholdRegisterWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void HouseholdRegisterWidget::ensureLoaded()
{
    if (!m_loaded && m_db)
        refresh();
}

void HouseholdRegisterWidget::refresh()
{
    if (!m_db)
        return;
    const qint64 current = currentHousehold();
    HouseholdList list;
    const Status read = HouseholdListRepository::load(*m_db, &list);
    // A failed read must not look like an empty commune: the message replaces the counts.
    m_readError = read ? QString() : read.message();
    m_loaded = true;
    m_model->setList(std::move(list));
    updateCount(m_model->matchCount(), m_model->scopeCount());
    if (current)
        selectHousehold(current);
}

void HouseholdRegisterWidget::tablesChanged(const QSet<QString> &tables)
{
    static const QSet<QString> shown{QStringLiteral("household"), QStringLiteral("membership"),
                                     QStringLiteral("person"), QStringLiteral("admin_unit"),
                                     QStringLiteral("household_village")};
    if (!tables.intersects(shown))
        return;
    m_loaded = false;
    if (isVisible())
        refresh();
}

void HouseholdRegisterWidget::setVillage(qint64 villageId, const QString &villageName)
{
    m_villageName = villageId == 0 ? QString() : villageName;
    m_model->setVillage(villageId);
    updateHeading();
}

qint64 HouseholdRegisterWidget::village() const
{
    return m_model->village();
}

void HouseholdRegisterWidget::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void HouseholdRegisterWidget::selectHousehold(qint64 householdId)
{
    const int row = m_model->rowOfHousehold(householdId);
    if (row >= 0) {
        m_ui->householdTable->setCurrentIndex(m_model->index(row, 0));
        m_ui->householdTable->scrollTo(m_model->index(row, 0));
    }
}

QLineEdit *HouseholdRegisterWidget::filterEdit() const
{
    return m_ui->filterEdit;
}

QTableView *HouseholdRegisterWidget::table() const
{
    return m_ui->householdTable;
}

QLabel *HouseholdRegisterWidget::countLabel() const
{
    return m_ui->countLabel;
}

qint64 HouseholdRegisterWidget::currentHousehold() const
{
    const QModelIndex index = m_ui->householdTable->currentIndex();
    return index.isValid() ? m_model->householdIdAt(index.row()) : 0;
}

void HouseholdRegisterWidget::updateActions()
{
    const bool chosen = currentHousehold() != 0 && m_commands;
    m_ui->editButton->setEnabled(chosen);
    m_ui->deleteButton->setEnabled(chosen);
    m_ui->newButton->setEnabled(m_commands != nullptr);
}

void HouseholdRegisterWidget::editDetails()
{
    const qint64 id = currentHousehold();
    if (!id || !m_db || !m_commands)
        return;
    const auto household = HouseholdRepository(*m_db).find(id);
    if (!household)
        return;
    HouseholdDetailsDialog dialog(*m_commands, *household, this);
    dialog.exec();
    m_ui->householdTable->setFocus();
}

void HouseholdRegisterWidget::deleteHousehold()
{
    const QModelIndex index = m_ui->householdTable->currentIndex();
    if (!index.isValid() || !m_commands)
        return;
    const HouseholdList::Entry entry = m_model->entryAt(index.row());
    if (entry.members > 0) {
        MessageBox::information(
            this, tr("Delete household"),
            tr("Household %1 still has %n member(s). Move them to another household, or mark them deceased "
               "or moved away, before deleting it.",
               nullptr, entry.members)
                .arg(entry.code));
        return;
    }
    const auto answer =
        MessageBox::question(this, tr("Delete household"),
                             tr("Delete household %1 from the registers? The record of its past members goes "
                                "with it (the people themselves stay).")
                                 .arg(entry.code),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const Status s = m_commands->removeHousehold(entry.id); !s)
        MessageBox::warning(this, tr("Delete household"), s.message());
}

bool HouseholdRegisterWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->filterEdit && handleFilterFieldKey(m_ui->filterEdit, m_ui->householdTable, event))
        return true;
    return QWidget::eventFilter(watched, event);
}

void HouseholdRegisterWidget::updateHeading()
{
    m_ui->headingLabel->setText(m_villageName.isEmpty() ? tr("Households of the whole commune")
                                                        : tr("Households of %1").arg(m_villageName));
}

void HouseholdRegisterWidget::updateCount(int matches, int total)
{
    if (!m_readError.isEmpty()) {
        m_ui->countLabel->setText(m_readError);
        return;
    }
    m_ui->countLabel->setText(tr("%L1 / %L2 shown").arg(matches).arg(total));
}

} // namespace sht
