#include "PersonDialog.h"

#include "MemberFields.h"
#include "PersonForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

PersonDialog::PersonDialog(Database &db, const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_form = new PersonForm(db, this);
    layout->addWidget(m_form);
    m_membershipLayout = new QFormLayout;
    layout->addLayout(m_membershipLayout);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    connect(m_form, &PersonForm::validityChanged, this, &PersonDialog::updateOk);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    memberfields::chainTabOrder(m_form->fields() << m_buttons);
    m_form->firstField()->setFocus();
    updateOk();
}

void PersonDialog::setPerson(const Person &person)
{
    m_form->setPerson(person);
    m_form->firstField()->setFocus();
}

void PersonDialog::showMembershipFields(Relation relation)
{
    if (m_relationCombo)
        return;
    m_relationCombo = memberfields::relationCombo(this, relation, /*withHead=*/false);
    m_residenceCombo = memberfields::residenceCombo(this);
    m_sinceEdit = memberfields::dateEdit(this);
    auto *relationLabel = new QLabel(tr("Re&lation to the head:"), this);
    relationLabel->setBuddy(m_relationCombo);
    auto *residenceLabel = new QLabel(tr("Resi&dence:"), this);
    residenceLabel->setBuddy(m_residenceCombo);
    auto *sinceLabel = new QLabel(tr("&Joined on:"), this);
    sinceLabel->setBuddy(m_sinceEdit);
    m_membershipLayout->addRow(relationLabel, m_relationCombo);
    m_membershipLayout->addRow(residenceLabel, m_residenceCombo);
    m_membershipLayout->addRow(sinceLabel, m_sinceEdit);
    memberfields::chainTabOrder(
        m_form->fields() << QList<QWidget *>{m_relationCombo, m_residenceCombo, m_sinceEdit, m_buttons});
}

Relation PersonDialog::relation() const
{
    return m_relationCombo ? Relation(m_relationCombo->currentData().toInt()) : Relation::Other;
}

ResidenceStatus PersonDialog::residence() const
{
    return m_residenceCombo ? ResidenceStatus(m_residenceCombo->currentData().toInt())
                            : ResidenceStatus::Permanent;
}

QDate PersonDialog::since() const
{
    return m_sinceEdit ? m_sinceEdit->date() : QDate::currentDate();
}

void PersonDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_form->isValid());
}

void PersonDialog::accept()
{
    if (!m_form->isValid())
        return;
    Person person = m_form->person();
    if (m_saver) {
        const Status status = m_saver(person);
        if (!status) {
            m_form->setCoreError(status.message());
            return;
        }
    }
    m_saved = person;
    QDialog::accept();
}

} // namespace sht
