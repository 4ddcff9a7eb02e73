#pragma once

#include "EvaluationResult.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace sht {

class EvaluationIndicatorModel;

// WHY a subject has its verdict: the subject and its verdict on top, each criterion and indicator of the
// catalogue with its kind, outcome, points and value, and under them the current indicator in full: rule
// text, source, whether it is provisional (waits for the province's wording), the evidence lines (the items
// against the rule first, in red) and the council's note.
//
// The council enters its judgements here by keyboard, many subjects in one sitting: on a judged indicator
// Space or M = met, N = not met, digits = points (committed when no further digit fits, or with Enter), Del
// clears the judgement; Enter moves to the next judged indicator (past the last one: the next subject);
// Ctrl+Down / Ctrl+Up move to the next / previous subject keeping the same indicator; F2 edits the evidence
// note, Enter there saves it. The widget only asks (signals); the page writes through EvaluationCommands
// and shows the new result.
class EvaluationDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationDetailWidget(QWidget *parent = nullptr);

    // Nothing to show, with a line saying why ("Choose a subject…").
    void clear(const QString &message = QString());
    // Shows result (with its indicators) against catalogue. The current indicator stays on `indicator` when
    // given and present; otherwise the first failed (or waiting) indicator is made current.
    void showResult(const criteria::SubjectEvaluation &result,
                    const std::optional<criteria::Catalogue> &catalogue,
                    const QString &indicator = QString());
    bool hasResult() const { return m_hasResult; }
    const criteria::SubjectEvaluation &result() const;

    QString currentIndicator() const;
    bool selectIndicator(const QString &code);
    // Puts the keyboard on the indicators (at the current one, or the first judged one).
    void focusIndicators();

    QLabel *heading() const { return m_heading; }
    QTableView *indicatorTable() const { return m_table; }
    QTextBrowser *explanation() const { return m_explanation; }
    QLineEdit *noteEdit() const { return m_noteEdit; }
    EvaluationIndicatorModel *model() const { return m_model; }

signals:
    void judgementRequested(const QString &indicator, std::optional<bool> met, std::optional<double> points,
                            const QString &note);
    // Ctrl+Down (+1) / Ctrl+Up (-1), and Enter past the last judged indicator (+1, indicator empty: the next
    // subject's first judged one).
    void subjectStepRequested(int step, const QString &indicator);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleTableKey(QKeyEvent *event);
    void showExplanation();
    void judge(std::optional<bool> met, std::optional<double> points);
    void typeDigit(int digit);
    void commitPoints();
    void saveNote();
    void updateHint();
    int currentRow() const;
    void setCurrentRow(int row);

    EvaluationIndicatorModel *m_model = nullptr;
    bool m_hasResult = false;
    QString m_pointsBuffer;
    QLabel *m_heading = nullptr;
    QLabel *m_catalogueLine = nullptr;
    QLabel *m_provisional = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_explanation = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace sht
