#include "EvaluationWidget.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "EditCommands.h"
#include "EvaluationChangesDialog.h"
#include "EvaluationCommands.h"
#include "EvaluationDetailWidget.h"
#include "EvaluationIndicatorModel.h"
#include "EvaluationRepository.h"
#include "EvaluationService.h"
#include "EvaluationTableModel.h"
#include "FilterField.h"
#include "JudgementRepository.h"
#include "MessageBox.h"
#include "RecognitionDialog.h"
#include "RecognitionRepository.h"
#include "RegisterTable.h"
#include "RegistrationCommands.h"
#include "RegistrationDialog.h"
#include "RegistrationRepository.h"
#include "RegistrationService.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sht {

using criteria::SubjectEvaluation;
using criteria::Title;
using criteria::Verdict;

namespace {

const QKeySequence evaluateKey(Qt::Key_F5);
const QKeySequence recogniseKey(Qt::CTRL | Qt::Key_R);

QPushButton *makeButton(QWidget *parent, const QString &name, const QString &text, const QString &tip)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    button->setToolTip(tip);
    return button;
}

QString keyText(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

// The subjects (title|uuid) whose judgements differ between two readings of the year's judgements.
QSet<QString> changedSubjects(const QHash<QString, criteria::Judgement> &before,
                              const QHash<QString, criteria::Judgement> &after)
{
    QSet<QString> subjects;
    const auto subjectOf = [](const QString &key) { return key.section(QLatin1Char('|'), 0, 1); };
    const auto same = [](const criteria::Judgement &a, const criteria::Judgement &b) {
        return a.met == b.met && a.points == b.points && a.note == b.note;
    };
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        const auto other = after.constFind(it.key());
        if (other == after.constEnd() || !same(*it, *other))
            subjects.insert(subjectOf(it.key()));
    }
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        if (!before.contains(it.key()))
            subjects.insert(subjectOf(it.key()));
    return subjects;
}

} // namespace

EvaluationWidget::EvaluationWidget(QWidget *parent)
    : QWidget(parent)
    , m_results(new EvaluationTableModel(this))
{
    buildUi();
    setSession(nullptr, nullptr, nullptr);
}

EvaluationWidget::~EvaluationWidget() = default;

