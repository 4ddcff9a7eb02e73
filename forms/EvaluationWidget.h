#pragma once

#include "EvaluationData.h"
#include "EvaluationResult.h"

#include <QHash>
#include <QMetaObject>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sht {

class ChangeNotifier;
class Database;
class EditCommands;
class EvaluationCommands;
class EvaluationDetailWidget;
class EvaluationService;
class EvaluationTableModel;
class RegistrationCommands;

// The Evaluation page: the verdicts of a year for every learning title, with counts (met / not met /
// waiting for the council), filters (title, verdict, name or village typed with or without accents), and
// beside the list WHY the current subject has its verdict (EvaluationDetailWidget), where the council also
// enters its judgements by keyboard, subject after subject.
//
// Keys: Register… (Alt+R) opens the registrations of the year; F5 evaluates the year (progress with
// Cancel, then "What changed"); Ctrl+R recognises the selected met subjects (one decision); Alt+W withdraws
// the current subject's recognition; Enter on a subject goes to its indicators; Ctrl+Down / Ctrl+Up there go
// to the next / previous subject. Every edit is one undoable step; the page reloads itself when
// ChangeNotifier reports its tables (registrations, judgements, recognitions, catalogues) and says when the
// registers changed since the last evaluation.
class EvaluationWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationWidget(QWidget *parent = nullptr);
    ~EvaluationWidget() override;

    // db and commands null: file closed, clear everything. Loads lazily on first show or at once if visible.
    void setSession(Database *db, EditCommands *commands, ChangeNotifier *notifier);
    void focusFilter(); // Ctrl+F on the page: focus + select the filter field

    int year() const;
    void setYear(int year);
    std::optional<criteria::Title> titleFilter() const;
    void setTitleFilter(std::optional<criteria::Title> title);
    void setVerdictFilter(std::optional<criteria::Verdict> verdict);
    // Makes the subject's row current (clearing filters that hide it is up to the caller); false when the
    // year has no result for it.
    bool selectSubject(criteria::Title title, const QString &subjectUuid);

    void openRegistration();
    void evaluate();
    void recogniseSelected();
    void withdrawCurrent();

    EvaluationTableModel *resultsModel() const { return m_results; }
    QTableView *resultsTable() const { return m_table; }
    EvaluationDetailWidget *detail() const { return m_detail; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *messageLabel() const { return m_message; }
    QLineEdit *filterEdit() const { return m_filter; }

signals:
    void cataloguesRequested();
    void dashboardRequested();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void load();
    void reloadYears();
    void reloadResults();
    void reloadRegistrationCounts();
    void updateCounts();
    void updateActions();
    void showCurrent();
    void stepSubject(int step, const QString &indicator);
    void judge(const QString &indicator, std::optional<bool> met, std::optional<double> points,
               const QString &note);
    void refreshSubject(criteria::Title title, const QString &subjectUuid, bool evaluateAgain);
    void followJudgements();
    void onTablesChanged(const QSet<QString> &tables);
    void say(const QString &message, bool refusal = false);
    std::optional<criteria::Catalogue> catalogueOf(const criteria::SubjectEvaluation &result);

    Database *m_db = nullptr;
    EditCommands *m_edits = nullptr;
    ChangeNotifier *m_notifier = nullptr;
    std::unique_ptr<RegistrationCommands> m_registrations;
    std::unique_ptr<EvaluationCommands> m_commands;
    std::unique_ptr<EvaluationService> m_service;
    QMetaObject::Connection m_notifierConnection;
    bool m_loaded = false;
    bool m_ownEdit = false; // the page's own edit is being announced: it refreshes what it changed itself
    bool m_stale = false;   // the registers changed since the results were computed
    QString m_preferIndicator;
    bool m_preferFirstJudged = false;
    QHash<QString, criteria::Judgement> m_judgements; // the year's judgements as last seen (undo detection)
    QMap<criteria::Title, int> m_registered;

    EvaluationTableModel *m_results = nullptr;
    QComboBox *m_yearCombo = nullptr;
    QComboBox *m_titleCombo = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_verdictCombo = nullptr;
    QPushButton *m_registerButton = nullptr;
    QPushButton *m_evaluateButton = nullptr;
    QPushButton *m_recogniseButton = nullptr;
    QPushButton *m_withdrawButton = nullptr;
    QPushButton *m_cataloguesButton = nullptr;
    QPushButton *m_dashboardButton = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    EvaluationDetailWidget *m_detail = nullptr;
};

} // namespace sht
