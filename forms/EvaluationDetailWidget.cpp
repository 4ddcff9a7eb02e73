#include "EvaluationDetailWidget.h"

#include "EvaluationIndicatorModel.h"
#include "EvaluationTableModel.h"
#include "RegistrationService.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace sht {

using criteria::Indicator;
using criteria::IndicatorKind;
using criteria::IndicatorOutcome;
using criteria::Verdict;

namespace {

// More evidence lines than a council reads aloud: the rest is counted, not listed (a village's evidence
// names every household).
constexpr int MaxEvidenceLines = 300;

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString coloured(const QString &text, Verdict verdict)
{
    return QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
        .arg(EvaluationTableModel::verdictColor(verdict).name(), html(text));
}

Verdict verdictOf(const IndicatorOutcome *outcome)
{
    if (!outcome || !outcome->met)
        return Verdict::Pending;
    return *outcome->met ? Verdict::Met : Verdict::NotMet;
}

} // namespace

EvaluationDetailWidget::EvaluationDetailWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new EvaluationIndicatorModel(this))
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("detailHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_catalogueLine = new QLabel(this);
    m_catalogueLine->setObjectName(QStringLiteral("catalogueLine"));
    m_catalogueLine->setWordWrap(true);
    m_provisional = new QLabel(this);
    m_provisional->setObjectName(QStringLiteral("provisionalNote"));
    m_provisional->setWordWrap(true);
    QPalette warning = m_provisional->palette();
    warning.setColor(QPalette::WindowText, EvaluationTableModel::verdictColor(Verdict::Pending));
    m_provisional->setPalette(warning);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->setAccessibleName(tr("Criteria and indicators"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    const QFontMetrics metrics = fontMetrics();
    m_table->setColumnWidth(EvaluationIndicatorModel::CodeColumn,
                            metrics.horizontalAdvance(QStringLiteral("TC5.CT2")) + 16);
    m_table->setColumnWidth(EvaluationIndicatorModel::KindColumn,
                            qMax(metrics.horizontalAdvance(EvaluationIndicatorModel::tr("Council")),
                                 metrics.horizontalAdvance(EvaluationIndicatorModel::tr("Computed"))) +
                                24);
    m_table->setColumnWidth(EvaluationIndicatorModel::OutcomeColumn,
                            qMax(metrics.horizontalAdvance(EvaluationIndicatorModel::tr("Waiting")),
                                 metrics.horizontalAdvance(EvaluationTableModel::tr("Not met"))) +
                                20);
    m_table->setColumnWidth(EvaluationIndicatorModel::PointsColumn,
                            metrics.horizontalAdvance(QStringLiteral("10 / 10")) + 16);
    m_table->setColumnWidth(EvaluationIndicatorModel::ValueColumn,
                            metrics.horizontalAdvance(QLatin1Char('x')) * 18);
    // The rule's text takes the room left; its full wording is in the explanation below and the tooltip.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(EvaluationIndicatorModel::TextColumn,
                                                      QHeaderView::Stretch);
    m_table->installEventFilter(this);
    m_table->setToolTip(
        tr("On an indicator the council judges: Space or M met, N not met, digits points, Del clear; "
           "Enter next indicator; Ctrl+Down / Ctrl+Up next / previous subject; F2 the note"));

    m_explanation = new QTextBrowser(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setAccessibleName(tr("Why"));
    m_explanation->setOpenLinks(false);
    m_explanation->setFocusPolicy(Qt::ClickFocus);

    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("What the council saw, e.g. \"minutes of 12/01, page 3\""));
    m_noteEdit->setToolTip(
        tr("The evidence note of the current judgement; Enter saves it, Esc goes back (F2)"));
    m_noteEdit->installEventFilter(this);
    m_noteLabel = new QLabel(tr("Evidence &note:"), this);
    m_noteLabel->setBuddy(m_noteEdit);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteLabel);
    noteRow->addWidget(m_noteEdit, 1);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("judgementHint"));
    m_hint->setWordWrap(true);

    // The heading lines keep the height their wrapped text needs; the splitter below takes what is left.
    for (QLabel *label : {m_heading, m_catalogueLine, m_provisional})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_catalogueLine);
    layout->addWidget(m_provisional);
    layout->addWidget(splitter, 1);
    layout->addLayout(noteRow);
    layout->addWidget(m_hint);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_pointsBuffer.clear();
        showExplanation();
    });
    clear();
}

const criteria::SubjectEvaluation &EvaluationDetailWidget::result() const
{
    return m_model->result();
}

