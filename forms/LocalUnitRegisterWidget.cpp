#include "LocalUnitRegisterWidget.h"

#include "ChangeNotifier.h"
#include "EditCommands.h"
#include "FilterField.h"
#include "LocalUnitCommands.h"
#include "LocalUnitDialog.h"
#include "LocalUnitRepository.h"
#include "LocalUnitStaffModel.h"
#include "LocalUnitTableModel.h"
#include "MessageBox.h"
#include "StaffDialog.h"
#include "ui_LocalUnitRegisterWidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QTimer>

namespace sht {

namespace {
// The tables whose change can alter what the page shows (names of staff, villages, the units themselves).
bool concernsUnits(const QSet<QString> &tables)
{
    for (const char *table : {"local_unit", "local_unit_staff", "person", "admin_unit", "admin_unit_name"})
        if (tables.contains(QLatin1String(table)))
            return true;
    return false;
}

QString escaped(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

void setUpTable(QTableView *table)
{
    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    const int rowHeight = table->fontMetrics().height() + 8;
    rows->setMinimumSectionSize(rowHeight);
    rows->setDefaultSectionSize(rowHeight);
    // The name takes the room left over: the other columns hold short values.
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
}

const QKeySequence kNewUnitKey(Qt::CTRL | Qt::Key_N);
} // namespace

LocalUnitRegisterWidget::LocalUnitRegisterWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LocalUnitRegisterWidget>())
    , m_units(new LocalUnitTableModel(this))
    , m_staff(new LocalUnitStaffModel(this))
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    QFont bold = m_ui->staffHeading->font();
    bold.setBold(true);
    m_ui->staffHeading->setFont(bold);

