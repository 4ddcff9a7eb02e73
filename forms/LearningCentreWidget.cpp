#include "LearningCentreWidget.h"

#include "AttendanceModel.h"
#include "ChangeNotifier.h"
#include "CourseDialog.h"
#include "CourseTableModel.h"
#include "EditCommands.h"
#include "FilterField.h"
#include "LearningCentreCommands.h"
#include "LearningCentreDialog.h"
#include "LearningCentreRepository.h"
#include "MessageBox.h"
#include "PeopleFinder.h"
#include "PersonRepository.h"
#include "SessionDialog.h"
#include "SessionTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sht {

namespace {

QString dayText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// Keys of the page that the main window also binds (Ctrl+N is File > New, Ctrl+Shift+N New household):
// while the focus is on this page they mean the page's action.
const QKeySequence newCourseKey(Qt::CTRL | Qt::Key_N);
const QKeySequence newSessionKey(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
const QKeySequence copyKey(Qt::CTRL | Qt::SHIFT | Qt::Key_C);

QKeySequence sequenceOf(const QKeyEvent *event)
{
    return QKeySequence(event->keyCombination());
}

QTableView *makeTable(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

// Selects exactly one row whatever modifier keys are held (QTableView::selectRow() in an extended-selection
// view toggles the row when Ctrl is down, as after Ctrl+Enter).
void selectOnly(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->selectionModel()->setCurrentIndex(index,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

QPushButton *makeButton(QWidget *parent, const QString &name, const QString &text, const QString &key)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    if (!key.isEmpty())
        button->setToolTip(key);
    return button;
}

} // namespace

LearningCentreWidget::LearningCentreWidget(QWidget *parent)
    : QWidget(parent)
    , m_courses(new CourseTableModel(this))
    , m_sessions(new SessionTableModel(this))
    , m_attendance(new AttendanceModel(this))
{
    buildUi();
    setSession(nullptr, nullptr, nullptr);
}

LearningCentreWidget::~LearningCentreWidget() = default;

void LearningCentreWidget::buildUi()
{
    const auto keyText = [](const QKeySequence &key) { return key.toString(QKeySequence::NativeText); };

    // The centre.
    m_centreName = new QLabel(this);
    m_centreName->setObjectName(QStringLiteral("centreName"));
    QFont heading = m_centreName->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_centreName->setFont(heading);
    m_centreName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_centreInfo = new QLabel(this);
    m_centreInfo->setObjectName(QStringLiteral("centreInfo"));
    // Alt+E is the Edit menu of the window: the centre's button uses another letter.
    m_centreButton = makeButton(this, QStringLiteral("centreButton"), QString(), QString());
    connect(m_centreButton, &QPushButton::clicked, this, &LearningCentreWidget::editCentre);
    auto *top = new QHBoxLayout;
    top->addWidget(m_centreName);
    top->addSpacing(12);
    top->addWidget(m_centreInfo, 1);
    top->addWidget(m_centreButton);
    m_noCentre = new QLabel(tr("This commune has no community learning centre recorded yet. Create it to "
                               "record its courses and who attends them."),
                            this);
    m_noCentre->setObjectName(QStringLiteral("noCentreLabel"));
    m_noCentre->setWordWrap(true);

    m_body = new QWidget(this);

    // The courses of a year.
    m_yearCombo = new QComboBox(m_body);
    m_yearCombo->setObjectName(QStringLiteral("yearCombo"));
    m_yearCombo->setMinimumContentsLength(4);
    auto *yearLabel = new QLabel(tr("&Year:"), m_body);
    yearLabel->setBuddy(m_yearCombo);
    m_filter = new QLineEdit(m_body);
    m_filter->setObjectName(QStringLiteral("courseFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter: title, field, place…"));
    m_filter->setToolTip(tr("Type any part of a course's title, field or place, with or without accents. Esc "
                            "clears."));
    m_filter->installEventFilter(this);
    auto *filterLabel = new QLabel(tr("Fi&lter:"), m_body);
    filterLabel->setBuddy(m_filter);
    m_newCourseButton = makeButton(m_body, QStringLiteral("newCourseButton"), tr("&New course…"),
                                   tr("%1 or Insert").arg(keyText(newCourseKey)));
    m_editCourseButton =
        makeButton(m_body, QStringLiteral("editCourseButton"), tr("Edit c&ourse…"), tr("F2 or Enter"));
    m_deleteCourseButton =
        makeButton(m_body, QStringLiteral("deleteCourseButton"), tr("&Delete course"), tr("Del"));
    auto *courseBar = new QHBoxLayout;
    courseBar->addWidget(yearLabel);
    courseBar->addWidget(m_yearCombo);
    courseBar->addSpacing(12);
    courseBar->addWidget(filterLabel);
    courseBar->addWidget(m_filter, 1);
    courseBar->addSpacing(12);
    courseBar->addWidget(m_newCourseButton);
    courseBar->addWidget(m_editCourseButton);
    courseBar->addWidget(m_deleteCourseButton);

    m_courseTable = makeTable(m_body, QStringLiteral("courseTable"), tr("Courses"));
    m_courseTable->setModel(m_courses);
    const QFontMetrics metrics = fontMetrics();
    const auto widthFor = [&](QTableView *table, int column, const QString &sample) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        table->setColumnWidth(column,
                              qMax(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 24);
    };
    widthFor(m_courseTable, CourseTableModel::TitleColumn,
             QStringLiteral("Kỹ thuật thâm canh lúa chất lượng cao, vụ Đông Xuân"));
    widthFor(m_courseTable, CourseTableModel::FieldColumn, QStringLiteral("Digital skills"));
    widthFor(m_courseTable, CourseTableModel::FromColumn, QStringLiteral("00/00/0000"));
    widthFor(m_courseTable, CourseTableModel::ToColumn, QStringLiteral("00/00/0000"));
    widthFor(m_courseTable, CourseTableModel::HoursColumn, QStringLiteral("000"));
    widthFor(m_courseTable, CourseTableModel::SessionsColumn, QStringLiteral("000"));
    widthFor(m_courseTable, CourseTableModel::LearnersColumn, QStringLiteral("0000"));
    // The title takes the room left; the numbers stay beside it.
    m_courseTable->horizontalHeader()->setStretchLastSection(false);
    m_courseTable->horizontalHeader()->setSectionResizeMode(CourseTableModel::TitleColumn,
                                                            QHeaderView::Stretch);

    // The sessions of the selected course.
    auto *sessionsPanel = new QWidget(m_body);
    m_sessionsHeading = new QLabel(sessionsPanel);
    m_sessionsHeading->setObjectName(QStringLiteral("sessionsHeading"));
    m_sessionsHeading->setWordWrap(true);
    m_sessionTable = makeTable(sessionsPanel, QStringLiteral("sessionTable"), tr("Sessions"));
    m_sessionTable->setModel(m_sessions);
    widthFor(m_sessionTable, SessionTableModel::DateColumn, QStringLiteral("00/00/0000"));
    widthFor(m_sessionTable, SessionTableModel::HoursColumn, QStringLiteral("00"));
    m_newSessionButton = makeButton(sessionsPanel, QStringLiteral("newSessionButton"), tr("Add &session…"),
                                    tr("%1 or Insert").arg(keyText(newSessionKey)));
    m_editSessionButton =
        makeButton(sessionsPanel, QStringLiteral("editSessionButton"), tr("Ed&it…"), tr("F2"));
    m_deleteSessionButton =
        makeButton(sessionsPanel, QStringLiteral("deleteSessionButton"), tr("Delete"), tr("Del"));
    auto *sessionBar = new QHBoxLayout;
    sessionBar->addWidget(m_newSessionButton);
    sessionBar->addWidget(m_editSessionButton);
    sessionBar->addWidget(m_deleteSessionButton);
    sessionBar->addStretch();
    auto *sessionsLayout = new QVBoxLayout(sessionsPanel);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    sessionsLayout->addWidget(m_sessionsHeading);
    sessionsLayout->addWidget(m_sessionTable, 1);
    sessionsLayout->addLayout(sessionBar);

    // Who was present at the selected session.
    auto *attendancePanel = new QWidget(m_body);
    m_attendanceHeading = new QLabel(attendancePanel);
    m_attendanceHeading->setObjectName(QStringLiteral("attendanceHeading"));
    m_attendanceTable = makeTable(attendancePanel, QStringLiteral("attendanceTable"), tr("Present"));
    m_attendanceTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attendanceTable->setModel(m_attendance);
    widthFor(m_attendanceTable, AttendanceModel::NameColumn, QStringLiteral("Nguyễn Thị Thu Hương"));
    widthFor(m_attendanceTable, AttendanceModel::BornColumn, QStringLiteral("0000"));
    widthFor(m_attendanceTable, AttendanceModel::HouseholdColumn, QStringLiteral("00.000"));
    m_copyButton =
        makeButton(attendancePanel, QStringLiteral("copyButton"), tr("&Copy last session"), keyText(copyKey));
    m_removeButton = makeButton(attendancePanel, QStringLiteral("removeButton"), tr("Re&move"), tr("Del"));
    m_count = new QLabel(attendancePanel);
    m_count->setObjectName(QStringLiteral("attendanceCount"));
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    auto *attendanceBar = new QHBoxLayout;
    attendanceBar->addWidget(m_count);
    attendanceBar->addStretch();
    attendanceBar->addWidget(m_copyButton);
    attendanceBar->addWidget(m_removeButton);
    auto *attendanceLayout = new QVBoxLayout(attendancePanel);
    attendanceLayout->setContentsMargins(0, 0, 0, 0);
    attendanceLayout->addWidget(m_attendanceHeading);
    attendanceLayout->addWidget(m_attendanceTable, 1);
    attendanceLayout->addLayout(attendanceBar);

    // The finder beside the list: type, Enter, next name.
    auto *finderPanel = new QWidget(m_body);
    m_finder = new PeopleFinder(PeopleFinder::Mode::People, finderPanel);
    m_finder->setObjectName(QStringLiteral("attendanceFinder"));
    m_finder->setEnterActivates(true);
    m_finder->setLabelText(tr("&Who came? Type part of a name, ID number or household code:"));
    m_finder->resultList()->setMinimumSize(320, 120);
    m_finder->findEdit()->installEventFilter(this);
    m_finder->resultList()->installEventFilter(this);
    connect(m_finder, &PeopleFinder::activated, this, &LearningCentreWidget::markChosenPresent);
    connect(m_finder, &PeopleFinder::currentChanged, this, &LearningCentreWidget::updateActions);
    m_markButton = makeButton(finderPanel, QStringLiteral("markButton"), tr("Mark &present"), tr("Enter"));
    m_householdButton =
        makeButton(finderPanel, QStringLiteral("householdButton"), tr("Whole household"), tr("Ctrl+Enter"));
    m_message = new QLabel(finderPanel);
    m_message->setObjectName(QStringLiteral("attendanceMessage"));
    m_message->setWordWrap(true);
    auto *finderBar = new QHBoxLayout;
    finderBar->addWidget(m_markButton);
    finderBar->addWidget(m_householdButton);
    finderBar->addStretch();
    auto *finderLayout = new QVBoxLayout(finderPanel);
    finderLayout->setContentsMargins(0, 0, 0, 0);
    finderLayout->addWidget(m_finder, 1);
    finderLayout->addLayout(finderBar);
    finderLayout->addWidget(m_message);

    auto *lower = new QSplitter(Qt::Horizontal, m_body);
    lower->setChildrenCollapsible(false);
    lower->addWidget(sessionsPanel);
    lower->addWidget(attendancePanel);
    lower->addWidget(finderPanel);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 3);
    lower->setStretchFactor(2, 2);
    auto *split = new QSplitter(Qt::Vertical, m_body);
    split->setObjectName(QStringLiteral("centreSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_courseTable);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(courseBar);
    bodyLayout->addWidget(split, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_noCentre);
    layout->addWidget(m_body, 1);

    // Keys of each list, active while it has the focus.
    addViewAction(m_courseTable, QKeySequence(Qt::Key_Insert), &LearningCentreWidget::newCourse);
    addViewAction(m_courseTable, QKeySequence(Qt::Key_F2), &LearningCentreWidget::editCourse);
    addViewAction(m_courseTable, QKeySequence(QKeySequence::Delete), &LearningCentreWidget::deleteCourse);
    addViewAction(m_sessionTable, QKeySequence(Qt::Key_Insert), &LearningCentreWidget::newSession);
    addViewAction(m_sessionTable, QKeySequence(Qt::Key_F2), &LearningCentreWidget::editSession);
    addViewAction(m_sessionTable, QKeySequence(QKeySequence::Delete), &LearningCentreWidget::deleteSession);
    // Enter on a session: on to taking its attendance.
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        connect(addViewAction(m_sessionTable, QKeySequence(key), nullptr), &QAction::triggered, m_finder,
                &PeopleFinder::restart);
    addViewAction(m_attendanceTable, QKeySequence(QKeySequence::Delete),
                  &LearningCentreWidget::removeAttendees);
    connect(addViewAction(m_attendanceTable, QKeySequence(Qt::Key_Insert), nullptr), &QAction::triggered,
            m_finder, &PeopleFinder::restart);

    connect(m_courseTable, &QAbstractItemView::activated, this, &LearningCentreWidget::editCourse);
    connect(m_sessionTable, &QAbstractItemView::doubleClicked, this, &LearningCentreWidget::editSession);
    connect(m_newCourseButton, &QPushButton::clicked, this, &LearningCentreWidget::newCourse);
    connect(m_editCourseButton, &QPushButton::clicked, this, &LearningCentreWidget::editCourse);
    connect(m_deleteCourseButton, &QPushButton::clicked, this, &LearningCentreWidget::deleteCourse);
    connect(m_newSessionButton, &QPushButton::clicked, this, &LearningCentreWidget::newSession);
    connect(m_editSessionButton, &QPushButton::clicked, this, &LearningCentreWidget::editSession);
    connect(m_deleteSessionButton, &QPushButton::clicked, this, &LearningCentreWidget::deleteSession);
    connect(m_markButton, &QPushButton::clicked, this, &LearningCentreWidget::markChosenPresent);
    connect(m_householdButton, &QPushButton::clicked, this, &LearningCentreWidget::markChosenHousehold);
    connect(m_copyButton, &QPushButton::clicked, this, &LearningCentreWidget::copyLastSession);
    connect(m_removeButton, &QPushButton::clicked, this, &LearningCentreWidget::removeAttendees);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qint64 keep = currentCourseId();
        m_courses->setFilterText(text);
        const int row = m_courses->rowOfCourse(keep);
        m_courseTable->selectRow(row >= 0 ? row : 0);
        if (m_courses->rowCount() == 0)
            reloadSessions(0);
    });
    connect(m_yearCombo, &QComboBox::activated, this, [this] { reloadCourses(0); });
    connect(m_courseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { reloadSessions(0); });
    connect(m_sessionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { reloadAttendance(); });
    connect(m_attendanceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LearningCentreWidget::updateActions);

    setTabOrder(m_yearCombo, m_filter);
    setTabOrder(m_filter, m_courseTable);
    setTabOrder(m_courseTable, m_sessionTable);
    setTabOrder(m_sessionTable, m_finder->findEdit());
    setTabOrder(m_finder->findEdit(), m_finder->resultList());
    setTabOrder(m_finder->resultList(), m_attendanceTable);
    setFocusProxy(m_filter);
}

QAction *LearningCentreWidget::addViewAction(QWidget *view, const QKeySequence &key,
                                             void (LearningCentreWidget::*slot)())
{
    auto *action = new QAction(view);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

void LearningCentreWidget::setSession(Database *db, EditCommands *commands, ChangeNotifier *notifier)
{
    disconnect(m_notifierConnection);
    m_db = commands ? db : nullptr;
    m_edits = db ? commands : nullptr;
    m_commands = m_edits ? std::make_unique<LearningCentreCommands>(*m_edits) : nullptr;
    m_loaded = false;
    m_centre.reset();
    if (notifier && m_db)
        m_notifierConnection =
            connect(notifier, &ChangeNotifier::changed, this, [this](const QSet<QString> &tables) {
                static const QStringList ours = {QStringLiteral("learning_centre"), QStringLiteral("course"),
                                                 QStringLiteral("course_session"),
                                                 QStringLiteral("attendance")};
                static const QStringList people = {QStringLiteral("person"), QStringLiteral("membership"),
                                                   QStringLiteral("household"), QStringLiteral("admin_unit"),
                                                   QStringLiteral("admin_unit_name")};
                bool mine = false;
                bool theirs = false;
                for (const QString &table : tables) {
                    mine = mine || ours.contains(table);
                    theirs = theirs || people.contains(table);
                }
                if (!mine && !theirs)
                    return;
                if (!isVisible()) {
                    m_loaded = false; // read again when next shown
                    return;
                }
                reload(theirs);
            });
    m_filter->clear();
    m_message->clear();
    m_finder->findEdit()->clear();
    if (!m_db) {
        m_courses->setCourses({});
        m_sessions->setSessions({});
        m_attendance->setAttendees({});
        m_yearCombo->clear();
        reloadCentre();
        updateActions();
        return;
    }
    if (isVisible())
        load();
}

void LearningCentreWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_db)
        load();
}

void LearningCentreWidget::load()
{
    m_loaded = true;
    m_finder->load(*m_db);
    reload(false);
}

void LearningCentreWidget::reload(bool people)
{
    if (!m_db)
        return;
    if (people)
        m_finder->load(*m_db);
    const qint64 course = currentCourseId();
    reloadCentre();
    reloadYears();
    reloadCourses(course);
}

void LearningCentreWidget::reloadCentre()
{
    m_centre = m_db ? LearningCentreRepository(*m_db).centre() : std::nullopt;
    const bool open = m_db != nullptr;
    m_centreButton->setVisible(open);
    m_noCentre->setVisible(open && !m_centre);
    m_body->setVisible(open && m_centre.has_value());
    if (!m_centre) {
        m_centreName->setText(open ? tr("Community learning centre") : QString());
        m_centreInfo->clear();
        m_centreButton->setText(tr("&Create the learning centre…"));
        return;
    }
    m_centreName->setText(m_centre->name);
    QStringList info;
    if (m_centre->establishedOn.isValid())
        info << tr("established %1").arg(dayText(m_centre->establishedOn));
    if (m_centre->directorPersonId != 0)
        if (const auto director = PersonRepository(*m_db).find(m_centre->directorPersonId))
            info << tr("director: %1").arg(director->name.full());
    m_centreInfo->setText(info.join(QStringLiteral(" · ")));
    m_centreButton->setText(tr("Edit the cen&tre…"));
}

void LearningCentreWidget::reloadYears()
{
    const int selected = m_yearCombo->currentData().toInt();
    QList<int> years = m_centre ? LearningCentreRepository(*m_db).courseYears(m_centre->id) : QList<int>();
    // The current year is always offered, so that its first course can be entered.
    const int thisYear = QDate::currentDate().year();
    const int latest = years.isEmpty() ? thisYear : years.first();
    if (!years.contains(thisYear))
        years << thisYear;
    std::sort(years.begin(), years.end(), std::greater<int>());
    const QSignalBlocker blocker(m_yearCombo);
    m_yearCombo->clear();
    for (int year : years)
        m_yearCombo->addItem(QString::number(year), year);
    const int index = m_yearCombo->findData(selected > 0 ? selected : latest);
    m_yearCombo->setCurrentIndex(index >= 0 ? index : m_yearCombo->findData(latest));
}

int LearningCentreWidget::year() const
{
    return m_yearCombo->currentData().toInt();
}

void LearningCentreWidget::setYear(int year)
{
    if (m_yearCombo->findData(year) < 0)
        m_yearCombo->addItem(QString::number(year), year);
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(year));
    reloadCourses(0);
}

