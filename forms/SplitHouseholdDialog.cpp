#include "SplitHouseholdDialog.h"

#include "EditCommands.h"
#include "ErrorLabel.h"
#include "HouseholdRepository.h"
#include "MemberFields.h"
#include "NewHouseholdDialog.h"
#include "PersonRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sht {

SplitHouseholdDialog::SplitHouseholdDialog(Database &db, EditCommands &edits, qint64 householdId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_edits(edits)
    , m_householdId(householdId)
{
    HouseholdRepository households(db);
    PersonRepository people(db);
    const auto household = households.find(householdId);
    const QString code = household ? household->code : QString();
    m_villageId = household ? household->villageId : 0;
    setWindowTitle(tr("Split household %1").arg(code));

    QString headName;
    for (const Membership &membership : households.members(householdId)) {
        const auto person = people.find(membership.personId);
        if (!person)
            continue;
        if (membership.relation == Relation::Head) {
            headName = person->name.full();
            continue;
        }
        Row row;
        row.personId = person->id;
        row.name = person->name.full();
        QString text = tr("%1 (%2)").arg(row.name, relationLabel(membership.relation, person->sex));
        row.check = new QCheckBox(text.replace(QLatin1Char('&'), QStringLiteral("&&")), this);
        row.check->setObjectName(QStringLiteral("memberCheck%1").arg(m_rows.size()));
        row.relation = memberfields::relationCombo(this, Relation::Other, /*withHead=*/true);
        row.relation->setObjectName(QStringLiteral("relationCombo%1").arg(m_rows.size()));
        row.relation->setEnabled(false);
        m_rows << row;
    }

    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(
        headName.isEmpty()
            ? tr("Tick the members who leave household %1 to form a new household.").arg(code)
            : tr("Tick the members who leave household %1 to form a new household. The head, %2, stays.")
                  .arg(code, headName),
        this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);

    auto *membersLabel = new QLabel(tr("&Members of the new household:"), this);
    layout->addWidget(membersLabel);
    auto *membersWidget = new QWidget;
    auto *grid = new QGridLayout(membersWidget);
    grid->addWidget(new QLabel(tr("Member"), membersWidget), 0, 0);
    grid->addWidget(new QLabel(tr("Relation to the new head"), membersWidget), 0, 1);
    for (int i = 0; i < m_rows.size(); ++i) {
        grid->addWidget(m_rows.at(i).check, i + 1, 0);
        grid->addWidget(m_rows.at(i).relation, i + 1, 1);
    }
    grid->setRowStretch(int(m_rows.size()) + 1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(membersWidget);
    scroll->setMinimumSize(480, 160);
    layout->addWidget(scroll);
    if (m_rows.isEmpty())
        grid->addWidget(new QLabel(tr("The household has no other member than its head."), membersWidget), 1,
                        0, 1, 2);
    else
        membersLabel->setBuddy(m_rows.first().check);

    auto *form = new QFormLayout;
    m_headCombo = new QComboBox(this);
    m_headCombo->setObjectName(QStringLiteral("headCombo"));
    auto *headLabel = new QLabel(tr("New &head:"), this);
    headLabel->setBuddy(m_headCombo);
    form->addRow(headLabel, m_headCombo);
    m_codeEdit = new QLineEdit(this);
    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    if (m_villageId != 0)
        m_codeEdit->setText(NewHouseholdDialog::suggestCode(db, m_villageId));
    auto *codeLabel = new QLabel(tr("&Code of the new household:"), this);
    codeLabel->setBuddy(m_codeEdit);
    form->addRow(codeLabel, m_codeEdit);
    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(QStringLiteral("addressEdit"));
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_addressEdit);
    form->addRow(addressLabel, m_addressEdit);
    m_dateEdit = memberfields::dateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    auto *dateLabel = new QLabel(tr("&Date of the split:"), this);
    dateLabel->setBuddy(m_dateEdit);
    form->addRow(dateLabel, m_dateEdit);
    layout->addLayout(form);

    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SplitHouseholdDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QList<QWidget *> order;
    for (const Row &row : m_rows) {
        order << row.check << row.relation;
        connect(row.check, &QCheckBox::toggled, this, &SplitHouseholdDialog::updateHeads);
        connect(row.relation, &QComboBox::currentIndexChanged, this, &SplitHouseholdDialog::revalidate);
    }
    memberfields::chainTabOrder(order << m_headCombo << m_codeEdit << m_addressEdit << m_dateEdit
                                      << m_buttons);
    connect(m_headCombo, &QComboBox::currentIndexChanged, this, &SplitHouseholdDialog::updateHeads);
    connect(m_codeEdit, &QLineEdit::textChanged, this, &SplitHouseholdDialog::revalidate);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &SplitHouseholdDialog::revalidate);
    updateHeads();
    (m_rows.isEmpty() ? static_cast<QWidget *>(m_codeEdit) : m_rows.first().check)->setFocus();
}

