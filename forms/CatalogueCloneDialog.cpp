#include "CatalogueCloneDialog.h"

#include "CatalogueService.h"
#include "ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

CatalogueCloneDialog::CatalogueCloneDialog(Database &db, const criteria::Catalogue &source, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_source(source)
{
    setObjectName(QStringLiteral("catalogueCloneDialog"));
    setWindowTitle(tr("Clone %1 %2").arg(source.titleText, source.version));

    auto *intro = new QLabel(tr("The clone is stored in this commune file. Write the province's wording, "
                                "thresholds and points in it; the built-in catalogue stays as it is."),
                             this);
    intro->setWordWrap(true);

    m_provinceEdit = new QLineEdit(source.province, this);
    m_provinceEdit->setObjectName(QStringLiteral("provinceEdit"));
    m_provinceEdit->setPlaceholderText(tr("e.g. Quảng Nam"));
    auto *provinceLabel = new QLabel(tr("&Province:"), this);
    provinceLabel->setBuddy(m_provinceEdit);

    m_versionEdit = new QLineEdit(this);
    m_versionEdit->setObjectName(QStringLiteral("versionEdit"));
    auto *versionLabel = new QLabel(tr("&Version label:"), this);
    versionLabel->setBuddy(m_versionEdit);

    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&lone"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CatalogueCloneDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(provinceLabel, m_provinceEdit);
    form->addRow(versionLabel, m_versionEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_provinceEdit, &QLineEdit::textChanged, this, &CatalogueCloneDialog::provinceChanged);
    connect(m_versionEdit, &QLineEdit::textEdited, this, [this] {
        m_versionTyped = true;
        check();
    });
    provinceChanged();
    setMinimumWidth(480);
    m_provinceEdit->setFocus();
}

QString CatalogueCloneDialog::version() const
{
    return m_versionEdit->text().trimmed();
}

QString CatalogueCloneDialog::province() const
{
    return m_provinceEdit->text().trimmed();
}

void CatalogueCloneDialog::provinceChanged()
{
    if (!m_versionTyped) {
        const QString suggested = CatalogueService::suggestedCloneVersion(m_source, m_provinceEdit->text());
        m_versionEdit->setText(CatalogueService(m_db).checkVersion(m_source.code, suggested)
                                   ? suggested
                                   : CatalogueService(m_db).nextVersion(m_source.code, suggested));
    }
    check();
}

bool CatalogueCloneDialog::check()
{
    const Status s = CatalogueService(m_db).checkVersion(m_source.code, version());
    showError(m_error, s ? QString() : s.message());
    return s.ok();
}

void CatalogueCloneDialog::accept()
{
    if (check())
        QDialog::accept();
    else
        m_versionEdit->setFocus();
}

} // namespace sht