void LearningCentreWidget::reloadCourses(qint64 keepCourseId)
{
    const qint64 keepSession = currentSessionId();
    const QList<CourseSummary> courses =
        m_centre ? LearningCentreRepository(*m_db).courseSummaries(m_centre->id, year())
                 : QList<CourseSummary>();
    {
        const QSignalBlocker blocker(m_courseTable->selectionModel());
        m_courses->setCourses(courses);
    }
    int row = m_courses->rowOfCourse(keepCourseId);
    // Else the latest course already started: the one whose attendance is being entered.
    for (int r = 0; row < 0 && r < m_courses->rowCount(); ++r)
        if (r + 1 == m_courses->rowCount() ||
            m_courses->courseAt(r + 1).course.startDate > QDate::currentDate())
            row = r;
    if (row >= 0) {
        const QSignalBlocker blocker(m_courseTable->selectionModel());
        m_courseTable->selectRow(row);
        m_courseTable->scrollTo(m_courses->index(row, 0));
    }
    reloadSessions(row >= 0 && m_courses->courseAt(row).course.id == keepCourseId ? keepSession : 0);
}

void LearningCentreWidget::reloadSessions(qint64 keepSessionId)
{
    const auto course = currentCourse();
    {
        const QSignalBlocker blocker(m_sessionTable->selectionModel());
        m_sessions->setSessions(course && m_db ? LearningCentreRepository(*m_db).sessionSummaries(course->id)
                                               : QList<SessionSummary>());
    }
    m_sessionsHeading->setText(course ? tr("Sessions of <b>%1</b>").arg(course->title.toHtmlEscaped())
                                      : tr("Sessions"));
    // The latest session is the one being recorded, unless the clerk was on another.
    int row = m_sessions->rowOfSession(keepSessionId);
    if (row < 0)
        row = m_sessions->rowCount() - 1;
    if (row >= 0) {
        const QSignalBlocker blocker(m_sessionTable->selectionModel());
        m_sessionTable->selectRow(row);
    }
    reloadAttendance();
}