void EvaluationWidget::buildUi()
{
    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(QStringLiteral("yearCombo"));
    m_yearCombo->setMinimumContentsLength(4);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearCombo);

    m_titleCombo = new QComboBox(this);
    m_titleCombo->setObjectName(QStringLiteral("titleCombo"));
    m_titleCombo->addItem(tr("All titles"), -1);
    for (Title title : criteria::allTitles())
        m_titleCombo->addItem(RegistrationService::titleLabel(title), int(title));
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_titleCombo);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("evaluationFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter: name or village…"));
    m_filter->setToolTip(tr("Type any part of a subject's or a village's name, with or without accents. Esc "
                            "clears, Down goes to the list (Ctrl+F)."));
    m_filter->installEventFilter(this);
    auto *filterLabel = new QLabel(tr("Fi&lter:"), this);
    filterLabel->setBuddy(m_filter);

    m_verdictCombo = new QComboBox(this);
    m_verdictCombo->setObjectName(QStringLiteral("verdictCombo"));
    m_verdictCombo->addItem(tr("All verdicts"), -1);
    for (Verdict verdict : {Verdict::Met, Verdict::NotMet, Verdict::Pending})
        m_verdictCombo->addItem(EvaluationTableModel::verdictText(verdict), int(verdict));
    auto *verdictLabel = new QLabel(tr("Verdi&ct:"), this);
    verdictLabel->setBuddy(m_verdictCombo);

    auto *filters = new QHBoxLayout;
    filters->addWidget(yearLabel);
    filters->addWidget(m_yearCombo);
    filters->addSpacing(12);
    filters->addWidget(titleLabel);
    filters->addWidget(m_titleCombo);
    filters->addSpacing(12);
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);
    filters->addSpacing(12);
    filters->addWidget(verdictLabel);
    filters->addWidget(m_verdictCombo);

    m_registerButton =
        makeButton(this, QStringLiteral("registerButton"), tr("&Register…"),
                   tr("Households, citizens, clans, villages and units that register for the year's "
                      "titles (Alt+R)"));
    m_evaluateButton =
        makeButton(this, QStringLiteral("evaluateButton"), tr("Eval&uate"),
                   tr("Evaluates every registered subject of the year (%1)").arg(keyText(evaluateKey)));
    m_recogniseButton =
        makeButton(this, QStringLiteral("recogniseButton"), tr("Rec&ognise…"),
                   tr("Records the decision that recognises the selected subjects whose verdict is met "
                      "(%1)")
                       .arg(keyText(recogniseKey)));
    m_withdrawButton = makeButton(this, QStringLiteral("withdrawButton"), tr("&Withdraw"),
                                  tr("Withdraws the recognition of the current subject (Alt+W)"));
    m_cataloguesButton =
        makeButton(this, QStringLiteral("cataloguesButton"), tr("Catalo&gues…"),
                   tr("The criteria catalogues: read them, clone one for the province's guidance"));
    m_dashboardButton = makeButton(this, QStringLiteral("dashboardButton"), tr("T&argets…"),
                                   tr("Percentages per title against the national and local targets"));
    connect(m_registerButton, &QPushButton::clicked, this, &EvaluationWidget::openRegistration);
    connect(m_evaluateButton, &QPushButton::clicked, this, &EvaluationWidget::evaluate);
    connect(m_recogniseButton, &QPushButton::clicked, this, &EvaluationWidget::recogniseSelected);
    connect(m_withdrawButton, &QPushButton::clicked, this, &EvaluationWidget::withdrawCurrent);
    connect(m_cataloguesButton, &QPushButton::clicked, this, &EvaluationWidget::cataloguesRequested);
    connect(m_dashboardButton, &QPushButton::clicked, this, &EvaluationWidget::dashboardRequested);

    // F5 and Ctrl+R work anywhere on the page (not only on the buttons).
    auto *evaluateAction = new QAction(this);
    evaluateAction->setShortcut(evaluateKey);
    evaluateAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(evaluateAction, &QAction::triggered, this, &EvaluationWidget::evaluate);
    addAction(evaluateAction);
    auto *recogniseAction = new QAction(this);
    recogniseAction->setShortcut(recogniseKey);
    recogniseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(recogniseAction, &QAction::triggered, this, &EvaluationWidget::recogniseSelected);
    addAction(recogniseAction);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_registerButton);
    actions->addWidget(m_evaluateButton);
    actions->addWidget(m_recogniseButton);
    actions->addWidget(m_withdrawButton);
    actions->addStretch();
    actions->addWidget(m_cataloguesButton);
    actions->addWidget(m_dashboardButton);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("evaluationCounts"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_counts->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("evaluationMessage"));
    m_message->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("evaluationTable"));
    m_table->setAccessibleName(tr("Verdicts"));
    m_table->setModel(m_results);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->installEventFilter(this);
    // Sorted by village at first: the repository's order (village, then name).
    setUpRegisterTable(
        m_table,
        {{EvaluationTableModel::SubjectColumn, QStringLiteral("00.000 – Nguyễn Thị Thu Hương")},
         {EvaluationTableModel::VillageColumn, QStringLiteral("Thôn Đông Hòa")},
         {EvaluationTableModel::TitleColumn, QStringLiteral("CĐHT thôn")},
         {EvaluationTableModel::VerdictColumn, EvaluationTableModel::verdictText(Verdict::Pending)},
         {EvaluationTableModel::ResultColumn, QStringLiteral("Level 2, 100 points")},
         {EvaluationTableModel::RecognisedColumn, QStringLiteral("125/QĐ-UBND")}},
        EvaluationTableModel::VillageColumn);
    // The verdict is bold: its column is measured in bold.
    QFont boldFont = m_table->font();
    boldFont.setBold(true);
    m_table->setColumnWidth(
        EvaluationTableModel::VerdictColumn,
        QFontMetrics(boldFont).horizontalAdvance(EvaluationTableModel::verdictText(Verdict::Pending)) + 48);

    m_detail = new EvaluationDetailWidget(this);
    m_detail->setObjectName(QStringLiteral("evaluationDetail"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_counts);
    leftLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    setTabOrder(m_yearCombo, m_titleCombo);
    setTabOrder(m_titleCombo, m_filter);
    setTabOrder(m_filter, m_verdictCombo);
    setTabOrder(m_verdictCombo, m_table);
    setTabOrder(m_table, m_detail->indicatorTable());
    setTabOrder(m_detail->indicatorTable(), m_detail->noteEdit());

    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loaded)
            reloadResults();
    });
    connect(m_titleCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int title = m_titleCombo->currentData().toInt();
        m_results->setTitleFilter(title < 0 ? std::nullopt : std::optional<Title>(Title(title)));
    });
    connect(m_verdictCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int verdict = m_verdictCombo->currentData().toInt();
        m_results->setVerdictFilter(verdict < 0 ? std::nullopt : std::optional<Verdict>(Verdict(verdict)));
    });
    connect(m_filter, &QLineEdit::textChanged, m_results, &EvaluationTableModel::setFilterText);
    connect(m_results, &EvaluationTableModel::countsChanged, this, &EvaluationWidget::updateCounts);
    connect(m_results, &QAbstractItemModel::modelReset, this, [this] {
        if (m_results->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectionModel()->setCurrentIndex(
                m_results->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else if (m_results->rowCount() == 0)
            showCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvaluationWidget::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EvaluationWidget::updateActions);
    connect(m_detail, &EvaluationDetailWidget::judgementRequested, this, &EvaluationWidget::judge);
    connect(m_detail, &EvaluationDetailWidget::subjectStepRequested, this, &EvaluationWidget::stepSubject);
}

void EvaluationWidget::setSession(Database *db, EditCommands *commands, ChangeNotifier *notifier)
{
    disconnect(m_notifierConnection);
    m_db = commands ? db : nullptr;
    m_edits = m_db ? commands : nullptr;
    m_notifier = m_db ? notifier : nullptr;
    m_registrations = m_edits ? std::make_unique<RegistrationCommands>(*m_edits) : nullptr;
    m_commands = m_edits ? std::make_unique<EvaluationCommands>(*m_edits) : nullptr;
    m_service.reset();
    m_loaded = false;
    m_stale = false;
    m_judgements.clear();
    m_registered.clear();
    if (m_notifier)
        m_notifierConnection =
            connect(m_notifier, &ChangeNotifier::changed, this, &EvaluationWidget::onTablesChanged);
    m_filter->clear();
    m_message->clear();
    if (!m_db) {
        m_results->setResults({}, {});
        m_yearCombo->clear();
        m_detail->clear(tr("No commune file is open."));
        m_counts->clear();
        updateActions();
        return;
    }
    if (isVisible())
        load();
}

void EvaluationWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_db)
        load();
}