    QTableView *units = m_ui->unitTable;
    units->setModel(m_units);
    setUpTable(units);
    units->setSortingEnabled(true);
    units->horizontalHeader()->setSortIndicator(LocalUnitTableModel::NameColumn, Qt::AscendingOrder);
    const QFontMetrics metrics = fontMetrics();
    const auto widthFor = [&](QTableView *table, int column, const QString &sample) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        table->setColumnWidth(
            column, qMax(metrics.horizontalAdvance(sample) + 16, metrics.horizontalAdvance(title) + 24));
    };
    widthFor(units, LocalUnitTableModel::NameColumn, QStringLiteral("Công ty TNHH May mặc Hòa An"));
    widthFor(units, LocalUnitTableModel::KindColumn, tr("Commune People's Committee"));
    widthFor(units, LocalUnitTableModel::LevelColumn, tr("Commune"));
    widthFor(units, LocalUnitTableModel::CriteriaColumn, tr("Association (448-D)"));
    widthFor(units, LocalUnitTableModel::VillageColumn, QStringLiteral("Thôn Đồng Quang"));
    widthFor(units, LocalUnitTableModel::StaffCountColumn, QStringLiteral("0000"));
    widthFor(units, LocalUnitTableModel::InRegisterColumn, QStringLiteral("0000"));

    QTableView *staff = m_ui->unitStaffTable;
    staff->setModel(m_staff);
    setUpTable(staff);
    widthFor(staff, LocalUnitStaffModel::NameColumn, QStringLiteral("Nguyễn Thị Thu Hương"));
    widthFor(staff, LocalUnitStaffModel::RoleColumn, QStringLiteral("Phó hiệu trưởng"));
    widthFor(staff, LocalUnitStaffModel::SinceColumn, QStringLiteral("00/00/0000"));
    widthFor(staff, LocalUnitStaffModel::UntilColumn, QStringLiteral("00/00/0000"));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    // Page-wide keys. Insert and Delete act on the list that has the focus, so each is one action.
    const auto addKey = [this](const QString &name, const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_insertAction = addKey(QStringLiteral("insertAction"), QKeySequence(Qt::Key_Insert), [this] {
        if (staffHasFocus())
            addStaff();
        else
            newUnit();
    });
    m_deleteAction = addKey(QStringLiteral("deleteAction"), QKeySequence(QKeySequence::Delete), [this] {
        if (staffHasFocus())
            removeStaff();
        else
            deleteUnit();
    });
    addKey(QStringLiteral("editUnitAction"), QKeySequence(Qt::Key_F2), &LocalUnitRegisterWidget::editUnit);
    addKey(QStringLiteral("addStaffAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
           &LocalUnitRegisterWidget::addStaff);
    addKey(QStringLiteral("endStaffAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
           &LocalUnitRegisterWidget::endStaff);

    const struct
    {
        QPushButton *button;
        QString keys;
        void (LocalUnitRegisterWidget::*slot)();
    } buttons[] = {
        {m_ui->newUnitButton, tr("Insert or Ctrl+N"), &LocalUnitRegisterWidget::newUnit},
        {m_ui->editUnitButton, tr("F2 or Enter"), &LocalUnitRegisterWidget::editUnit},
        {m_ui->deleteUnitButton, tr("Delete, in the list of units"), &LocalUnitRegisterWidget::deleteUnit},
        {m_ui->addStaffButton, tr("Ctrl+Shift+A, or Insert in the staff list"),
         &LocalUnitRegisterWidget::addStaff},
        {m_ui->endStaffButton, tr("Ctrl+Shift+L"), &LocalUnitRegisterWidget::endStaff},
        {m_ui->removeStaffButton, tr("Delete, in the staff list"), &LocalUnitRegisterWidget::removeStaff},
    };
    for (const auto &b : buttons) {
        b.button->setToolTip(b.keys);
        connect(b.button, &QPushButton::clicked, this, b.slot);
    }

    m_ui->unitFilter->installEventFilter(this);
    connect(m_ui->unitFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qint64 selected = selectedUnitId();
        m_units->setFilterText(text);
        selectUnit(selected);
    });
    connect(m_units, &LocalUnitTableModel::countsChanged, this, &LocalUnitRegisterWidget::updateCount);
    connect(m_units, &QAbstractItemModel::modelReset, this, &LocalUnitRegisterWidget::reloadStaff);
    connect(units->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LocalUnitRegisterWidget::reloadStaff);
    connect(units, &QTableView::activated, this, &LocalUnitRegisterWidget::editUnit);
    connect(staff->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LocalUnitRegisterWidget::updateActions);
    connect(m_ui->formerStaffCheck, &QCheckBox::toggled, this, [this](bool on) {
        const qint64 selected = selectedStaffId();
        m_staff->setShowFormer(on);
        const int row = m_staff->rowOfStaff(selected);
        if (row >= 0)
            m_ui->unitStaffTable->selectRow(row);
        updateActions();
    });
    setFocusProxy(m_ui->unitFilter);
    updateCount(0, 0);
    reloadStaff();
}

LocalUnitRegisterWidget::~LocalUnitRegisterWidget() = default;

void LocalUnitRegisterWidget::setSession(Database *db, EditCommands *commands, ChangeNotifier *notifier)
{
    disconnect(m_notifierConnection);
    m_db = db && commands ? db : nullptr;
    m_commands = m_db ? commands : nullptr;
    m_loaded = false;
    m_readError.clear();
    if (notifier && m_db)
        m_notifierConnection =
            connect(notifier, &ChangeNotifier::changed, this, [this](const QSet<QString> &t) {
                if (!concernsUnits(t))
                    return;
                if (isVisible())
                    reload();
                else
                    m_loaded = false; // read again when shown
            });
    if (!m_db) {
        m_ui->unitFilter->clear();
        m_ui->formerStaffCheck->setChecked(false);
        m_units->setUnits({});
        return;
    }
    if (isVisible())
        reload();
}

void LocalUnitRegisterWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_db)
        reload();
}

void LocalUnitRegisterWidget::focusFilter()
{
    m_ui->unitFilter->setFocus(Qt::ShortcutFocusReason);
    m_ui->unitFilter->selectAll();
}

QTableView *LocalUnitRegisterWidget::unitTable() const
{
    return m_ui->unitTable;
}

QTableView *LocalUnitRegisterWidget::staffTable() const
{
    return m_ui->unitStaffTable;
}

qint64 LocalUnitRegisterWidget::selectedUnitId() const
{
    const QModelIndex index = m_ui->unitTable->currentIndex();
    return index.isValid() ? m_units->unitIdAt(index.row()) : 0;
}

void LocalUnitRegisterWidget::selectUnit(qint64 unitId)
{
    const int row = m_units->rowOfUnit(unitId);
    if (row >= 0)
        m_ui->unitTable->selectRow(row);
}

qint64 LocalUnitRegisterWidget::selectedStaffId() const
{
    const QModelIndex index = m_ui->unitStaffTable->currentIndex();
    return index.isValid() ? m_staff->rowAt(index.row()).id : 0;
}