void EvaluationDetailWidget::clear(const QString &message)
{
    m_hasResult = false;
    m_pointsBuffer.clear();
    m_model->clear();
    m_heading->setText(message.isEmpty() ? tr("Choose a subject in the list to see why it has its verdict.")
                                         : html(message));
    m_catalogueLine->clear();
    m_catalogueLine->hide();
    m_provisional->hide();
    m_explanation->clear();
    m_noteEdit->clear();
    m_noteEdit->setEnabled(false);
    updateHint();
}

void EvaluationDetailWidget::showResult(const criteria::SubjectEvaluation &result,
                                        const std::optional<criteria::Catalogue> &catalogue,
                                        const QString &indicator)
{
    m_hasResult = true;
    m_pointsBuffer.clear();
    criteria::SubjectEvaluation shown = result;
    if (catalogue)
        criteria::completeIndicators(shown, *catalogue);
    m_model->setResult(shown, catalogue ? &*catalogue : nullptr);

    QStringList facts;
    if (!shown.villageName.isEmpty())
        facts << html(shown.villageName);
    facts << html(RegistrationService::titleLabel(shown.title)) << QString::number(shown.year);
    QString verdictLine =
        tr("Verdict: %1").arg(coloured(EvaluationTableModel::verdictText(shown.verdict), shown.verdict));
    if (shown.level > 0 && shown.title != criteria::Title::CentreRating)
        verdictLine += QStringLiteral(" · ") + html(tr("Level %1").arg(shown.level));
    if (shown.title == criteria::Title::CentreRating && catalogue && shown.level > 0 &&
        shown.level <= catalogue->passRule.bands.size())
        verdictLine += QStringLiteral(" · ") + html(catalogue->passRule.bands.at(shown.level - 1).name);
    if (shown.totalPoints)
        verdictLine +=
            QStringLiteral(" · ") + html(tr("%1 points").arg(QLocale().toString(*shown.totalPoints, 'g', 4)));
    if (!shown.decisionNumber.isEmpty())
        verdictLine +=
            QStringLiteral(" · ") + html(tr("recognised by decision %1").arg(shown.decisionNumber));
    m_heading->setText(QStringLiteral("<b>%1</b> · %2<br>%3")
                           .arg(html(shown.subjectName), facts.join(QStringLiteral(" · ")), verdictLine));

    if (catalogue) {
        m_catalogueLine->setText(tr("Criteria: %1 (%2, version %3)")
                                     .arg(catalogue->instrument.citation.isEmpty()
                                              ? catalogue->instrument.number
                                              : catalogue->instrument.citation,
                                          catalogue->code, catalogue->version));
        m_provisional->setText(
            tr("Some indicators of these criteria are provisional: they wait for the province's "
               "wording and thresholds (marked *). A cloned catalogue can hold them."));
        m_provisional->setVisible(catalogue->hasProvisionalItems());
    } else {
        m_catalogueLine->setText(
            tr("The criteria version %1 %2 that gave this verdict is no longer in the file: "
               "evaluate again (F5).")
                .arg(shown.catalogueCode, shown.catalogueVersion));
        m_provisional->hide();
    }
    m_catalogueLine->show();

    int row = indicator.isEmpty() ? -1 : m_model->rowOf(indicator);
    if (row < 0)
        row = m_model->firstProblem();
    setCurrentRow(row);
    showExplanation();
}

