#include "TargetEditDialog.h"

#include "TargetService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sht {

using namespace criteria;

TargetEditDialog::TargetEditDialog(const Target &target, Save save, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_save(std::move(save))
{
    setWindowTitle(target.id ? tr("Change target") : tr("New target"));

    m_indicator = new QComboBox(this);
    m_indicator->setObjectName(QStringLiteral("indicatorCombo"));
    for (TargetIndicator indicator : allTargetIndicators()) {
        m_indicator->addItem(targetIndicatorName(indicator), targetIndicatorKey(indicator));
        m_indicator->setItemData(m_indicator->count() - 1, targetIndicatorDescription(indicator),
                                 Qt::ToolTipRole);
    }
    m_indicator->setCurrentIndex(m_indicator->findData(targetIndicatorKey(target.indicator)));

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(TargetService::FirstYear, TargetService::LastYear);
    m_year->setValue(target.year ? target.year : QDate::currentDate().year());

    m_share = new QDoubleSpinBox(this);
    m_share->setObjectName(QStringLiteral("shareSpin"));
    m_share->setRange(0, 100);
    m_share->setDecimals(1);
    m_share->setSuffix(tr(" %"));
    m_share->setValue(target.share * 100);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    for (TargetScope scope : {TargetScope::Commune, TargetScope::Province})
        m_scope->addItem(targetScopeName(scope), targetScopeKey(scope));
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(targetScopeKey(target.scope))));

    m_source = new QLineEdit(target.source, this);
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setPlaceholderText(tr("e.g. KH 45/KH-UBND of the province, 2023"));
    m_notes = new QLineEdit(target.notes, this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Indicator:"), m_indicator);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Target:"), m_share);
    form->addRow(tr("Set &by:"), m_scope);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Enter"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Esc"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TargetEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TargetEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);
    m_indicator->setFocus();
}

Target TargetEditDialog::target() const
{
    Target t = m_target;
    t.indicator = *targetIndicatorFromKey(m_indicator->currentData().toString());
    t.year = m_year->value();
    t.share = m_share->value() / 100.0;
    t.scope = *targetScopeFromKey(m_scope->currentData().toString());
    t.source = m_source->text().trimmed();
    t.notes = m_notes->text().trimmed();
    return t;
}

void TargetEditDialog::accept()
{
    Target t = target();
    const Status status = m_save ? m_save(t) : Status::success();
    if (!status) {
        m_error->setText(status.message());
        m_error->show();
        return;
    }
    m_target = t;
    QDialog::accept();
}

} // namespace sht
