#include "SplitVillageDialog.h"

#include "AdminUnitRepository.h"
#include "EditCommands.h"
#include "ErrorLabel.h"
#include "HouseholdListRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace sht {

namespace {
constexpr int HouseholdIdRole = Qt::UserRole + 1;
} // namespace

SplitVillageDialog::SplitVillageDialog(Database &db, EditCommands &edits, qint64 villageId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_edits(edits)
{
    setObjectName(QStringLiteral("villageSplitDialog"));
    setWindowTitle(tr("Split a village"));
    auto *form = new QFormLayout;
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("villageCombo"));
    for (const AdminUnit &village : AdminUnitRepository(db).villages())
        m_village->addItem(village.name, village.id);
    m_village->setCurrentIndex(qMax(0, m_village->findData(villageId)));
    auto *villageLabel = new QLabel(tr("&Split this village:"), this);
    villageLabel->setBuddy(m_village);
    form->addRow(villageLabel, m_village);
    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("newNameEdit"));
    m_newName->setPlaceholderText(tr("e.g. Thôn Đông Bắc"));
    auto *nameLabel = new QLabel(tr("&New village's name:"), this);
    nameLabel->setBuddy(m_newName);
    form->addRow(nameLabel, m_newName);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    auto *dateLabel = new QLabel(tr("&From:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);

    auto *listLabel =
        new QLabel(tr("&Households that go to the new village (Space ticks; type to find):"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Household code, head, address…"));
    m_filter->setClearButtonEnabled(true);
    listLabel->setBuddy(m_filter);
    m_households = new QListWidget(this);
    m_households->setObjectName(QStringLiteral("householdList"));
    m_households->setMinimumSize(460, 240);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    auto *tickShown = new QPushButton(tr("&Tick all shown"), this);
    tickShown->setObjectName(QStringLiteral("tickShownButton"));
    tickShown->setAutoDefault(false);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(tickShown);

    auto *explanation =
        new QLabel(tr("The ticked households move to the new village from this date. The first "
                      "village keeps the others and its history, so reports of earlier years "
                      "still count every household where it was."),
                   this);
    explanation->setWordWrap(true);
    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("S&plit"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SplitVillageDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SplitVillageDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(listLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_households, 1);
    layout->addLayout(countRow);
    layout->addWidget(explanation);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_village, &QComboBox::currentIndexChanged, this, &SplitVillageDialog::loadHouseholds);
    connect(m_newName, &QLineEdit::textChanged, this, &SplitVillageDialog::validate);
    connect(m_filter, &QLineEdit::textChanged, this, &SplitVillageDialog::refilter);
    connect(m_households, &QListWidget::itemChanged, this, &SplitVillageDialog::validate);
    connect(tickShown, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_households->count(); ++row)
            if (!m_households->item(row)->isHidden())
                m_households->item(row)->setCheckState(Qt::Checked);
    });
    m_filter->installEventFilter(this);
    loadHouseholds();
    m_newName->setFocus();
}

void SplitVillageDialog::loadHouseholds()
{
    const Status read = HouseholdListRepository::load(m_db, &m_list);
    std::vector<int> rows = m_list.filter(QString(), m_village->currentData().toLongLong());
    m_list.sort(rows, HouseholdList::CodeColumn, true);
    const QSignalBlocker blocker(m_households);
    m_households->clear();
    for (const int row : rows) {
        const HouseholdList::Entry &entry = m_list.at(row);
        QString text = entry.headName.isEmpty() ? entry.code : tr("%1 — %2").arg(entry.code, entry.headName);
        if (!entry.address.isEmpty())
            text = tr("%1 — %2").arg(text, entry.address);
        auto *item = new QListWidgetItem(text, m_households);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(HouseholdIdRole, entry.id);
    }
    if (m_households->count() > 0)
        m_households->setCurrentRow(0);
    refilter();
    if (!read)
        showError(m_error, read.message());
}

void SplitVillageDialog::refilter()
{
    // The Households register's own rule (code, head's name, address; accent-free).
    QSet<qint64> matching;
    for (const int row : m_list.filter(m_filter->text(), m_village->currentData().toLongLong()))
        matching.insert(m_list.at(row).id);
    for (int row = 0; row < m_households->count(); ++row) {
        QListWidgetItem *item = m_households->item(row);
        item->setHidden(!matching.contains(item->data(HouseholdIdRole).toLongLong()));
    }
    validate();
}

bool SplitVillageDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the find field goes on to the list, where Space ticks.
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        for (int row = 0; row < m_households->count(); ++row)
            if (!m_households->item(row)->isHidden()) {
                m_households->setCurrentRow(row);
                break;
            }
        m_households->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

int SplitVillageDialog::checkedCount() const
{
    int checked = 0;
    for (int row = 0; row < m_households->count(); ++row)
        checked += m_households->item(row)->checkState() == Qt::Checked;
    return checked;
}

void SplitVillageDialog::validate()
{
    const int checked = checkedCount();
    int shown = 0;
    for (int row = 0; row < m_households->count(); ++row)
        shown += !m_households->item(row)->isHidden();
    m_count->setText(
        tr("%1 of %2 households ticked; %3 shown.").arg(checked).arg(m_households->count()).arg(shown));
    QString problem;
    if (m_village->count() == 0)
        problem = tr("This commune has no village yet.");
    else if (m_newName->text().simplified().isEmpty())
        problem = tr("Type the new village's name.");
    else if (checked == 0)
        problem = tr("Tick the households that go to the new village.");
    else if (checked == m_households->count())
        problem = tr("Leave at least one household in %1 (to rename a village, use Rename village).")
                      .arg(m_village->currentText());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    showError(m_error, problem);
}

void SplitVillageDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QList<qint64> ids;
    for (int row = 0; row < m_households->count(); ++row)
        if (m_households->item(row)->checkState() == Qt::Checked)
            ids << m_households->item(row)->data(HouseholdIdRole).toLongLong();
    AdminUnit village;
    village.name = m_newName->text().simplified();
    const Status status =
        m_edits.splitVillage(m_village->currentData().toLongLong(), village, ids, m_date->date());
    if (!status) {
        showError(m_error, status.message()); // nothing was changed: say why, keep the dialog open
        return;
    }
    QDialog::accept();
}

} // namespace sht