qint64 SplitHouseholdDialog::newHeadId() const
{
    return m_headCombo->currentData().toLongLong();
}

void SplitHouseholdDialog::updateHeads()
{
    // The head is one of the ticked members: the one chosen before while still ticked, else the first.
    const qint64 wanted = newHeadId();
    {
        const QSignalBlocker blocker(m_headCombo);
        m_headCombo->clear();
        for (const Row &row : m_rows)
            if (row.check->isChecked())
                m_headCombo->addItem(row.name, row.personId);
        const int at = m_headCombo->findData(wanted);
        m_headCombo->setCurrentIndex(at >= 0 ? at : 0);
    }
    m_headCombo->setEnabled(m_headCombo->count() > 0);
    const qint64 head = newHeadId();
    for (Row &row : m_rows) {
        const QSignalBlocker blocker(row.relation);
        const bool wasHead =
            !row.relation->isEnabled() && row.relation->currentData().toInt() == int(Relation::Head);
        if (row.personId == head && row.check->isChecked()) {
            if (!wasHead)
                row.chosen = Relation(row.relation->currentData().toInt());
            memberfields::selectRelation(row.relation, Relation::Head);
            row.relation->setEnabled(false);
        } else {
            if (wasHead)
                memberfields::selectRelation(row.relation, row.chosen);
            row.relation->setEnabled(row.check->isChecked());
        }
    }
    revalidate();
}

void SplitHouseholdDialog::revalidate()
{
    int ticked = 0;
    QString headClash;
    for (const Row &row : m_rows) {
        if (!row.check->isChecked())
            continue;
        ++ticked;
        if (headClash.isEmpty() && row.personId != newHeadId() &&
            row.relation->currentData().toInt() == int(Relation::Head))
            headClash = row.name;
    }
    const QString code = m_codeEdit->text().simplified();
    QString error;
    if (m_rows.isEmpty())
        error = tr("Only the head lives in this household: there is nobody to form a new household.");
    else if (ticked == 0)
        error = tr("Tick the members who form the new household.");
    else if (ticked == m_rows.size() && !HouseholdRepository(m_db).currentHead(m_householdId))
        error = tr("The household must keep at least one member: leave someone in it.");
    else if (!headClash.isEmpty())
        error = tr("Only the new head can be head of the new household; choose another relation for %1.")
                    .arg(headClash);
    else if (code.isEmpty())
        error = tr("Enter the code of the new household.");
    else if (HouseholdRepository(m_db).findByCode(m_villageId, code))
        error = tr("The code %1 is already used in this village; %2 is free.")
                    .arg(code, NewHouseholdDialog::suggestCode(m_db, m_villageId));
    showError(m_error, error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void SplitHouseholdDialog::accept()
{
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QList<QPair<qint64, Relation>> moving;
    for (const Row &row : m_rows)
        if (row.check->isChecked())
            moving << qMakePair(row.personId, Relation(row.relation->currentData().toInt()));
    Household household;
    household.villageId = m_villageId;
    household.code = m_codeEdit->text().simplified();
    household.address = m_addressEdit->text().simplified();
    const Status status =
        m_edits.splitHousehold(m_householdId, household, newHeadId(), moving, m_dateEdit->date());
    if (!status) {
        showError(m_error, status.message());
        return;
    }
    m_newHouseholdId = household.id;
    QDialog::accept();
}

} // namespace sht
