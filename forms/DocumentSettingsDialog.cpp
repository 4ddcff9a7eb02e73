#include "DocumentSettingsDialog.h"

#include "EditCommands.h"
#include "ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

using namespace reporting;

DocumentSettingsDialog::DocumentSettingsDialog(Database &db, EditCommands *commands, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
{
    setObjectName(QStringLiteral("documentSettingsDialog"));
    setWindowTitle(tr("Document signers and heading"));
    setMinimumWidth(560);

    const DocumentSettings current = DocumentSettings::load(db);
    // Placeholders show the form the decree expects; the names are Vietnamese by nature.
    m_parentBody =
        addField(QStringLiteral("parentBodyEdit"), current.parentBody, QStringLiteral("UBND HUYỆN …"));
    m_issuingBody =
        addField(QStringLiteral("issuingBodyEdit"), current.issuingBody, QStringLiteral("UBND XÃ HÒA BÌNH"));
    m_associationBody = addField(QStringLiteral("associationBodyEdit"), current.associationBody,
                                 QStringLiteral("HỘI KHUYẾN HỌC XÃ HÒA BÌNH"));
    m_place = addField(QStringLiteral("placeEdit"), current.place, QStringLiteral("Hòa Bình"));
    m_chairman = addField(QStringLiteral("chairmanEdit"), current.chairmanName, QString());
    m_associationChairman =
        addField(QStringLiteral("associationChairmanEdit"), current.associationChairmanName, QString());
    m_preparer = addField(QStringLiteral("preparerEdit"), current.preparerName, QString());

    auto *intro = new QLabel(
        tr("These names are printed on every report, minutes and certificate of this commune file: the "
           "issuing body top left, the place on the date line, the signers under the signature blocks."),
        this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Parent body (optional):"), m_parentBody);
    form->addRow(tr("&Issuing body:"), m_issuingBody);
    form->addRow(tr("Study promotion &association:"), m_associationBody);
    form->addRow(tr("P&lace on the date line:"), m_place);
    form->addRow(tr("&Chairman of the People's Committee:"), m_chairman);
    form->addRow(tr("Chairman of the associatio&n:"), m_associationChairman);
    form->addRow(tr("P&repared by:"), m_preparer);

    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save the names (Enter)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without saving (Esc)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DocumentSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DocumentSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_issuingBody->setFocus();
}

QLineEdit *DocumentSettingsDialog::addField(const QString &objectName, const QString &text,
                                            const QString &placeholder)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);
    return edit;
}

DocumentSettings DocumentSettingsDialog::settings() const
{
    DocumentSettings s = DocumentSettings::load(m_db); // keeps whatever this dialog does not show
    s.parentBody = m_parentBody->text().trimmed();
    s.issuingBody = m_issuingBody->text().trimmed();
    s.associationBody = m_associationBody->text().trimmed();
    s.place = m_place->text().trimmed();
    s.chairmanName = m_chairman->text().trimmed();
    s.associationChairmanName = m_associationChairman->text().trimmed();
    s.preparerName = m_preparer->text().trimmed();
    return s;
}

void DocumentSettingsDialog::accept()
{
    const DocumentSettings s = settings();
    if (s.issuingBody.isEmpty()) {
        showError(m_error, tr("Type the issuing body (for example UBND XÃ HÒA BÌNH): every paper starts with "
                              "it."));
        m_issuingBody->setFocus();
        return;
    }
    const Status status = m_commands ? m_commands->record(tr("Change the document signers and heading"),
                                                          [&] { return s.save(m_db); })
                                     : s.save(m_db);
    if (!status) {
        showError(m_error, status.message());
        return;
    }
    QDialog::accept();
}

} // namespace sht