void EvaluationWidget::load()
{
    m_loaded = true;
    m_service = std::make_unique<EvaluationService>(*m_db);
    reloadYears();
    reloadResults();
}

void EvaluationWidget::reloadYears()
{
    const int current = QDate::currentDate().year();
    QList<int> withData = EvaluationRepository(*m_db).availableYears();
    withData += RegistrationRepository(*m_db).years();
    int latest = 0;
    int earliest = current - 3;
    for (int y : withData) {
        latest = qMax(latest, y);
        earliest = qMin(earliest, y);
    }
    const int wanted = m_yearCombo->count() > 0 ? year() : (latest > 0 ? latest : current - 1);
    const QSignalBlocker blocker(m_yearCombo);
    m_yearCombo->clear();
    for (int y = qMax(current + 1, latest); y >= earliest; --y)
        m_yearCombo->addItem(QString::number(y), y);
    const int at = m_yearCombo->findData(wanted);
    m_yearCombo->setCurrentIndex(at >= 0 ? at : 0);
}

int EvaluationWidget::year() const
{
    return m_yearCombo->currentData().toInt();
}

void EvaluationWidget::setYear(int year)
{
    if (m_db && !m_loaded)
        load();
    int at = m_yearCombo->findData(year);
    if (at < 0) {
        m_yearCombo->addItem(QString::number(year), year);
        at = m_yearCombo->count() - 1;
    }
    m_yearCombo->setCurrentIndex(at);
}

std::optional<Title> EvaluationWidget::titleFilter() const
{
    return m_results->titleFilter();
}

void EvaluationWidget::setTitleFilter(std::optional<Title> title)
{
    const int at = m_titleCombo->findData(title ? int(*title) : -1);
    m_titleCombo->setCurrentIndex(qMax(0, at));
}

void EvaluationWidget::setVerdictFilter(std::optional<Verdict> verdict)
{
    const int at = m_verdictCombo->findData(verdict ? int(*verdict) : -1);
    m_verdictCombo->setCurrentIndex(qMax(0, at));
}

