#include "RecognitionDialog.h"

#include "DateEdit.h"
#include "ErrorLabel.h"
#include "RegistrationService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

RecognitionDialog::RecognitionDialog(int year, criteria::Title title, const QStringList &subjectNames,
                                     int validityMonths, const QString &signer, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_validityMonths(qMax(1, validityMonths))
    , m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("recognitionDialog"));
    setWindowTitle(tr("Recognise: %1 %2").arg(RegistrationService::titleLabel(title)).arg(year));

    auto *intro = new QLabel(
        tr("The decision recognises %n subject(s) whose verdict is met:", nullptr, int(subjectNames.size())),
        this);
    intro->setWordWrap(true);
    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("recognisedList"));
    list->addItems(subjectNames);
    list->setFocusPolicy(Qt::NoFocus);
    list->setMaximumHeight(fontMetrics().height() * 8);

    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("decisionNumberEdit"));
    m_number->setPlaceholderText(tr("e.g. 125/QĐ-UBND"));
    m_date = new DateEdit(this);
    m_date->setObjectName(QStringLiteral("decisionDateEdit"));
    m_signer = new QLineEdit(signer, this);
    m_signer->setObjectName(QStringLiteral("signerEdit"));
    m_signer->setPlaceholderText(tr("e.g. Chủ tịch UBND xã Nguyễn Văn An"));
    m_validity = new QLabel(this);
    m_validity->setObjectName(QStringLiteral("validityLabel"));
    m_validity->setWordWrap(true);
    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("Decision &number:"), m_number);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Signed by:"), m_signer);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Recognise"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecognitionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list);
    layout->addLayout(form);
    layout->addWidget(m_validity);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_number, m_date);
    setTabOrder(m_date, m_signer);
    setTabOrder(m_signer, buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &RecognitionDialog::updateValidity);
    updateValidity();
    m_number->setFocus();
    resize(480, sizeHint().height());
}

QString RecognitionDialog::decisionNumber() const
{
    return m_number->text().trimmed();
}

QDate RecognitionDialog::decisionDate() const
{
    return m_date->date();
}

QString RecognitionDialog::signer() const
{
    return m_signer->text().trimmed();
}

void RecognitionDialog::updateValidity()
{
    // As RecognitionService computes it: from the decision's date, for the catalogue's months.
    const QDate from = m_date->date();
    const QDate to = from.addMonths(m_validityMonths).addDays(-1);
    m_validity->setText(
        tr("Valid for %n month(s), from %1 to %2 (set by the criteria).", nullptr, m_validityMonths)
            .arg(from.toString(QStringLiteral("dd/MM/yyyy")), to.toString(QStringLiteral("dd/MM/yyyy"))));
}

void RecognitionDialog::accept()
{
    if (decisionNumber().isEmpty()) {
        showError(m_error, tr("Type the number of the decision, as printed on it."));
        m_number->setFocus();
        return;
    }
    if (signer().isEmpty()) {
        showError(m_error, tr("Type who signed the decision."));
        m_signer->setFocus();
        return;
    }
    if (m_apply) {
        const Status status = m_apply(decisionNumber(), decisionDate(), signer());
        if (!status) {
            showError(m_error, status.message());
            return;
        }
    }
    QDialog::accept();
}

} // namespace sht