int EvaluationDetailWidget::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void EvaluationDetailWidget::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->setCurrentIndex(QModelIndex());
        return;
    }
    const QModelIndex index = m_model->index(row, EvaluationIndicatorModel::TextColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QString EvaluationDetailWidget::currentIndicator() const
{
    const int row = currentRow();
    return row >= 0 && !m_model->isCriterion(row) ? m_model->codeAt(row) : QString();
}

bool EvaluationDetailWidget::selectIndicator(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return false;
    setCurrentRow(row);
    return true;
}

void EvaluationDetailWidget::focusIndicators()
{
    if (currentRow() < 0 || m_model->isCriterion(currentRow())) {
        const int judged = m_model->nextJudged(-1);
        setCurrentRow(judged >= 0 ? judged : m_model->firstProblem());
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

void EvaluationDetailWidget::showExplanation()
{
    const int row = currentRow();
    m_noteEdit->setEnabled(m_hasResult && m_model->isJudged(row));
    const IndicatorOutcome *outcome = m_model->outcomeAt(row);
    m_noteEdit->setText(outcome ? outcome->note : QString());
    updateHint();
    if (!m_hasResult || row < 0) {
        m_explanation->clear();
        return;
    }
    QString text;
    if (m_model->isCriterion(row)) {
        if (const criteria::Criterion *criterion = m_model->criterionOf(row))
            text = QStringLiteral("<h3>%1 — %2</h3>").arg(html(criterion->code), html(criterion->text));
        m_explanation->setHtml(text);
        return;
    }
    const Indicator *indicator = m_model->indicatorAt(row);
    text += QStringLiteral("<h3>%1 — %2</h3>")
                .arg(html(m_model->codeAt(row)), html(indicator ? indicator->text : QString()));
    if (indicator && !indicator->source.isEmpty())
        text += QStringLiteral("<p><i>%1</i></p>").arg(html(indicator->source));
    if (indicator) {
        const QString kind =
            indicator->kind == IndicatorKind::Judged
                ? (indicator->fact.isEmpty() ? tr("Judged by the council.")
                                             : tr("Judged by the council; the registers prefill the "
                                                  "evidence (%1).")
                                                   .arg(indicator->fact))
                : tr("Computed from the registers (%1).").arg(indicator->fact);
        text += QStringLiteral("<p>%1</p>").arg(html(kind));
        if (indicator->provisional || indicator->wording == criteria::Wording::Provincial)
            text += QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>")
                        .arg(EvaluationTableModel::verdictColor(Verdict::Pending).name(),
                             html(tr("Provisional: waits for the province's wording.")));
    }
    QStringList outcomeParts{
        tr("Outcome: %1").arg(coloured(EvaluationIndicatorModel::outcomeText(outcome), verdictOf(outcome)))};
    const QString points = EvaluationIndicatorModel::pointsText(indicator, outcome);
    if (!points.isEmpty())
        outcomeParts << html(tr("Points: %1").arg(points));
    if (outcome && !outcome->value.isEmpty())
        outcomeParts << html(tr("Value: %1").arg(outcome->value));
    if (outcome && outcome->judged && outcome->met)
        outcomeParts << html(tr("given by the council"));
    text += QStringLiteral("<p>%1</p>").arg(outcomeParts.join(QStringLiteral(" · ")));

    if (outcome && !outcome->evidence.isEmpty()) {
        // The items against the rule first: they are why the indicator is not met.
        QList<const criteria::Evidence *> ordered;
        for (const criteria::Evidence &e : outcome->evidence)
            if (e.againstRule)
                ordered << &e;
        const int against = int(ordered.size());
        for (const criteria::Evidence &e : outcome->evidence)
            if (!e.againstRule)
                ordered << &e;
        text += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(html(against > 0 ? tr("Evidence (%n against the rule):", nullptr, against)
                                          : tr("Evidence:")));
        for (int i = 0; i < ordered.size() && i < MaxEvidenceLines; ++i) {
            const criteria::Evidence *e = ordered.at(i);
            text += e->againstRule
                        ? QStringLiteral("<li style=\"color:%1\"><b>%2</b></li>")
                              .arg(EvaluationTableModel::verdictColor(Verdict::NotMet).name(), html(e->text))
                        : QStringLiteral("<li>%1</li>").arg(html(e->text));
        }
        text += QStringLiteral("</ul>");
        if (ordered.size() > MaxEvidenceLines)
            text += QStringLiteral("<p>%1</p>")
                        .arg(html(tr("… and %n more.", nullptr, int(ordered.size()) - MaxEvidenceLines)));
    }
    if (outcome && !outcome->note.isEmpty())
        text += QStringLiteral("<p><b>%1</b> %2</p>").arg(html(tr("Council's note:")), html(outcome->note));
    if (indicator && !indicator->evidenceRequired.isEmpty() && m_model->isJudged(row))
        text += QStringLiteral("<p><i>%1</i> %2</p>")
                    .arg(html(tr("What the council should see:")), html(indicator->evidenceRequired));
    m_explanation->setHtml(text);
}

void EvaluationDetailWidget::updateHint()
{
    const int row = currentRow();
    if (!m_hasResult || row < 0 || !m_model->isJudged(row)) {
        m_hint->setText(m_hasResult
                            ? tr("Computed indicator: it follows the registers. Enter goes to the next "
                                 "indicator the council judges.")
                            : QString());
        return;
    }
    const Indicator *indicator = m_model->indicatorAt(row);
    QString keys =
        indicator && indicator->points > 0
            ? tr("Type the points (0–%1), or Space / M full points, N none; Del clears; Enter next; "
                 "Ctrl+Down next subject; F2 note.")
                  .arg(QLocale().toString(indicator->points, 'g', 4))
            : tr("Space or M met, N not met, Del clears; Enter next; Ctrl+Down next subject; F2 note.");
    if (!m_pointsBuffer.isEmpty())
        keys = tr("Points: %1… (Enter confirms, Backspace corrects)").arg(m_pointsBuffer) +
               QStringLiteral("  ") + keys;
    m_hint->setText(keys);
}

void EvaluationDetailWidget::judge(std::optional<bool> met, std::optional<double> points)
{
    const QString code = currentIndicator();
    if (code.isEmpty())
        return;
    const IndicatorOutcome *outcome = m_model->outcomeAt(currentRow());
    emit judgementRequested(code, met, points, outcome ? outcome->note : m_noteEdit->text());
}

void EvaluationDetailWidget::typeDigit(int digit)
{
    const Indicator *indicator = m_model->indicatorAt(currentRow());
    if (!indicator || indicator->points <= 0)
        return;
    m_pointsBuffer += QString::number(digit);
    const int value = m_pointsBuffer.toInt();
    // Committed as soon as no further digit could fit under the maximum ("8" of 10 at once, "1" waits).
    if (value * 10 > indicator->points || value == 0)
        commitPoints();
    else
        updateHint();
}

void EvaluationDetailWidget::commitPoints()
{
    if (m_pointsBuffer.isEmpty())
        return;
    const double value = m_pointsBuffer.toInt();
    m_pointsBuffer.clear();
    updateHint();
    judge(std::nullopt, value);
}

void EvaluationDetailWidget::saveNote()
{
    const int row = currentRow();
    const IndicatorOutcome *outcome = m_model->outcomeAt(row);
    if (!m_model->isJudged(row))
        return;
    const QString note = m_noteEdit->text().trimmed();
    if (outcome && outcome->note == note)
        return;
    // The note goes with the judgement as it stands (met / points unchanged).
    emit judgementRequested(m_model->codeAt(row), outcome && outcome->judged ? outcome->met : std::nullopt,
                            outcome && outcome->judged ? outcome->points : std::nullopt, note);
}

bool EvaluationDetailWidget::handleTableKey(QKeyEvent *event)
{
    const int row = currentRow();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::ControlModifier && (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up)) {
        commitPoints();
        emit subjectStepRequested(event->key() == Qt::Key_Down ? 1 : -1, currentIndicator());
        return true;
    }
    if (mods != Qt::NoModifier)
        return false;
    const bool judged = m_hasResult && m_model->isJudged(row);
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        commitPoints();
        const int next = m_model->nextJudged(currentRow());
        if (next >= 0)
            setCurrentRow(next);
        else if (m_hasResult)
            emit subjectStepRequested(1, QString());
        return true;
    }
    case Qt::Key_F2:
        if (judged) {
            m_noteEdit->setFocus(Qt::ShortcutFocusReason);
            m_noteEdit->selectAll();
        }
        return true;
    default:
        break;
    }
    if (!judged)
        return false;
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_M:
        m_pointsBuffer.clear();
        judge(true, std::nullopt);
        return true;
    case Qt::Key_N:
        m_pointsBuffer.clear();
        judge(false, std::nullopt);
        return true;
    case Qt::Key_Delete:
        m_pointsBuffer.clear();
        judge(std::nullopt, std::nullopt);
        return true;
    case Qt::Key_Backspace:
        if (!m_pointsBuffer.isEmpty()) {
            m_pointsBuffer.chop(1);
            updateHint();
        } else {
            judge(std::nullopt, std::nullopt);
        }
        return true;
    default:
        if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9) {
            typeDigit(event->key() - Qt::Key_0);
            return true;
        }
        return false;
    }
}

bool EvaluationDetailWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_table && handleTableKey(key))
            return true;
        if (watched == m_noteEdit && key->modifiers() == Qt::NoModifier) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                const QString code = currentIndicator();
                saveNote();
                selectIndicator(code);
                m_table->setFocus(Qt::OtherFocusReason);
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                const IndicatorOutcome *outcome = m_model->outcomeAt(currentRow());
                m_noteEdit->setText(outcome ? outcome->note : QString());
                m_table->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
    }
    if (watched == m_table && event->type() == QEvent::FocusOut)
        commitPoints();
    return QWidget::eventFilter(watched, event);
}

} // namespace sht