void EvaluationWidget::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void EvaluationWidget::reloadResults()
{
    if (!m_db)
        return;
    // Keep the subject the clerk was on, and the indicator they were looking at.
    QString keepUuid;
    std::optional<Title> keepTitle;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        keepUuid = m_results->resultAt(current.row()).subjectUuid;
        keepTitle = m_results->resultAt(current.row()).title;
        m_preferIndicator = m_detail->currentIndicator();
    }
    const int y = year();
    const QList<SubjectEvaluation> results = EvaluationRepository(*m_db).results(y);
    // The bands of the centre's rating (Tốt / Khá / Trung bình) come from its catalogue.
    QHash<QString, QStringList> bands;
    for (const SubjectEvaluation &r : results) {
        const QString key = r.catalogueCode + QLatin1Char('@') + r.catalogueVersion;
        if (r.title != Title::CentreRating || bands.contains(key))
            continue;
        QStringList names;
        if (const auto catalogue = catalogueOf(r))
            for (const auto &band : catalogue->passRule.bands)
                names << band.name;
        bands.insert(key, names);
    }
    m_results->setBandNames(bands);
    m_judgements = JudgementRepository(*m_db).forYear(y);
    reloadRegistrationCounts();
    {
        // One detail load for the row kept, not one for the first row and another for it.
        const QSignalBlocker blocker(m_table->selectionModel());
        m_results->setResults(results, RecognitionRepository(*m_db).forYear(y));
    }
    const int row = keepTitle ? m_results->rowOf(*keepTitle, keepUuid) : -1;
    if (row >= 0 || m_results->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_results->index(qMax(row, 0), 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    showCurrent();
    updateCounts();
    updateActions();
}

void EvaluationWidget::reloadRegistrationCounts()
{
    m_registered = m_db ? RegistrationRepository(*m_db).counts(year()) : QMap<Title, int>();
}

void EvaluationWidget::updateCounts()
{
    if (!m_db) {
        m_counts->clear();
        return;
    }
    const QList<int> counts = m_results->verdictCounts();
    const std::optional<Title> title = m_results->titleFilter();
    const QMap<Title, int> evaluated = m_results->titleCounts();
    // The commune and its centre need no registration: their results count as registered.
    int registered = 0;
    int waitingForEvaluation = 0;
    for (Title t : criteria::allTitles()) {
        if (title && t != *title)
            continue;
        const int count =
            RegistrationService::needsRegistration(t) ? m_registered.value(t) : evaluated.value(t);
        registered += count;
        waitingForEvaluation += qMax(0, count - evaluated.value(t));
    }
    QString text =
        tr("Met %1 · Not met %2 · Waiting %3").arg(counts.at(0)).arg(counts.at(1)).arg(counts.at(2));
    if (registered > 0)
        text += QStringLiteral(" ") + tr("(of %1 registered)").arg(registered);
    QStringList notes;
    if (m_results->matchCount() != counts.at(0) + counts.at(1) + counts.at(2))
        notes << tr("%n shown", nullptr, m_results->matchCount());
    if (registered == 0)
        notes << tr("Nothing registered for %1 yet: Register… (Alt+R), then Evaluate (F5).").arg(year());
    else if (waitingForEvaluation > 0)
        notes << tr("%n registered but not evaluated yet: press F5.", nullptr, waitingForEvaluation);
    if (m_stale)
        notes << tr("The registers changed since the last evaluation: press F5 to evaluate again.");
    m_counts->setText(notes.isEmpty() ? text
                                      : text + QStringLiteral(" · ") + notes.join(QStringLiteral(" · ")));
}

void EvaluationWidget::updateActions()
{
    const bool open = m_db != nullptr;
    const bool writable = open && !m_db->isReadOnly();
    m_registerButton->setEnabled(writable);
    m_evaluateButton->setEnabled(writable);
    bool anyMet = false;
    if (open)
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            anyMet = anyMet || m_results->resultAt(index.row()).verdict == Verdict::Met;
    m_recogniseButton->setEnabled(writable && anyMet);
    const QModelIndex current = m_table->currentIndex();
    m_withdrawButton->setEnabled(writable && current.isValid() &&
                                 m_results->recognitionAt(current.row()).has_value());
    m_cataloguesButton->setEnabled(open);
    m_dashboardButton->setEnabled(open);
    m_yearCombo->setEnabled(open);
    m_titleCombo->setEnabled(open);
    m_verdictCombo->setEnabled(open);
    m_filter->setEnabled(open);
}

std::optional<criteria::Catalogue> EvaluationWidget::catalogueOf(const SubjectEvaluation &result)
{
    if (!m_service)
        return std::nullopt;
    return m_service->catalogueOf(result);
}

void EvaluationWidget::showCurrent()
{
    updateActions();
    const QModelIndex current = m_table->currentIndex();
    if (!m_db || !current.isValid()) {
        m_detail->clear(m_db && m_results->totalCount() == 0 ? tr("No results for %1 yet.").arg(year())
                                                             : QString());
        return;
    }
    const SubjectEvaluation &row = m_results->resultAt(current.row());
    const auto result = EvaluationRepository(*m_db).result(row.year, row.title, row.subjectUuid);
    if (!result) {
        m_detail->clear(
            tr("The result of %1 is no longer stored: evaluate the year again (F5).").arg(row.subjectName));
        return;
    }
    const QString prefer = std::exchange(m_preferIndicator, QString());
    m_detail->showResult(*result, catalogueOf(*result), prefer);
    if (std::exchange(m_preferFirstJudged, false)) {
        const int judged = m_detail->model()->nextJudged(-1);
        if (judged >= 0)
            m_detail->selectIndicator(m_detail->model()->codeAt(judged));
    }
}

bool EvaluationWidget::selectSubject(Title title, const QString &subjectUuid)
{
    if (m_db && !m_loaded)
        load();
    const int row = m_results->rowOf(title, subjectUuid);
    if (row < 0)
        return false;
    const QModelIndex index = m_results->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void EvaluationWidget::stepSubject(int step, const QString &indicator)
{
    const QModelIndex current = m_table->currentIndex();
    const int row = (current.isValid() ? current.row() : -1) + step;
    if (row < 0 || row >= m_results->rowCount()) {
        say(step > 0 ? tr("That was the last subject in the list.")
                     : tr("That was the first subject in the list."));
        return;
    }
    m_preferIndicator = indicator;
    m_preferFirstJudged = indicator.isEmpty();
    const QModelIndex index = m_results->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_detail->focusIndicators();
}

void EvaluationWidget::judge(const QString &indicator, std::optional<bool> met, std::optional<double> points,
                             const QString &note)
{
    if (!m_commands || !m_detail->hasResult())
        return;
    const SubjectEvaluation subject = m_detail->result();
    const Verdict before = subject.verdict;
    m_ownEdit = true;
    QList<SubjectEvaluation> above;
    const Status status = m_commands->setJudgement(subject.year, subject.title, subject.subjectUuid,
                                                   indicator, met, points, note, &above);
    m_ownEdit = false;
    if (!status) {
        say(status.message(), true);
        return;
    }
    m_judgements = JudgementRepository(*m_db).forYear(year());
    m_preferIndicator = indicator;
    refreshSubject(subject.title, subject.subjectUuid, false);
    // Its clan, village, units or commune were evaluated again with the new verdict: their rows follow.
    for (const SubjectEvaluation &higher : above)
        refreshSubject(higher.title, higher.subjectUuid, false);
    QString message = tr("%1: %2 judged.").arg(subject.subjectName, indicator);
    if (m_detail->hasResult() && m_detail->result().verdict != before)
        message +=
            QStringLiteral(" ") +
            tr("The verdict is now: %1.").arg(EvaluationTableModel::verdictText(m_detail->result().verdict));
    for (const SubjectEvaluation &higher : above)
        message += QStringLiteral(" ") +
                   tr("%1: %2.").arg(higher.subjectName, EvaluationTableModel::verdictText(higher.verdict));
    say(message);
}

void EvaluationWidget::refreshSubject(Title title, const QString &subjectUuid, bool evaluateAgain)
{
    std::optional<SubjectEvaluation> result;
    if (evaluateAgain && m_service) {
        SubjectEvaluation evaluated;
        QList<SubjectEvaluation> above;
        if (const Status s = m_service->evaluateSubject(year(), title, subjectUuid, &evaluated, &above); !s) {
            say(s.message(), true);
            return;
        }
        for (const SubjectEvaluation &higher : above)
            refreshSubject(higher.title, higher.subjectUuid, false);
    }
    result = EvaluationRepository(*m_db).result(year(), title, subjectUuid);
    if (!result)
        return;
    m_results->updateResult(*result);
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && m_results->resultAt(current.row()).title == title &&
        m_results->resultAt(current.row()).subjectUuid == subjectUuid) {
        const QString keep = m_preferIndicator.isEmpty() ? m_detail->currentIndicator() : m_preferIndicator;
        m_preferIndicator.clear();
        m_detail->showResult(*result, catalogueOf(*result), keep);
    }
    updateActions();
}

void EvaluationWidget::followJudgements()
{
    // An undo or redo of a judgement restores the judgement row only: the verdict it gave is derived, so
    // each subject whose judgements changed is evaluated again.
    const QHash<QString, criteria::Judgement> now = JudgementRepository(*m_db).forYear(year());
    const QSet<QString> subjects = changedSubjects(m_judgements, now);
    m_judgements = now;
    for (const QString &subject : subjects) {
        const auto title = criteria::titleFromKey(subject.section(QLatin1Char('|'), 0, 0));
        if (title)
            refreshSubject(*title, subject.section(QLatin1Char('|'), 1, 1), true);
    }
}

void EvaluationWidget::onTablesChanged(const QSet<QString> &tables)
{
    if (!m_db || m_ownEdit)
        return;
    if (!m_loaded)
        return; // read when first shown
    static const QStringList registers = {QStringLiteral("person"),
                                          QStringLiteral("membership"),
                                          QStringLiteral("household"),
                                          QStringLiteral("admin_unit"),
                                          QStringLiteral("household_village"),
                                          QStringLiteral("clan_household"),
                                          QStringLiteral("local_unit"),
                                          QStringLiteral("local_unit_staff"),
                                          QStringLiteral("attendance"),
                                          QStringLiteral("course_session"),
                                          QStringLiteral("course"),
                                          QStringLiteral("meta")};
    if (tables.contains(QStringLiteral("evaluation")) ||
        tables.contains(QStringLiteral("indicator_result"))) {
        reloadYears();
        reloadResults();
        return;
    }
    if (tables.contains(QStringLiteral("criteria_catalogue"))) {
        m_service = std::make_unique<EvaluationService>(*m_db);
        m_stale = true;
        showCurrent();
    }
    for (const QString &table : tables)
        m_stale = m_stale || registers.contains(table);
    if (tables.contains(QStringLiteral("judgement")))
        followJudgements();
    if (tables.contains(QStringLiteral("recognition"))) {
        m_results->setRecognitions(RecognitionRepository(*m_db).forYear(year()));
        showCurrent();
    }
    if (tables.contains(QStringLiteral("registration")))
        reloadRegistrationCounts();
    updateCounts();
    updateActions();
}

void EvaluationWidget::openRegistration()
{
    if (!m_registrations)
        return;
    const std::optional<Title> title = m_results->titleFilter();
    const Title chosen =
        title && RegistrationService::needsRegistration(*title) ? *title : Title::LearningFamily;
    RegistrationDialog dialog(*m_db, *m_registrations, year(), chosen, 0, this);
    dialog.exec();
    reloadRegistrationCounts();
    updateCounts();
    if (dialog.changes() != 0)
        say(tr("Registrations changed: press F5 to evaluate %1 with them.").arg(year()));
}

void EvaluationWidget::evaluate()
{
    if (!m_db || !m_service || m_db->isReadOnly())
        return;
    const int y = year();
    QProgressDialog progress(tr("Evaluating %1…").arg(y), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("evaluationProgress"));
    progress.setWindowTitle(tr("Evaluate"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    bool cancelled = false;
    EvaluationRun run;
    const Status status = m_service->evaluateYear(
        y,
        [&](int done, int total) {
            if (progress.maximum() != total)
                progress.setMaximum(total);
            progress.setValue(done);
            QCoreApplication::processEvents();
            cancelled = progress.wasCanceled();
            return !cancelled;
        },
        &run);
    progress.reset();
    if (!status) {
        if (cancelled)
            say(tr("Evaluation cancelled: the results of %1 are as they were.").arg(y));
        else
            MessageBox::warning(this, tr("Evaluate"), status.message());
        return;
    }
    m_stale = false;
    // The dashboard and other pages read the results: tell them (no undo step: results are derived).
    if (m_notifier) {
        RowChange change;
        change.table = QStringLiteral("evaluation");
        m_ownEdit = true;
        m_notifier->announce({change});
        m_ownEdit = false;
    }
    reloadYears();
    reloadResults();
    QList<VerdictChange> changed;
    int added = 0;
    for (const VerdictChange &change : run.changes) {
        if (change.before)
            changed << change;
        else
            ++added;
    }
    QString message = tr("Evaluated %n subject(s) of %1 in %2 s.", nullptr, run.evaluated)
                          .arg(y)
                          .arg(QLocale().toString(run.elapsedMs / 1000.0, 'f', 1));
    if (added > 0 && !changed.isEmpty())
        message += QStringLiteral(" ") + tr("%n evaluated for the first time.", nullptr, added);
    if (!changed.isEmpty())
        message += QStringLiteral(" ") + tr("%n verdict(s) changed.", nullptr, int(changed.size()));
    if (!run.problems.isEmpty())
        message += QStringLiteral(" ") + tr("%n could not be evaluated.", nullptr, int(run.problems.size()));
    say(message, !run.problems.isEmpty());
    if (!changed.isEmpty() || !run.problems.isEmpty()) {
        EvaluationRun shown = run;
        shown.changes = changed;
        EvaluationChangesDialog dialog(shown, this);
        dialog.exec();
    }
}

void EvaluationWidget::recogniseSelected()
{
    if (!m_commands || m_db->isReadOnly())
        return;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList uuids;
    QStringList names;
    std::optional<Title> title;
    int notMet = 0;
    const SubjectEvaluation *first = nullptr;
    for (const QModelIndex &index : rows) {
        const SubjectEvaluation &r = m_results->resultAt(index.row());
        if (r.verdict != Verdict::Met) {
            ++notMet;
            continue;
        }
        if (title && *title != r.title) {
            say(tr("Choose subjects of one title: a decision recognises one title (filter by Title, Alt+T)."),
                true);
            return;
        }
        title = r.title;
        first = first ? first : &r;
        uuids << r.subjectUuid;
        names << (r.villageName.isEmpty() ? r.subjectName
                                          : QStringLiteral("%1 (%2)").arg(r.subjectName, r.villageName));
    }
    if (!title) {
        say(tr("Select the subjects whose verdict is met (filter Verdict: Met, then Ctrl+A), then Ctrl+R."),
            true);
        return;
    }
    const auto catalogue = catalogueOf(*first);
    const auto latest = RecognitionRepository(*m_db).latest();
    const int y = year();
    RecognitionDialog dialog(
        y, *title, names, catalogue ? catalogue->validityMonths : 12, latest ? latest->signer : QString(),
        [&](const QString &number, const QDate &date, const QString &signer) {
            m_ownEdit = true;
            const Status s = m_commands->recognise(y, *title, uuids, number, date, signer);
            m_ownEdit = false;
            return s;
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_results->setRecognitions(RecognitionRepository(*m_db).forYear(y));
    showCurrent();
    QString message =
        tr("Decision %1 recognises %n subject(s).", nullptr, int(uuids.size())).arg(dialog.decisionNumber());
    if (notMet > 0)
        message += QStringLiteral(" ") + tr("%n selected subject(s) not met were left out.", nullptr, notMet);
    say(message);
}

void EvaluationWidget::withdrawCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_commands || !current.isValid())
        return;
    const SubjectEvaluation r = m_results->resultAt(current.row());
    const auto recognition = m_results->recognitionAt(current.row());
    if (!recognition) {
        say(tr("%1 has no recognition for %2 to withdraw.").arg(r.subjectName).arg(r.year), true);
        return;
    }
    if (MessageBox::question(this, tr("Withdraw recognition"),
                             tr("Withdraw the recognition of %1 (decision %2)?")
                                 .arg(r.subjectName, recognition->decisionNumber),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_ownEdit = true;
    const Status status = m_commands->withdraw(r.year, r.title, r.subjectUuid);
    m_ownEdit = false;
    if (!status) {
        say(status.message(), true);
        return;
    }
    m_results->setRecognitions(RecognitionRepository(*m_db).forYear(year()));
    showCurrent();
    say(tr("The recognition of %1 was withdrawn.").arg(r.subjectName));
}

void EvaluationWidget::say(const QString &message, bool refusal)
{
    QPalette palette = this->palette();
    if (refusal)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_message->setPalette(palette);
    m_message->setText(message);
}

bool EvaluationWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && handleFilterFieldKey(m_filter, m_table, event))
        return true;
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier && m_detail->hasResult()) {
            m_detail->focusIndicators();
            return true;
        }
        if (key->modifiers() == Qt::ControlModifier &&
            (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            stepSubject(key->key() == Qt::Key_Down ? 1 : -1, m_detail->currentIndicator());
            m_table->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sht