void LocalUnitRegisterWidget::reload()
{
    if (!m_db)
        return;
    const qint64 selected = selectedUnitId();
    const int selectedRow = m_ui->unitTable->currentIndex().row();
    Status status;
    const auto summaries = LocalUnitRepository(*m_db).summaries(&status);
    // A failed read must not look like an empty register: the message replaces the counts.
    m_readError = status ? QString() : status.message();
    m_loaded = true;
    m_units->setUnits(summaries);
    // Keep the clerk where they were: the same unit, else the same row, else the first unit (its staff shown
    // at once, as the clans page shows the first clan's households).
    if (m_units->rowCount() > 0) {
        int row = m_units->rowOfUnit(selected);
        if (row < 0)
            row = selectedRow >= 0 ? qMin(selectedRow, m_units->rowCount() - 1) : 0;
        m_ui->unitTable->selectRow(row);
    }
    reloadStaff();
}

void LocalUnitRegisterWidget::reloadStaff()
{
    const qint64 unitId = selectedUnitId();
    const qint64 selectedStaff = selectedStaffId();
    QList<LocalUnitRepository::StaffRow> rows;
    if (m_db && unitId != 0)
        rows = LocalUnitRepository(*m_db).staffRows(unitId);
    m_staff->setRows(rows);
    const int row = m_staff->rowOfStaff(selectedStaff);
    if (row >= 0)
        m_ui->unitStaffTable->selectRow(row);
    if (unitId == 0) {
        m_ui->staffHeading->setText(tr("Staff: choose a unit above"));
    } else {
        const int former = m_staff->formerCount();
        const QString name = escaped(unitName(unitId));
        m_ui->staffHeading->setText(
            former > 0 ? tr("&Staff of %1 in the register: %2 now, %3 former")
                             .arg(name)
                             .arg(m_staff->currentCount())
                             .arg(former)
                       : tr("&Staff of %1 in the register: %2").arg(name).arg(m_staff->currentCount()));
    }
    updateActions();
}

QString LocalUnitRegisterWidget::unitName(qint64 unitId) const
{
    const int row = m_units->rowOfUnit(unitId);
    return row >= 0 ? m_units->summaryAt(row).unit.name : QString();
}

void LocalUnitRegisterWidget::updateCount(int matches, int total)
{
    if (!m_readError.isEmpty()) {
        m_ui->unitCount->setText(m_readError);
        return;
    }
    m_ui->unitCount->setText(tr("%L1 / %L2 shown").arg(matches).arg(total));
}

void LocalUnitRegisterWidget::updateActions()
{
    const bool open = m_commands != nullptr;
    const bool unit = open && selectedUnitId() != 0;
    const QModelIndex staff = m_ui->unitStaffTable->currentIndex();
    const bool staffRow = unit && staff.isValid();
    const bool current = staffRow && staff.data(LocalUnitStaffModel::IsCurrentRole).toBool();
    m_ui->newUnitButton->setEnabled(open);
    m_ui->editUnitButton->setEnabled(unit);
    m_ui->deleteUnitButton->setEnabled(unit);
    m_ui->addStaffButton->setEnabled(unit);
    m_ui->endStaffButton->setEnabled(current);
    m_ui->removeStaffButton->setEnabled(staffRow);
    m_ui->formerStaffCheck->setEnabled(unit);
    m_ui->unitFilter->setEnabled(m_db != nullptr);
}

bool LocalUnitRegisterWidget::staffHasFocus() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && m_ui->staffPane->isAncestorOf(focus);
}

bool LocalUnitRegisterWidget::report(const Status &status, const QString &title)
{
    if (!status)
        MessageBox::warning(this, title, status.message());
    return status.ok();
}

