#include "ChangeHeadDialog.h"

#include "MemberFields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

ChangeHeadDialog::ChangeHeadDialog(const QString &newHeadName, const QString &formerHeadName,
                                   Relation suggested, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Change the head of household"));
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(formerHeadName.isEmpty()
                                  ? tr("%1 becomes the head of the household.").arg(newHeadName)
                                  : tr("%1 becomes the head of the household. The other members keep "
                                       "their relation; %2 stays a member.")
                                        .arg(newHeadName, formerHeadName),
                              this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    auto *form = new QFormLayout;
    m_relationCombo = memberfields::relationCombo(this, suggested, /*withHead=*/false);
    m_relationCombo->setObjectName(QStringLiteral("relationCombo"));
    m_dateEdit = memberfields::dateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    auto *relationLabel = new QLabel(tr("&Former head becomes:"), this);
    relationLabel->setBuddy(m_relationCombo);
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_dateEdit);
    if (!formerHeadName.isEmpty()) {
        form->addRow(relationLabel, m_relationCombo);
    } else {
        relationLabel->hide();
        m_relationCombo->hide();
    }
    form->addRow(dateLabel, m_dateEdit);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (formerHeadName.isEmpty() ? static_cast<QWidget *>(m_dateEdit) : m_relationCombo)->setFocus();
}

Relation ChangeHeadDialog::formerHeadRelation() const
{
    return Relation(m_relationCombo->currentData().toInt());
}

QDate ChangeHeadDialog::date() const
{
    return m_dateEdit->date();
}

} // namespace sht
