#include "CatalogueIndicatorDialog.h"

#include "ErrorLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QVBoxLayout>

namespace sht {

using criteria::Indicator;

namespace {
QString valueText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 10) : value.toString();
}

QJsonValue valueFrom(const QString &text)
{
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    return isNumber ? QJsonValue(number) : QJsonValue(text);
}

QPlainTextEdit *textArea(QWidget *parent, const QString &name, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
} // namespace

QString CatalogueIndicatorDialog::parametersText(const Indicator &indicator)
{
    QStringList lines;
    for (auto it = indicator.parameters.constBegin(); it != indicator.parameters.constEnd(); ++it)
        lines << QStringLiteral("%1=%2").arg(it.key(), valueText(it.value()));
    for (auto level = indicator.levelParameters.constBegin(); level != indicator.levelParameters.constEnd();
         ++level)
        for (auto it = level.value().constBegin(); it != level.value().constEnd(); ++it)
            lines << QStringLiteral("level%1.%2=%3").arg(level.key()).arg(it.key(), valueText(it.value()));
    return lines.join(QLatin1Char('\n'));
}

bool CatalogueIndicatorDialog::parseParameters(const QString &text, QJsonObject *parameters,
                                               QMap<int, QJsonObject> *levels, QString *error)
{
    static const QRegularExpression line(
        QStringLiteral("^(?:level(\\d)\\.)?([a-z_][a-z0-9_]*)\\s*=\\s*(.+)$"));
    QJsonObject base;
    QMap<int, QJsonObject> byLevel;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.isEmpty())
            continue;
        const auto match = line.match(trimmed);
        if (!match.hasMatch()) {
            *error = tr("Line %1 (\"%2\") is not a parameter: write name=value, e.g. min_share=0.7, or "
                        "level2.min_share=0.8 for level 2.")
                         .arg(i + 1)
                         .arg(trimmed);
            return false;
        }
        const QJsonValue value = valueFrom(match.captured(3).trimmed());
        if (match.captured(1).isEmpty())
            base.insert(match.captured(2), value);
        else
            byLevel[match.captured(1).toInt()].insert(match.captured(2), value);
    }
    *parameters = base;
    *levels = byLevel;
    return true;
}

CatalogueIndicatorDialog::CatalogueIndicatorDialog(const Indicator &indicator, bool scored, QWidget *parent)
    : QDialog(parent)
    , m_indicator(indicator)
{
    setObjectName(QStringLiteral("catalogueIndicatorDialog"));
    setWindowTitle(tr("Indicator %1").arg(indicator.code));

    QString kind = indicator.kind == criteria::IndicatorKind::Fact
                       ? tr("computed from the registers by the fact %1").arg(indicator.fact)
                       : tr("judged by the council");
    if (indicator.hasPrefill())
        kind += tr(", evidence prefilled by the fact %1").arg(indicator.fact);
    auto *kindLabel = new QLabel(tr("Kind: %1").arg(kind), this);
    kindLabel->setWordWrap(true);

    m_textEdit = textArea(this, QStringLiteral("textEdit"), 4);
    m_textEdit->setPlainText(indicator.text);
    auto *textLabel = new QLabel(tr("&Text:"), this);
    textLabel->setBuddy(m_textEdit);

    m_sourceEdit = new QLineEdit(indicator.source, this);
    m_sourceEdit->setObjectName(QStringLiteral("sourceEdit"));
    auto *sourceLabel = new QLabel(tr("S&ource:"), this);
    sourceLabel->setBuddy(m_sourceEdit);

    m_pointsSpin = new QDoubleSpinBox(this);
    m_pointsSpin->setObjectName(QStringLiteral("pointsSpin"));
    m_pointsSpin->setRange(0, 1000);
    m_pointsSpin->setDecimals(1);
    m_pointsSpin->setValue(indicator.points);
    m_pointsSpin->setEnabled(scored);
    auto *pointsLabel = new QLabel(tr("&Points:"), this);
    pointsLabel->setBuddy(m_pointsSpin);

    m_minPointsSpin = new QDoubleSpinBox(this);
    m_minPointsSpin->setObjectName(QStringLiteral("minPointsSpin"));
    m_minPointsSpin->setRange(0, 1000);
    m_minPointsSpin->setDecimals(1);
    m_minPointsSpin->setValue(indicator.minPoints);
    m_minPointsSpin->setEnabled(scored);
    m_minPointsSpin->setToolTip(tr("An indicator scored below this fails the whole title (0: no minimum)"));
    auto *minPointsLabel = new QLabel(tr("&Minimum points:"), this);
    minPointsLabel->setBuddy(m_minPointsSpin);

    m_parametersEdit = textArea(this, QStringLiteral("parametersEdit"), 5);
    m_parametersEdit->setPlainText(parametersText(indicator));
    m_parametersEdit->setToolTip(tr("One name=value a line, e.g. min_share=0.7 (70%); level2.min_share=0.8 "
                                    "sets level 2's own value."));
    auto *parametersLabel = new QLabel(tr("P&arameters (name=value, one a line):"), this);
    parametersLabel->setBuddy(m_parametersEdit);

    m_provisionalCheck = new QCheckBox(tr("Pro&visional: the wording or threshold still waits for the "
                                          "province's guidance"),
                                       this);
    m_provisionalCheck->setObjectName(QStringLiteral("provisionalCheck"));
    m_provisionalCheck->setChecked(indicator.provisional);

    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Take the changes (Ctrl+Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CatalogueIndicatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The text areas take Enter for a new line: Ctrl+Enter takes the changes from anywhere.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &CatalogueIndicatorDialog::accept);

    auto *form = new QFormLayout;
    form->addRow(textLabel, m_textEdit);
    form->addRow(sourceLabel, m_sourceEdit);
    form->addRow(pointsLabel, m_pointsSpin);
    form->addRow(minPointsLabel, m_minPointsSpin);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(kindLabel);
    layout->addLayout(form);
    layout->addWidget(parametersLabel);
    layout->addWidget(m_parametersEdit);
    layout->addWidget(m_provisionalCheck);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_textEdit->setFocus();
}

void CatalogueIndicatorDialog::accept()
{
    Indicator edited = m_indicator;
    edited.text = m_textEdit->toPlainText().normalized(QString::NormalizationForm_C).trimmed();
    edited.source = m_sourceEdit->text().normalized(QString::NormalizationForm_C).trimmed();
    if (edited.text.isEmpty()) {
        showError(m_error, tr("Type the indicator's text."));
        m_textEdit->setFocus();
        return;
    }
    edited.points = m_pointsSpin->value();
    edited.minPoints = m_minPointsSpin->value();
    if (edited.minPoints > edited.points) {
        showError(m_error, tr("The minimum points cannot be above the indicator's points."));
        m_minPointsSpin->setFocus();
        return;
    }
    QString error;
    if (!parseParameters(m_parametersEdit->toPlainText(), &edited.parameters, &edited.levelParameters,
                         &error)) {
        showError(m_error, error);
        m_parametersEdit->setFocus();
        return;
    }
    edited.provisional = m_provisionalCheck->isChecked();
    m_indicator = edited;
    QDialog::accept();
}

} // namespace sht
