#include "MemberTransferDialog.h"

#include "HouseholdRepository.h"
#include "MemberFields.h"
#include "PeopleFinder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

MemberTransferDialog::MemberTransferDialog(Database &db, Mode mode, qint64 householdId,
                                           const QString &personName, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_mode(mode)
{
    const bool adding = mode == Mode::AddExistingPerson;
    setWindowTitle(adding ? tr("Add an existing person")
                          : tr("Move %1 to another household").arg(personName));
    auto *layout = new QVBoxLayout(this);

    m_finder = new PeopleFinder(adding ? PeopleFinder::Mode::People : PeopleFinder::Mode::Households, this);
    m_finder->setObjectName(QStringLiteral("finder"));
    layout->addWidget(m_finder);

    auto *form = new QFormLayout;
    m_relationCombo = memberfields::relationCombo(this, Relation::Other, /*withHead=*/false);
    m_relationCombo->setObjectName(QStringLiteral("relationCombo"));
    auto *relationLabel = new QLabel(tr("Re&lation to the head:"), this);
    relationLabel->setBuddy(m_relationCombo);
    form->addRow(relationLabel, m_relationCombo);
    if (adding) {
        m_residenceCombo = memberfields::residenceCombo(this);
        m_residenceCombo->setObjectName(QStringLiteral("residenceCombo"));
        auto *residenceLabel = new QLabel(tr("&Residence:"), this);
        residenceLabel->setBuddy(m_residenceCombo);
        form->addRow(residenceLabel, m_residenceCombo);
    }
    m_dateEdit = memberfields::dateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    auto *dateLabel = new QLabel(adding ? tr("&Date joined:") : tr("&Date of the move:"), this);
    dateLabel->setBuddy(m_dateEdit);
    form->addRow(dateLabel, m_dateEdit);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberTransferDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QList<QWidget *> order{m_finder->findEdit(), m_finder->resultList(), m_relationCombo};
    if (m_residenceCombo)
        order << m_residenceCombo;
    memberfields::chainTabOrder(order << m_dateEdit << m_buttons);

    QString ownCode;
    qint64 ownVillage = 0;
    if (const auto own = HouseholdRepository(db).find(householdId)) {
        ownCode = own->code;
        ownVillage = own->villageId;
    }
    // Never the household being edited: its members are already there, and it cannot move into itself.
    m_finder->setCandidateFilter([ownCode, ownVillage](const PeopleIndex &index, quint32 row) {
        return !(index.isCurrentResident(row) && index.householdCode(row) == ownCode &&
                 index.villageId(row) == ownVillage);
    });
    m_finder->load(db);
    connect(m_finder, &PeopleFinder::currentChanged, this, &MemberTransferDialog::updateOk);
    m_finder->findEdit()->setFocus();
    updateOk();
}

void MemberTransferDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_finder->currentRow().has_value());
}

qint64 MemberTransferDialog::personId() const
{
    return m_finder->personId();
}

bool MemberTransferDialog::livesElsewhere() const
{
    const auto row = m_finder->currentRow();
    return row && m_finder->index().isCurrentResident(*row);
}

qint64 MemberTransferDialog::householdId() const
{
    return m_chosenHousehold;
}

Relation MemberTransferDialog::relation() const
{
    return Relation(m_relationCombo->currentData().toInt());
}

ResidenceStatus MemberTransferDialog::residence() const
{
    return m_residenceCombo ? ResidenceStatus(m_residenceCombo->currentData().toInt())
                            : ResidenceStatus::Permanent;
}

QDate MemberTransferDialog::date() const
{
    return m_dateEdit->date();
}

void MemberTransferDialog::accept()
{
    if (!m_finder->currentRow())
        return;
    if (m_mode == Mode::MoveToHousehold) {
        m_chosenHousehold = m_finder->householdId(m_db);
        if (m_chosenHousehold == 0) {
            m_finder->countLabel()->setText(tr("This household no longer exists. Choose another one."));
            return;
        }
    }
    QDialog::accept();
}

} // namespace sht
