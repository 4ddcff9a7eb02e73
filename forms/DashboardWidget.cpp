#include "DashboardWidget.h"

#include "ChangeNotifier.h"
#include "DashboardCharts.h"
#include "DashboardTableModel.h"
#include "Database.h"
#include "EditCommands.h"
#include "TargetCatalogue.h"
#include "TargetRepository.h"
#include "TargetsDialog.h"

#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sht {

using namespace criteria;

namespace {

const QKeySequence targetsKey(Qt::CTRL | Qt::Key_T);

// What the numbers are made of: a change to any of these tables changes the page.
const QStringList &watchedTables()
{
    static const QStringList tables{QStringLiteral("registration"),     QStringLiteral("evaluation"),
                                    QStringLiteral("recognition"),      QStringLiteral("target"),
                                    QStringLiteral("household"),        QStringLiteral("membership"),
                                    QStringLiteral("person"),           QStringLiteral("household_village"),
                                    QStringLiteral("admin_unit"),       QStringLiteral("clan"),
                                    QStringLiteral("clan_household"),   QStringLiteral("local_unit"),
                                    QStringLiteral("local_unit_staff"), QStringLiteral("meta")};
    return tables;
}

QChartView *makeChartView(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

// QChartView::setChart releases the previous chart instead of deleting it (found by LeakSanitizer).
void showChart(QChartView *view, QChart *chart)
{
    QChart *previous = view->chart();
    view->setChart(chart);
    delete previous;
}

} // namespace

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new DashboardTableModel(this))
{
    Status status;
    m_national = TargetCatalogue::national(&status).targets();
    buildUi();
    if (!status)
        say(status.message());
    setSession(nullptr, nullptr, nullptr);
}

DashboardWidget::~DashboardWidget() = default;

void DashboardWidget::buildUi()
{
    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(QStringLiteral("dashboardYearCombo"));
    m_yearCombo->setMinimumContentsLength(4);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearCombo);
    m_scopeCombo = new QComboBox(this);
    m_scopeCombo->setObjectName(QStringLiteral("dashboardScopeCombo"));
    m_scopeCombo->setMinimumContentsLength(18);
    m_scopeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *scopeLabel = new QLabel(tr("S&cope:"), this);
    scopeLabel->setBuddy(m_scopeCombo);
    m_targetsButton = new QPushButton(tr("&Targets…"), this);
    m_targetsButton->setObjectName(QStringLiteral("targetsButton"));
    m_targetsButton->setAutoDefault(false);
    m_targetsButton->setToolTip(
        tr("National, province and commune targets (%1)").arg(targetsKey.toString(QKeySequence::NativeText)));
    auto *bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearCombo);
    bar->addSpacing(12);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scopeCombo);
    bar->addStretch();
    bar->addWidget(m_targetsButton);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    QFont heading = m_summary->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    heading.setBold(true);
    m_summary->setFont(heading);
    m_summary->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dashboardTable"));
    m_table->setAccessibleName(tr("Achievements against targets"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    const auto widthFor = [&](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(
            column, qMax(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 24);
    };
    widthFor(DashboardTableModel::TitleColumn, targetIndicatorName(TargetIndicator::CitizenAdults));
    widthFor(DashboardTableModel::InScopeColumn, QStringLiteral("000000"));
    widthFor(DashboardTableModel::RegisteredColumn, QStringLiteral("0000 / 0000"));
    widthFor(DashboardTableModel::RecognisedColumn, QStringLiteral("000000"));
    widthFor(DashboardTableModel::ShareColumn, QStringLiteral("100.0%"));
    widthFor(DashboardTableModel::NationalColumn,
             QStringLiteral("80% by 2030 (theo kế hoạch tỉnh) [provisional] · QĐ 387"));
    widthFor(DashboardTableModel::LocalColumn, QStringLiteral("80% · KH 45/KH-UBND"));
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 8 +
                              m_table->horizontalHeader()->sizeHint().height() + 4);

    m_barView = makeChartView(this, QStringLiteral("barChartView"), tr("Recognised against the targets"));
    m_trendView = makeChartView(this, QStringLiteral("trendChartView"), tr("Recognised over the years"));
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->setObjectName(QStringLiteral("dashboardCharts"));
    charts->setChildrenCollapsible(false);
    charts->addWidget(m_barView);
    charts->addWidget(m_trendView);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("dashboardNotes"));
    m_notes->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_notes);

    auto *targets = new QAction(this);
    targets->setShortcut(targetsKey);
    targets->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(targets);
    connect(targets, &QAction::triggered, this, &DashboardWidget::openTargets);
    connect(m_targetsButton, &QPushButton::clicked, this, &DashboardWidget::openTargets);
    connect(m_yearCombo, &QComboBox::activated, this, [this] {
        m_wantedYear = year();
        reloadVillages();
        refresh();
    });
    connect(m_scopeCombo, &QComboBox::activated, this, &DashboardWidget::refresh);

    setTabOrder(m_yearCombo, m_scopeCombo);
    setTabOrder(m_scopeCombo, m_table);
    setTabOrder(m_table, m_targetsButton);
    setFocusProxy(m_yearCombo);
}