void LearningCentreWidget::reloadAttendance()
{
    const qint64 session = currentSessionId();
    {
        const QSignalBlocker blocker(m_attendanceTable->selectionModel());
        m_attendance->setAttendees(session && m_db ? LearningCentreRepository(*m_db).attendeeRows(session)
                                                   : QList<AttendeeRow>());
    }
    const int row = m_sessionTable->currentIndex().row();
    m_attendanceHeading->setText(
        row >= 0 ? tr("Present on <b>%1</b>").arg(dayText(m_sessions->sessionAt(row).session.heldOn))
                 : tr("Present"));
    updateCount();
    updateActions();
}

void LearningCentreWidget::updateCount()
{
    m_count->setText(currentSessionId() ? tr("%n present", nullptr, m_attendance->rowCount()) : QString());
}

void LearningCentreWidget::updateActions()
{
    const bool course = currentCourseId() != 0;
    const bool session = currentSessionId() != 0;
    const bool chosen = session && m_finder->personId() != 0;
    m_newCourseButton->setEnabled(m_centre.has_value());
    m_editCourseButton->setEnabled(course);
    m_deleteCourseButton->setEnabled(course);
    m_newSessionButton->setEnabled(course);
    m_editSessionButton->setEnabled(session);
    m_deleteSessionButton->setEnabled(session);
    m_markButton->setEnabled(chosen);
    m_householdButton->setEnabled(chosen);
    m_copyButton->setEnabled(session && m_sessionTable->currentIndex().row() > 0);
    m_removeButton->setEnabled(session && m_attendanceTable->selectionModel()->hasSelection());
    m_finder->setEnabled(session);
}

