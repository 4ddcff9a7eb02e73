#include "HouseholdDetailsDialog.h"

#include "EditCommands.h"
#include "ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

HouseholdDetailsDialog::HouseholdDetailsDialog(EditCommands &edits, const Household &household,
                                               QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_household(household)
{
    setObjectName(QStringLiteral("householdDetailsDialog"));
    setWindowTitle(tr("Household %1").arg(household.code));
    auto *form = new QFormLayout;
    m_code = new QLineEdit(household.code, this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_codeError = makeErrorLabel(this, QStringLiteral("codeError"));
    auto *codeLabel = new QLabel(tr("&Code:"), this);
    codeLabel->setBuddy(m_code);
    form->addRow(codeLabel, m_code);
    form->addRow(QString(), m_codeError);
    m_address = new QLineEdit(household.address, this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("e.g. Xóm 2, Thôn Đông"));
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, m_address);
    m_notes = new QPlainTextEdit(household.notes, this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4 + 12);
    auto *notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);
    form->addRow(notesLabel, m_notes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HouseholdDetailsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HouseholdDetailsDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &HouseholdDetailsDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    m_code->selectAll();
    m_code->setFocus();
    validate();
}

void HouseholdDetailsDialog::validate()
{
    const bool empty = m_code->text().simplified().isEmpty();
    showError(m_codeError, empty ? tr("Enter the household code.") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!empty);
}

void HouseholdDetailsDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    Household changed = m_household;
    changed.code = m_code->text();
    changed.address = m_address->text();
    changed.notes = m_notes->toPlainText();
    const Status status = m_edits.updateHousehold(changed);
    if (!status) {
        // Nothing was saved: say why beside the code (the only value core can refuse), keep the dialog open.
        showError(m_codeError, status.message());
        m_code->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sht