void DashboardWidget::setSession(Database *db, EditCommands *commands, ChangeNotifier *notifier)
{
    disconnect(m_notifierConnection);
    m_db = db;
    m_edits = db ? commands : nullptr;
    m_loaded = false;
    m_cache.clear();
    if (notifier && m_db)
        m_notifierConnection =
            connect(notifier, &ChangeNotifier::changed, this, [this](const QSet<QString> &tables) {
                bool ours = false;
                for (const QString &table : tables)
                    ours = ours || watchedTables().contains(table);
                if (!ours)
                    return;
                m_cache.clear();
                if (!isVisible()) {
                    m_loaded = false; // counted again when next shown
                    return;
                }
                load();
            });
    m_targetsButton->setEnabled(m_edits != nullptr);
    if (!m_db) {
        m_yearCombo->clear();
        m_scopeCombo->clear();
        m_model->setRows({}, 0);
        m_summary->clear();
        m_notes->clear();
        showChart(m_barView, new QChart);
        showChart(m_trendView, new QChart);
        return;
    }
    if (isVisible())
        load();
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_db)
        load();
}

void DashboardWidget::load()
{
    m_loaded = true;
    reloadYears();
    reloadVillages();
    refresh();
}

void DashboardWidget::reloadYears()
{
    QList<int> years = AchievementRepository(*m_db).years();
    const int thisYear = QDate::currentDate().year();
    // Shown first: the year asked for, else the latest year with data (not a future one), else this year.
    int chosen = m_wantedYear;
    if (chosen == 0) {
        chosen = thisYear;
        int latest = 0;
        for (int y : years)
            if (y <= thisYear)
                latest = qMax(latest, y);
        if (latest > 0)
            chosen = latest;
    }
    // The current year is always offered: its registrations may be about to start.
    for (int extra : {thisYear, m_wantedYear})
        if (extra > 0 && !years.contains(extra))
            years << extra;
    std::sort(years.begin(), years.end(), std::greater<int>());
    const QSignalBlocker blocker(m_yearCombo);
    m_yearCombo->clear();
    for (int y : years)
        m_yearCombo->addItem(QString::number(y), y);
    m_yearCombo->setCurrentIndex(qMax(0, m_yearCombo->findData(chosen)));
}

void DashboardWidget::reloadVillages()
{
    const QVariant selected = m_scopeCombo->currentData();
    const QSignalBlocker blocker(m_scopeCombo);
    m_scopeCombo->clear();
    m_scopeCombo->addItem(tr("Whole commune"));
    if (!m_db)
        return;
    for (const AchievementVillage &v : AchievementRepository(*m_db).villages(year()))
        m_scopeCombo->addItem(v.name, v.id);
    m_scopeCombo->setCurrentIndex(qMax(0, m_scopeCombo->findData(selected)));
}

int DashboardWidget::year() const
{
    return m_yearCombo->currentData().toInt();
}

void DashboardWidget::setYear(int year)
{
    m_wantedYear = year;
    if (!m_db || !m_loaded)
        return;
    if (m_yearCombo->findData(year) < 0)
        reloadYears();
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(year));
    reloadVillages();
    refresh();
}

std::optional<qint64> DashboardWidget::village() const
{
    const QVariant data = m_scopeCombo->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

void DashboardWidget::setVillage(std::optional<qint64> villageId)
{
    const int index = villageId ? m_scopeCombo->findData(*villageId) : 0;
    m_scopeCombo->setCurrentIndex(qMax(0, index));
    refresh();
}

const YearAchievements *DashboardWidget::achievementsOf(int year)
{
    auto it = m_cache.find(year);
    if (it == m_cache.end()) {
        YearAchievements achievements;
        if (const Status s = AchievementRepository(*m_db).achievements(year, &achievements); !s) {
            say(s.message());
            return nullptr;
        }
        it = m_cache.insert(year, achievements);
    }
    return &it.value();
}

void DashboardWidget::refresh()
{
    if (!m_db || year() == 0)
        return;
    AchievementRepository repository(*m_db);
    const AchievementReport report(m_national, TargetRepository(*m_db).all(), repository.difficultArea());
    const std::optional<qint64> scope = village();
    const QString scopeName = m_scopeCombo->currentText();
    const YearAchievements *current = achievementsOf(year());
    const QList<AchievementRow> rows = current ? report.rows(*current, scope) : QList<AchievementRow>();
    m_model->setRows(rows, year());

    int reached = 0;
    int withTarget = 0;
    for (const AchievementRow &row : rows) {
        withTarget += row.goal && row.share;
        reached += row.reached();
    }
    m_summary->setText(
        tr("%1, %2: %3 of %4 targets reached").arg(scopeName).arg(year()).arg(reached).arg(withTarget));

    // The trend: every year with data, up to the one shown.
    QMap<int, QList<AchievementRow>> byYear;
    for (int y : repository.years())
        if (const YearAchievements *a = achievementsOf(y))
            byYear.insert(y, report.rows(*a, scope));
    byYear.insert(year(), rows);

    showChart(m_barView,
              DashboardCharts::barChart(rows, tr("Recognised against the target, %1").arg(year())));
    showChart(m_trendView, DashboardCharts::trendChart(byYear, tr("Recognised over the years")));

    QStringList notes;
    notes
        << tr("Recognised: decided that year, or still valid on 31/12. Adults are %1 or older at the end of "
              "the year.")
               .arg(current ? current->citizenMinAge : AchievementRepository::DefaultCitizenMinAge);
    notes << tr(
        "[provisional]: the figure is inferred and not confirmed in the national text; \"theo kế hoạch "
        "tỉnh\": taken from provincial plans.");
    if (repository.difficultArea())
        notes << tr(
            "This commune is in a difficult area: QĐ 281's lower targets apply to the years up to 2020.");
    m_notes->setText(notes.join(QLatin1Char(' ')));
}

void DashboardWidget::openTargets()
{
    if (!m_db || !m_edits)
        return;
    TargetsDialog dialog(*m_db, *m_edits, this);
    dialog.exec();
    // The notifier reloads the page after each edit; a read-only look changes nothing.
}

void DashboardWidget::say(const QString &message)
{
    m_notes->setText(message);
}

} // namespace sht