void LearningCentreWidget::say(const QString &message, bool refusal)
{
    QPalette palette = this->palette();
    if (refusal)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_message->setPalette(palette);
    m_message->setText(message);
}

bool LearningCentreWidget::report(const Status &status, const QString &title)
{
    if (!status)
        MessageBox::warning(this, title, status.message());
    return status.ok();
}

qint64 LearningCentreWidget::currentCourseId() const
{
    const QModelIndex index = m_courseTable->currentIndex();
    return index.isValid() ? index.data(CourseTableModel::CourseIdRole).toLongLong() : 0;
}

qint64 LearningCentreWidget::currentSessionId() const
{
    const QModelIndex index = m_sessionTable->currentIndex();
    return index.isValid() ? index.data(SessionTableModel::SessionIdRole).toLongLong() : 0;
}

std::optional<Course> LearningCentreWidget::currentCourse() const
{
    const int row = m_courseTable->currentIndex().row();
    if (row < 0 || row >= m_courses->rowCount())
        return std::nullopt;
    return m_courses->courseAt(row).course;
}

void LearningCentreWidget::selectCourse(qint64 courseId)
{
    const int row = m_courses->rowOfCourse(courseId);
    if (row >= 0)
        m_courseTable->selectRow(row);
}

void LearningCentreWidget::selectSession(qint64 sessionId)
{
    const int row = m_sessions->rowOfSession(sessionId);
    if (row >= 0)
        m_sessionTable->selectRow(row);
}

