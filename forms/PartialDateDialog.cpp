#include "PartialDateDialog.h"

#include "ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

PartialDateDialog::PartialDateDialog(const QString &title, const QString &prompt, const QString &fieldLabel,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    layout->addWidget(promptLabel);
    auto *form = new QFormLayout;
    m_edit = new QLineEdit(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy")), this);
    m_edit->setObjectName(QStringLiteral("dateEdit"));
    m_edit->setPlaceholderText(tr("2019, 03/2019 or 15/03/2019"));
    auto *label = new QLabel(fieldLabel, this);
    label->setBuddy(m_edit);
    m_error = makeErrorLabel(this, QStringLiteral("dateError"));
    auto *field = new QVBoxLayout;
    field->setSpacing(2);
    field->addWidget(m_edit);
    field->addWidget(m_error);
    form->addRow(label, field);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &PartialDateDialog::revalidate);
    m_edit->selectAll();
    m_edit->setFocus();
    revalidate();
}

PartialDate PartialDateDialog::date() const
{
    return PartialDate::parse(m_edit->text());
}

void PartialDateDialog::revalidate()
{
    QString error;
    const PartialDate date = PartialDate::parse(m_edit->text(), &error);
    if (error.isEmpty() && date.isNull())
        error = tr("Enter the date, at least the year.");
    else if (error.isEmpty() && date.isAfter(QDate::currentDate()))
        error = tr("The date %1 is in the future.").arg(date.toString());
    showError(m_error, error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace sht