void LocalUnitRegisterWidget::newUnit()
{
    if (!m_commands)
        return;
    LocalUnitDialog dialog(*m_db, tr("New local unit"), this);
    LocalUnitCommands commands(*m_commands);
    dialog.setSaver([&commands](LocalUnit &unit) { return commands.createUnit(unit); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_ui->unitFilter->clear(); // the new unit must be in sight
    selectUnit(dialog.unit().id);
    m_ui->unitTable->setFocus();
}

void LocalUnitRegisterWidget::editUnit()
{
    const qint64 unitId = selectedUnitId();
    if (!m_commands || unitId == 0)
        return;
    const auto unit = LocalUnitRepository(*m_db).find(unitId);
    if (!unit)
        return;
    LocalUnitDialog dialog(*m_db, tr("Edit %1").arg(unit->name), this);
    dialog.setUnit(*unit);
    LocalUnitCommands commands(*m_commands);
    dialog.setSaver([&commands](LocalUnit &edited) { return commands.updateUnit(edited); });
    if (dialog.exec() == QDialog::Accepted)
        selectUnit(unitId);
}

void LocalUnitRegisterWidget::deleteUnit()
{
    const qint64 unitId = selectedUnitId();
    if (!m_commands || unitId == 0)
        return;
    const auto &summary = m_units->summaryAt(m_units->rowOfUnit(unitId));
    QString text = tr("Delete %1 from the register for good?").arg(summary.unit.name);
    text += QLatin1Char('\n');
    text += summary.staffRows == 0
                ? tr("No staff records go with it.")
                : tr("This also deletes its %n staff record(s) (current and former); the people stay in the "
                     "register.",
                     nullptr, summary.staffRows);
    text += QLatin1Char('\n');
    text += tr("Edit > Undo (Ctrl+Z) brings it back.");
    if (MessageBox::question(this, tr("Delete unit"), text, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    report(LocalUnitCommands(*m_commands).removeUnit(unitId), tr("Delete unit"));
}

void LocalUnitRegisterWidget::addStaff()
{
    const qint64 unitId = selectedUnitId();
    if (!m_commands || unitId == 0)
        return;
    StaffDialog dialog(*m_db, StaffDialog::Mode::Add, unitName(unitId), this);
    QSet<qint64> current;
    for (int row = 0; row < m_staff->rowCount(); ++row)
        if (m_staff->rowAt(row).isCurrent())
            current << m_staff->rowAt(row).personId;
    dialog.setCurrentStaff(current);
    LocalUnitCommands commands(*m_commands);
    qint64 staffId = 0;
    dialog.setSaver([&](qint64 personId, const QString &role, const QDate &since) {
        return commands.addStaff(unitId, personId, role, since, &staffId);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = m_staff->rowOfStaff(staffId);
    if (row >= 0)
        m_ui->unitStaffTable->selectRow(row);
    m_ui->unitStaffTable->setFocus();
}

void LocalUnitRegisterWidget::endStaff()
{
    const qint64 staffId = selectedStaffId();
    if (!m_commands || staffId == 0)
        return;
    const LocalUnitRepository::StaffRow row = m_staff->rowAt(m_staff->rowOfStaff(staffId));
    if (!row.isCurrent())
        return;
    StaffDialog dialog(*m_db, StaffDialog::Mode::End, unitName(row.unitId), this);
    dialog.setEndedRow(row.personName, row.validFrom);
    LocalUnitCommands commands(*m_commands);
    dialog.setSaver(
        [&](qint64, const QString &, const QDate &date) { return commands.endStaff(staffId, date); });
    dialog.exec();
}

void LocalUnitRegisterWidget::removeStaff()
{
    const qint64 staffId = selectedStaffId();
    if (!m_commands || staffId == 0)
        return;
    const LocalUnitRepository::StaffRow row = m_staff->rowAt(m_staff->rowOfStaff(staffId));
    const QString text =
        tr("Remove %1 from the staff of %2?\nDo this only for a record entered by mistake: when someone "
           "leaves, use Left on…, which keeps the history. The person stays in the register. Edit > Undo "
           "(Ctrl+Z) brings the record back.")
            .arg(row.personName, unitName(row.unitId));
    if (MessageBox::question(this, tr("Remove from staff"), text, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    report(LocalUnitCommands(*m_commands).removeStaff(staffId), tr("Remove from staff"));
}

bool LocalUnitRegisterWidget::event(QEvent *event)
{
    // Ctrl+N is File > New for the window; on this page it means a new unit. Claiming the key here (before
    // the window's shortcut map sees it) avoids an ambiguous shortcut that would do nothing at all.
    if (event->type() == QEvent::ShortcutOverride && m_commands) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (QKeySequence(key->keyCombination()) == kNewUnitKey) {
            key->accept();
            QTimer::singleShot(0, this, &LocalUnitRegisterWidget::newUnit);
            return true;
        }
    }
    return QWidget::event(event);
}

bool LocalUnitRegisterWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->unitFilter && handleFilterFieldKey(m_ui->unitFilter, m_ui->unitTable, event))
        return true;
    return QWidget::eventFilter(watched, event);
}

} // namespace sht