void LearningCentreWidget::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void LearningCentreWidget::editCentre()
{
    if (!m_db || !m_commands)
        return;
    LearningCentre centre = m_centre.value_or(LearningCentre());
    LearningCentreDialog dialog(*m_db, *m_commands, centre, this);
    dialog.exec(); // it saves and shows a refusal itself; the notifier reloads the page
}

void LearningCentreWidget::newCourse()
{
    if (!m_commands || !m_centre)
        return;
    Course course;
    course.centreId = m_centre->id;
    course.field = QStringLiteral("agriculture");
    // In a past year's list, a new course most likely belongs to that year.
    const QDate today = QDate::currentDate();
    course.startDate = year() == today.year() ? today : QDate(year(), 1, 1);
    course.endDate = course.startDate;
    CourseDialog dialog(*m_commands, course, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Course &saved = dialog.course();
    if (saved.startDate.year() != year())
        setYear(saved.startDate.year());
    selectCourse(saved.id);
    m_courseTable->setFocus();
}

void LearningCentreWidget::editCourse()
{
    const auto course = currentCourse();
    if (!course || !m_commands)
        return;
    CourseDialog dialog(*m_commands, *course, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.course().startDate.year() != year())
        setYear(dialog.course().startDate.year());
    selectCourse(course->id);
}

void LearningCentreWidget::deleteCourse()
{
    const auto course = currentCourse();
    if (!course || !m_commands)
        return;
    const int row = m_courseTable->currentIndex().row();
    const CourseSummary &summary = m_courses->courseAt(row);
    const int records = LearningCentreRepository(*m_db).courseAttendanceCount(course->id);
    QString text = tr("Delete the course \"%1\"?").arg(course->title) + QLatin1Char('\n');
    if (summary.sessions == 0)
        text += tr("It has no sessions yet.");
    else
        text += tr("This also deletes its %n session(s)", nullptr, summary.sessions) +
                tr(" and %n attendance record(s).", nullptr, records);
    text += QLatin1Char('\n') + tr("Edit > Undo (Ctrl+Z) brings it back.");
    if (MessageBox::question(this, tr("Delete course"), text, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    report(m_commands->removeCourse(course->id), tr("Delete course"));
}

void LearningCentreWidget::newSession()
{
    const auto course = currentCourse();
    if (!course || !m_commands)
        return;
    CourseSession session;
    session.courseId = course->id;
    // After the last session comes the next day, with the same hours; the first one is today.
    if (m_sessions->rowCount() > 0) {
        const CourseSession &last = m_sessions->sessionAt(m_sessions->rowCount() - 1).session;
        session.heldOn = last.heldOn.addDays(1);
        session.hours = last.hours;
    } else {
        const QDate today = QDate::currentDate();
        session.heldOn = (course->endDate.isValid() && today > course->endDate) || today < course->startDate
                             ? course->startDate
                             : today;
        session.hours = 3;
    }
    SessionDialog dialog(*m_commands, *course, session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectSession(dialog.session().id);
    m_finder->restart(); // on to taking the attendance
}

void LearningCentreWidget::editSession()
{
    const auto course = currentCourse();
    const int row = m_sessionTable->currentIndex().row();
    if (!course || row < 0 || !m_commands)
        return;
    SessionDialog dialog(*m_commands, *course, m_sessions->sessionAt(row).session, this);
    if (dialog.exec() == QDialog::Accepted)
        selectSession(dialog.session().id);
}

void LearningCentreWidget::deleteSession()
{
    const int row = m_sessionTable->currentIndex().row();
    if (row < 0 || !m_commands)
        return;
    const SessionSummary &summary = m_sessions->sessionAt(row);
    QString text = tr("Delete the session of %1?").arg(dayText(summary.session.heldOn)) + QLatin1Char('\n');
    text += summary.present == 0
                ? tr("Nobody is marked present at it.")
                : tr("This also deletes its %n attendance record(s).", nullptr, summary.present);
    text += QLatin1Char('\n') + tr("Edit > Undo (Ctrl+Z) brings it back.");
    if (MessageBox::question(this, tr("Delete session"), text, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    report(m_commands->removeSession(summary.session.id), tr("Delete session"));
}

void LearningCentreWidget::markChosenPresent()
{
    const qint64 session = currentSessionId();
    const qint64 person = m_finder->personId();
    if (!session || !person || !m_commands)
        return;
    const Status status = m_commands->markPresent(session, person);
    if (!status) {
        // A refusal in the flow of typing is said in the line, not in a box that stops the clerk.
        say(status.message(), true);
        m_finder->findEdit()->selectAll();
        return;
    }
    const int row = m_attendance->rowOfPerson(person);
    if (row >= 0)
        selectOnly(m_attendanceTable, row);
    say(tr("%1 marked present.").arg(m_attendance->attendeeAt(qMax(0, row)).name));
    m_finder->restart();
}

void LearningCentreWidget::markChosenHousehold()
{
    const qint64 session = currentSessionId();
    const qint64 person = m_finder->personId();
    if (!session || !person || !m_commands)
        return;
    LearningCentreCommands::MarkResult result;
    const Status status = m_commands->markHouseholdPresent(session, person, &result);
    if (!status) {
        say(status.message(), true);
        m_finder->findEdit()->selectAll();
        return;
    }
    QString message = tr("Household %1: %n marked present", nullptr, result.added).arg(result.source);
    if (result.alreadyPresent > 0)
        message += tr(", %n already present", nullptr, result.alreadyPresent);
    say(message + QLatin1Char('.'));
    m_finder->restart();
}

void LearningCentreWidget::copyLastSession()
{
    const qint64 session = currentSessionId();
    if (!session || !m_commands)
        return;
    LearningCentreCommands::MarkResult result;
    const Status status = m_commands->copyPreviousSession(session, &result);
    if (!status) {
        say(status.message(), true);
        return;
    }
    QString message = tr("%n marked present as on %1", nullptr, result.added).arg(result.source);
    if (result.alreadyPresent > 0)
        message += tr(", %n already present", nullptr, result.alreadyPresent);
    if (result.notAllowed > 0)
        message += tr(", %n no longer in the commune", nullptr, result.notAllowed);
    say(message + QLatin1Char('.'));
}

void LearningCentreWidget::removeAttendees()
{
    const qint64 session = currentSessionId();
    if (!session || !m_commands)
        return;
    QList<qint64> people;
    QStringList names;
    for (const QModelIndex &index : m_attendanceTable->selectionModel()->selectedRows()) {
        people << index.data(AttendanceModel::PersonIdRole).toLongLong();
        names << m_attendance->attendeeAt(index.row()).name;
    }
    if (people.isEmpty())
        return;
    // One name is cheap to put back (Ctrl+Z); several at once deserve a question.
    if (people.size() > 1 &&
        MessageBox::question(this, tr("Remove from the attendance list"),
                             tr("Remove these %n people from the attendance list of this session?\n%1",
                                nullptr, int(people.size()))
                                 .arg(names.join(QStringLiteral(", "))),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const int row = m_attendanceTable->currentIndex().row();
    const Status status = m_commands->removeAttendance(session, people);
    if (!status) {
        say(status.message(), true);
        return;
    }
    say(people.size() == 1 ? tr("%1 removed from the list.").arg(names.first())
                           : tr("%n people removed from the list.", nullptr, int(people.size())));
    if (m_attendance->rowCount() > 0)
        selectOnly(m_attendanceTable, qBound(0, row, m_attendance->rowCount() - 1));
}

bool LearningCentreWidget::event(QEvent *event)
{
    // The page's own keys win over the window's (see newCourseKey): accepting the override turns the key
    // into a key press that keyPressEvent() handles.
    if (event->type() == QEvent::ShortcutOverride) {
        const QKeySequence key = sequenceOf(static_cast<QKeyEvent *>(event));
        if (m_db && (key == newCourseKey || key == newSessionKey || key == copyKey)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void LearningCentreWidget::keyPressEvent(QKeyEvent *event)
{
    const QKeySequence key = sequenceOf(event);
    if (key == newCourseKey)
        newCourse();
    else if (key == newSessionKey)
        newSession();
    else if (key == copyKey)
        copyLastSession();
    else
        return QWidget::keyPressEvent(event);
    event->accept();
}

bool LearningCentreWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if ((watched == m_finder->findEdit() || watched == m_finder->resultList()) && enter &&
        key->modifiers().testFlag(Qt::ControlModifier)) {
        markChosenHousehold();
        return true;
    }
    if (watched == m_filter && handleFilterFieldKey(m_filter, m_courseTable, event))
        return true;
    return QWidget::eventFilter(watched, event);
}

} // namespace sht
