#include "CataloguePassRuleDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sht {

using criteria::Catalogue;
using criteria::PassRule;

namespace {
QSpinBox *yearSpin(QWidget *parent, const QString &name, int value)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    // 0 = open: shown as a word, so the clerk sees the catalogue has no end (or start).
    spin->setRange(0, 2100);
    spin->setSpecialValueText(CataloguePassRuleDialog::tr("open"));
    spin->setValue(value);
    return spin;
}
} // namespace

CataloguePassRuleDialog::CataloguePassRuleDialog(const Catalogue &catalogue, QWidget *parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("cataloguePassRuleDialog"));
    setWindowTitle(tr("Pass rule of %1 %2").arg(catalogue.titleText, catalogue.version));
    const PassRule &rule = catalogue.passRule;
    const bool scored = rule.kind == PassRule::Kind::Points;

    QString kind;
    switch (rule.kind) {
    case PassRule::Kind::AllIndicators:
        kind = tr("Met when every indicator is met");
        break;
    case PassRule::Kind::Points:
        kind = tr("Met at a total of points (of %1)").arg(catalogue.totalPoints);
        break;
    case PassRule::Kind::Bands:
        kind = tr("Rated by bands of points (of %1)").arg(catalogue.totalPoints);
        break;
    }
    auto *kindLabel = new QLabel(kind, this);

    m_minTotalSpin = new QDoubleSpinBox(this);
    m_minTotalSpin->setObjectName(QStringLiteral("minTotalSpin"));
    m_minTotalSpin->setRange(0, 1000);
    m_minTotalSpin->setDecimals(1);
    m_minTotalSpin->setValue(rule.minTotal);
    m_minTotalSpin->setEnabled(scored);
    auto *minTotalLabel = new QLabel(tr("&Total needed:"), this);
    minTotalLabel->setBuddy(m_minTotalSpin);

    m_minEachSpin = new QDoubleSpinBox(this);
    m_minEachSpin->setObjectName(QStringLiteral("minEachSpin"));
    m_minEachSpin->setRange(0, 1000);
    m_minEachSpin->setDecimals(1);
    m_minEachSpin->setValue(rule.minEachIndicator);
    m_minEachSpin->setEnabled(scored);
    auto *minEachLabel = new QLabel(tr("No indicator &below:"), this);
    minEachLabel->setBuddy(m_minEachSpin);

    m_firstYearSpin = yearSpin(this, QStringLiteral("firstYearSpin"), catalogue.firstYear);
    auto *firstLabel = new QLabel(tr("In force &from year:"), this);
    firstLabel->setBuddy(m_firstYearSpin);
    m_lastYearSpin = yearSpin(this, QStringLiteral("lastYearSpin"), catalogue.lastYear);
    auto *lastLabel = new QLabel(tr("&Until year:"), this);
    lastLabel->setBuddy(m_lastYearSpin);

    m_validitySpin = new QSpinBox(this);
    m_validitySpin->setObjectName(QStringLiteral("validitySpin"));
    m_validitySpin->setRange(1, 120);
    m_validitySpin->setSuffix(tr(" months"));
    m_validitySpin->setValue(catalogue.validityMonths);
    auto *validityLabel = new QLabel(tr("Recognition &lasts:"), this);
    validityLabel->setBuddy(m_validitySpin);

    m_provisionalCheck =
        new QCheckBox(tr("Pro&visional: the threshold waits for the province's guidance"), this);
    m_provisionalCheck->setObjectName(QStringLiteral("provisionalCheck"));
    m_provisionalCheck->setChecked(rule.provisional);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(minTotalLabel, m_minTotalSpin);
    form->addRow(minEachLabel, m_minEachSpin);
    form->addRow(firstLabel, m_firstYearSpin);
    form->addRow(lastLabel, m_lastYearSpin);
    form->addRow(validityLabel, m_validitySpin);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(kindLabel);
    layout->addLayout(form);
    layout->addWidget(m_provisionalCheck);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    (scored ? static_cast<QWidget *>(m_minTotalSpin) : m_firstYearSpin)->setFocus();
}

Catalogue CataloguePassRuleDialog::catalogue() const
{
    Catalogue c = m_catalogue;
    c.passRule.minTotal = m_minTotalSpin->value();
    c.passRule.minEachIndicator = m_minEachSpin->value();
    c.passRule.provisional = m_provisionalCheck->isChecked();
    c.firstYear = m_firstYearSpin->value();
    c.lastYear = m_lastYearSpin->value();
    c.validityMonths = m_validitySpin->value();
    return c;
}

} // namespace sht
