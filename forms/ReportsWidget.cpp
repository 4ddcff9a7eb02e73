#include "ReportsWidget.h"

#include "AdminUnitRepository.h"
#include "Catalogue.h"
#include "ChangeNotifier.h"
#include "DateEdit.h"
#include "DocumentSettingsDialog.h"
#include "EditCommands.h"
#include "EvaluationRepository.h"
#include "FileDialog.h"
#include "LearningCentreRepository.h"
#include "LocalUnitRepository.h"
#include "MessageBox.h"
#include "PdfReportWriter.h"
#include "RegistrationService.h"
#include "ReportPreviewModel.h"
#include "TextNormalizer.h"
#include "XlsxReportWriter.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace sht {

using namespace reporting;

namespace {

enum ReportRole { NameRole = Qt::UserRole + 1 };

const QKeySequence refreshKey(Qt::Key_F5);
const QKeySequence excelKey(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
const QKeySequence printKey(Qt::CTRL | Qt::Key_P);
const QKeySequence pdfKey(Qt::CTRL | Qt::SHIFT | Qt::Key_S);

// The start of the file names the save dialogs propose: short Vietnamese words without accents, as clerks
// name their files ("thong-ke-2025.xlsx").
QString fileStem(const QString &report)
{
    static const QHash<QString, QString> stems{
        {QStringLiteral("yearly"), QStringLiteral("thong-ke")},
        {QStringLiteral("tt25-dossier"), QStringLiteral("ho-so-tt25")},
        {QStringLiteral("tt24-summary"), QStringLiteral("tong-hop-tt24")},
        {QStringLiteral("recognised-households"), QStringLiteral("danh-sach-gdht")},
        {QStringLiteral("recognised-citizens"), QStringLiteral("danh-sach-cdht")},
        {QStringLiteral("register"), QStringLiteral("so-ho")},
        {QStringLiteral("attendance"), QStringLiteral("diem-danh")},
        {QStringLiteral("follow-up"), QStringLiteral("can-theo-doi")},
        {QStringLiteral("minutes"), QStringLiteral("bien-ban")},
        {QStringLiteral("certificates"), QStringLiteral("giay-cong-nhan")},
    };
    return stems.value(report, report);
}

// "Thôn Đông Hòa" → "thon-dong-hoa".
QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text::searchKey(text)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

// The place-and-date line as the paper prints it (Nghị định 30: leading zeros for days 1–9, months 1–2).
QString dateLine(const DocumentHeading &heading)
{
    const QString place = heading.place.isEmpty() ? QStringLiteral("…") : heading.place;
    if (!heading.date.isValid())
        return QStringLiteral("%1, ngày … tháng … năm …").arg(place);
    const int month = heading.date.month();
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
        .arg(place, twoDigits(heading.date.day()), month <= 2 ? twoDigits(month) : QString::number(month),
             QString::number(heading.date.year()));
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ReportsWidget::ReportsWidget(QWidget *parent)
    : QWidget(parent)
    , m_reports(new QStandardItemModel(this))
    , m_previewTimer(new QTimer(this))
{
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, [this] { refreshPreview(); });
    for (const ReportInfo &info : m_catalogue.reports()) {
        auto *item = new QStandardItem(info.displayName);
        item->setEditable(false);
        item->setData(info.name, NameRole);
        item->setToolTip(info.description);
        m_reports->appendRow(item);
    }
    buildUi();
    setSession(nullptr, nullptr, nullptr);
}

ReportsWidget::~ReportsWidget() = default;

void ReportsWidget::buildUi()
{
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setModel(m_reports);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Reports"));
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->installEventFilter(this);
    auto *listLabel = new QLabel(tr("&Reports:"), this);
    listLabel->setBuddy(m_list);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("reportDescription"));
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_description->setMinimumHeight(fontMetrics().height() * 4);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_description);

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("reportYearSpin"));
    m_year->setRange(1990, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setGroupSeparatorShown(false);
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("reportVillageCombo"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("reportUnitCombo"));
    m_course = new QComboBox(this);
    m_course->setObjectName(QStringLiteral("reportCourseCombo"));
    m_title = new QComboBox(this);
    m_title->setObjectName(QStringLiteral("reportTitleCombo"));
    for (const criteria::Title t : criteria::allTitles())
        if (t != criteria::Title::CentreRating && t != criteria::Title::LearningCommune)
            m_title->addItem(RegistrationService::titleLabel(t), criteria::titleKey(t));
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("reportPageSizeCombo"));
    m_pageSize->addItem(tr("A4 (landscape)"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("A5"), QStringLiteral("A5"));
    m_date = new DateEdit(this);
    m_date->setObjectName(QStringLiteral("reportDateEdit"));
    m_date->setDate(QDate::currentDate());
    for (QComboBox *combo : {m_village, m_unit, m_course, m_title, m_pageSize}) {
        combo->setMinimumContentsLength(34);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_form->addRow(tr("&Year:"), m_year);
    m_form->addRow(tr("&Village:"), m_village);
    m_form->addRow(tr("Local &unit:"), m_unit);
    m_form->addRow(tr("&Course:"), m_course);
    m_form->addRow(tr("&Title:"), m_title);
    m_form->addRow(tr("Page si&ze:"), m_pageSize);
    m_form->addRow(tr("&Date on the paper:"), m_date);
    auto *parameters = new QGroupBox(tr("Parameters"), this);
    parameters->setLayout(m_form);

    const auto makeButton = [this](const QString &name, const QString &text) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        return button;
    };
    m_refreshButton = makeButton(QStringLiteral("refreshPreviewButton"), tr("&Build preview"));
    m_excelButton = makeButton(QStringLiteral("exportExcelButton"), tr("E&xport Excel…"));
    m_printButton = makeButton(QStringLiteral("printPreviewButton"), tr("&Print preview…"));
    m_pdfButton = makeButton(QStringLiteral("savePdfButton"), tr("&Save PDF…"));
    m_settingsButton = makeButton(QStringLiteral("documentSettingsButton"), tr("Si&gners and heading…"));
    addShortcut(m_refreshButton, refreshKey, [this] { refreshPreview(); });
    addShortcut(m_excelButton, excelKey, [this] { exportExcel(); });
    addShortcut(m_printButton, printKey, [this] { printPreview(); });
    addShortcut(m_pdfButton, pdfKey, [this] { savePdf(); });
    m_refreshButton->setToolTip(tr("Build the preview again with the figures of the file now (%1)")
                                    .arg(refreshKey.toString(QKeySequence::NativeText)));
    m_excelButton->setToolTip(
        tr("Export the report as an Excel workbook (%1)").arg(excelKey.toString(QKeySequence::NativeText)));
    m_printButton->setToolTip(tr("See the pages as they will be printed, and print them (%1)")
                                  .arg(printKey.toString(QKeySequence::NativeText)));
    m_pdfButton->setToolTip(
        tr("Save the report as a PDF file (%1)").arg(pdfKey.toString(QKeySequence::NativeText)));
    m_settingsButton->setToolTip(
        tr("The issuing body, the place and the signers printed on every paper (Alt+G)"));
    connect(m_settingsButton, &QPushButton::clicked, this, &ReportsWidget::editDocumentSettings);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addWidget(m_excelButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addStretch();
    buttons->addWidget(m_settingsButton);
    auto *top = new QHBoxLayout;
    top->addWidget(parameters, 1);
    top->addLayout(buttons);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("reportHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_heading->setAutoFillBackground(true);
    m_heading->setBackgroundRole(QPalette::Base);
    m_heading->setContentsMargins(8, 6, 8, 6);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportPreviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportPreviewTabs"));
    m_tabs->setTabBarAutoHide(true);
    m_tabs->setDocumentMode(true);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("reportText"));
    m_text->hide();
    m_signatures = new QLabel(this);
    m_signatures->setObjectName(QStringLiteral("reportSignatures"));
    m_signatures->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_message);
    // The prose above the tables, as on the paper; the clerk drags the line between them.
    m_previewSplit = new QSplitter(Qt::Vertical, this);
    m_previewSplit->setObjectName(QStringLiteral("reportPreviewSplitter"));
    m_previewSplit->setChildrenCollapsible(false);
    m_previewSplit->addWidget(m_text);
    m_previewSplit->addWidget(m_tabs);
    m_previewSplit->setStretchFactor(0, 2);
    m_previewSplit->setStretchFactor(1, 3);
    rightLayout->addWidget(m_previewSplit, 1);
    rightLayout->addWidget(m_signatures);
    rightLayout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("reportsSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({fontMetrics().averageCharWidth() * 36, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(split);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReportsWidget::reportChanged);
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        if (m_loading)
            return;
        m_yearChosen = true;
        reloadCourses();
        parametersChanged();
    });
    for (QComboBox *combo : {m_village, m_unit, m_course, m_title, m_pageSize})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportsWidget::parametersChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &ReportsWidget::parametersChanged);

    setTabOrder(m_list, m_year);
    setTabOrder(m_year, m_village);
    setTabOrder(m_village, m_unit);
    setTabOrder(m_unit, m_course);
    setTabOrder(m_course, m_title);
    setTabOrder(m_title, m_pageSize);
    setTabOrder(m_pageSize, m_date);
    setTabOrder(m_date, m_refreshButton);
    setTabOrder(m_refreshButton, m_excelButton);
    setTabOrder(m_excelButton, m_printButton);
    setTabOrder(m_printButton, m_pdfButton);
    setTabOrder(m_pdfButton, m_settingsButton);
    setTabOrder(m_settingsButton, m_text);
    setTabOrder(m_text, m_tabs);
    setFocusProxy(m_list);
}

void ReportsWidget::addShortcut(QPushButton *button, const QKeySequence &key,
                                const std::function<void()> &run)
{
    auto *action = new QAction(button->text(), this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    connect(action, &QAction::triggered, this, [button, run] {
        if (button->isEnabled())
            run();
    });
    connect(button, &QPushButton::clicked, this, [run] { run(); });
}

void ReportsWidget::setSession(Database *db, EditCommands *commands, ChangeNotifier *notifier)
{
    disconnect(m_notifierConnection);
    m_db = db;
    m_edits = db ? commands : nullptr;
    m_loaded = false;
    m_yearChosen = false;
    m_documentKey.clear();
    m_previewTimer->stop();
    if (notifier && m_db)
        // Every report reads the registers, the evaluation or the settings: any edit may change a figure.
        m_notifierConnection = connect(notifier, &ChangeNotifier::changed, this, [this] {
            m_documentKey.clear();
            if (!isVisible()) {
                m_loaded = false; // read again when next shown
                return;
            }
            reloadChoices();
            schedulePreview();
        });
    m_loading = true;
    m_village->clear();
    m_unit->clear();
    m_course->clear();
    m_loading = false;
    clearPreview(m_db ? QString() : tr("Open a commune file to make its reports."));
    setStatus(QString());
    if (m_db && isVisible())
        load();
    updateButtons();
}

void ReportsWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_db && !m_loaded)
        load();
}

bool ReportsWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on the chosen report goes on to its parameters, as Tab does.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            focusNextChild();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReportsWidget::load()
{
    m_loaded = true;
    reloadChoices();
    if (!m_list->currentIndex().isValid() && m_reports->rowCount() > 0)
        m_list->setCurrentIndex(m_reports->index(0, 0));
    else
        reportChanged();
}

void ReportsWidget::reloadChoices()
{
    if (!m_db)
        return;
    m_loading = true;
    if (!m_yearChosen) {
        // The last year the titles were evaluated is the one a report is usually about.
        const QList<int> years = EvaluationRepository(*m_db).availableYears();
        m_year->setValue(years.isEmpty() ? QDate::currentDate().year() : years.constLast());
    }
    const QString unit = m_unit->currentData().toString();
    m_unit->clear();
    for (const LocalUnit &u : LocalUnitRepository(*m_db).all())
        m_unit->addItem(u.name, u.uuid);
    if (const int i = m_unit->findData(unit); i >= 0)
        m_unit->setCurrentIndex(i);
    m_loading = false;
    reloadVillages();
    reloadCourses();
}

void ReportsWidget::reloadVillages()
{
    if (!m_db)
        return;
    const std::optional<ReportInfo> info = currentInfo();
    const bool required = info && info->needs.testFlag(ReportNeed::VillageRequired);
    const QString chosen = m_village->currentData().toString();
    m_loading = true;
    m_village->clear();
    if (!required)
        m_village->addItem(tr("Whole commune"), QString());
    for (const AdminUnit &v : AdminUnitRepository(*m_db).villages())
        m_village->addItem(v.name, v.uuid);
    const int i = m_village->findData(chosen);
    m_village->setCurrentIndex(i >= 0 ? i : 0);
    m_loading = false;
}

void ReportsWidget::reloadCourses()
{
    if (!m_db)
        return;
    const QString chosen = m_course->currentData().toString();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_course->clear();
    LearningCentreRepository centres(*m_db);
    if (const std::optional<LearningCentre> centre = centres.centre())
        for (const CourseSummary &c : centres.courseSummaries(centre->id, m_year->value()))
            m_course->addItem(
                c.course.startDate.isValid()
                    ? QStringLiteral("%1 (%2)").arg(c.course.title,
                                                    c.course.startDate.toString(QStringLiteral("dd/MM/yyyy")))
                    : c.course.title,
                c.course.uuid);
    if (const int i = m_course->findData(chosen); i >= 0)
        m_course->setCurrentIndex(i);
    m_loading = wasLoading;
}

std::optional<ReportInfo> ReportsWidget::currentInfo() const
{
    const QString name = currentReport();
    for (const ReportInfo &info : m_catalogue.reports())
        if (info.name == name)
            return info;
    return std::nullopt;
}

QString ReportsWidget::currentReport() const
{
    return m_list->currentIndex().data(NameRole).toString();
}

bool ReportsWidget::selectReport(const QString &name)
{
    for (int row = 0; row < m_reports->rowCount(); ++row)
        if (m_reports->index(row, 0).data(NameRole).toString() == name) {
            m_list->setCurrentIndex(m_reports->index(row, 0));
            return true;
        }
    return false;
}

void ReportsWidget::reportChanged()
{
    const std::optional<ReportInfo> info = currentInfo();
    const ReportNeeds needs = info ? info->needs : ReportNeeds();
    m_description->setText(info ? info->description : QString());
    m_form->setRowVisible(m_year, needs.testFlag(ReportNeed::Year));
    m_form->setRowVisible(m_village,
                          needs.testFlag(ReportNeed::Village) || needs.testFlag(ReportNeed::VillageRequired));
    m_form->setRowVisible(m_unit, needs.testFlag(ReportNeed::LocalUnit));
    m_form->setRowVisible(m_course, needs.testFlag(ReportNeed::Course));
    m_form->setRowVisible(m_title, needs.testFlag(ReportNeed::Title));
    m_form->setRowVisible(m_pageSize, needs.testFlag(ReportNeed::PageSize));
    reloadVillages();
    setStatus(QString());
    updateButtons();
    parametersChanged();
}

void ReportsWidget::parametersChanged()
{
    if (m_loading)
        return;
    schedulePreview();
}

void ReportsWidget::schedulePreview()
{
    if (m_db && m_loaded && currentInfo())
        m_previewTimer->start();
}

int ReportsWidget::year() const
{
    return m_year->value();
}

void ReportsWidget::setYear(int year)
{
    m_year->setValue(year);
    m_yearChosen = true;
}

void ReportsWidget::setVillage(const QString &villageUuid)
{
    const int i = m_village->findData(villageUuid);
    if (i >= 0)
        m_village->setCurrentIndex(i);
}

ReportParameters ReportsWidget::parameters() const
{
    ReportParameters p;
    const std::optional<ReportInfo> info = currentInfo();
    const ReportNeeds needs = info ? info->needs : ReportNeeds();
    p.year = m_year->value();
    if (needs.testFlag(ReportNeed::Village) || needs.testFlag(ReportNeed::VillageRequired))
        p.villageUuid = m_village->currentData().toString();
    if (needs.testFlag(ReportNeed::LocalUnit))
        p.subjectUuid = m_unit->currentData().toString();
    else if (needs.testFlag(ReportNeed::Course))
        p.subjectUuid = m_course->currentData().toString();
    if (needs.testFlag(ReportNeed::Title))
        p.title = m_title->currentData().toString();
    if (needs.testFlag(ReportNeed::PageSize))
        p.pageSize = m_pageSize->currentData().toString();
    p.documentDate = m_date->date();
    return p;
}

bool ReportsWidget::isParameterShown(ReportNeed need) const
{
    QWidget *field = nullptr;
    switch (need) {
    case ReportNeed::Year:
        field = m_year;
        break;
    case ReportNeed::Village:
    case ReportNeed::VillageRequired:
        field = m_village;
        break;
    case ReportNeed::LocalUnit:
        field = m_unit;
        break;
    case ReportNeed::Course:
        field = m_course;
        break;
    case ReportNeed::Title:
        field = m_title;
        break;
    case ReportNeed::PageSize:
        field = m_pageSize;
        break;
    }
    return field && m_form->isRowVisible(field);
}

QString ReportsWidget::parametersKey() const
{
    const ReportParameters p = parameters();
    return QStringList{currentReport(), QString::number(p.year),
                       p.villageUuid,   p.subjectUuid,
                       p.title,         p.documentDate.toString(Qt::ISODate),
                       p.pageSize}
        .join(QLatin1Char('|'));
}

bool ReportsWidget::refreshPreview()
{
    m_previewTimer->stop();
    if (m_building || !m_db)
        return false;
    const std::optional<ReportInfo> info = currentInfo();
    const ReportSource *source = info ? m_catalogue.find(info->name) : nullptr;
    if (!source) {
        clearPreview(tr("Choose a report in the list."));
        emit previewFinished();
        return false;
    }
    m_building = true;
    const QString key = parametersKey();
    ReportDocument document;
    QProgressDialog progress(tr("Building “%1”…").arg(info->displayName), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    const ReportProgress onProgress = [&progress](int done, int total) {
        if (progress.maximum() != total)
            progress.setMaximum(qMax(total, 0));
        progress.setValue(qBound(0, done, qMax(total, 0)));
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = source->build(*m_db, parameters(), document, onProgress);
    QApplication::restoreOverrideCursor();
    progress.close();
    m_building = false;
    if (!status) {
        m_lastError = status.message().isEmpty()
                          ? tr("Building the report was cancelled. Press F5 to build it "
                               "again.")
                          : status.message();
        clearPreview(m_lastError);
        emit previewFinished();
        return false;
    }
    m_lastError.clear();
    m_document = document;
    m_documentKey = key;
    showDocument();
    emit previewFinished();
    return true;
}

bool ReportsWidget::hasDocument() const
{
    return !m_documentKey.isEmpty() && m_documentKey == parametersKey();
}

QString ReportsWidget::previewMessage() const
{
    return m_message->text();
}

QString ReportsWidget::statusText() const
{
    return m_status->text();
}

void ReportsWidget::clearPreview(const QString &message)
{
    m_documentKey.clear();
    m_document = ReportDocument();
    m_heading->clear();
    m_heading->hide();
    m_signatures->clear();
    m_text->clear();
    m_text->hide();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    for (ReportPreviewModel *model : std::as_const(m_models))
        model->clear();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->hide();
    }
    m_shownTables = 0;
}

void ReportsWidget::showDocument()
{
    const ReportDocument &d = m_document;
    const DocumentHeading &h = d.heading;
    // The paper's first lines, as Nghị định 30 sets them: issuing body left, national heading right.
    QString left;
    if (!h.parentBody.isEmpty())
        left += html(h.parentBody) + QStringLiteral("<br>");
    left += QStringLiteral("<b>%1</b>").arg(html(h.issuingBody));
    if (!h.documentNumber.isEmpty())
        left += QStringLiteral("<br>%1").arg(html(h.documentNumber));
    const QString right =
        QStringLiteral(
            "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>%1</i>")
            .arg(html(dateLine(h)));
    QString text = QStringLiteral("<table width=\"100%\"><tr><td align=\"center\" width=\"40%\">%1</td>"
                                  "<td align=\"center\">%2</td></tr></table>")
                       .arg(left, right);
    text += QStringLiteral("<p align=\"center\"><b>%1</b>").arg(html(d.title));
    if (!d.subtitle.isEmpty())
        text += QStringLiteral("<br><b>%1</b>").arg(html(d.subtitle));
    text += QStringLiteral("</p>");
    // A note or two (what the figures count) reads best under the title; minutes and drafts get a tab.
    qsizetype proseLength = 0;
    for (const QString &p : d.paragraphs + d.closingParagraphs)
        proseLength += p.size();
    const bool shortProse = proseLength <= 400;
    if (shortProse)
        for (const QString &p : d.paragraphs + d.closingParagraphs)
            text += QStringLiteral("<p>%1</p>").arg(html(p));
    m_heading->setText(text);
    m_heading->show();

    QStringList notes;
    if (d.tables.isEmpty() && d.paragraphs.isEmpty() && d.certificates.isEmpty())
        notes << tr("The report has nothing to show for these choices.");
    if (!d.certificates.isEmpty())
        notes << tr("%n certificate(s), one per page: the print preview (%1) shows them.", nullptr,
                    int(d.certificates.size()))
                     .arg(printKey.toString(QKeySequence::NativeText));
    m_message->setText(notes.join(QLatin1Char(' ')));
    m_message->setVisible(!notes.isEmpty());

    // The clerk looking at table III while choosing another village keeps looking at table III.
    const int shownTab = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->hide();
    }
    // The prose (minutes, the self-assessment draft) above the tables, as on the paper.
    if (m_text->isHidden() && !shortProse) {
        // Two fifths for the text, the rest for the tables, until the clerk drags the line.
        const int total = qMax(m_previewSplit->height(), 200);
        m_previewSplit->setSizes({total * 2 / 5, total - total * 2 / 5});
    }
    m_text->setVisible(!shortProse);
    m_text->clear();
    if (!shortProse) {
        QString prose;
        for (const QString &p : d.paragraphs)
            prose += QStringLiteral("<p>%1</p>").arg(html(p));
        if (!d.tables.isEmpty() && !d.closingParagraphs.isEmpty())
            prose += QStringLiteral("<p align=\"center\"><i>%1</i></p>")
                         .arg(html(tr("(the tables follow here: see below)")));
        for (const QString &p : d.closingParagraphs)
            prose += QStringLiteral("<p>%1</p>").arg(html(p));
        m_text->setHtml(prose);
        // From the first line, also after the splitter has given the text its height.
        m_text->moveCursor(QTextCursor::Start);
        QTimer::singleShot(0, m_text, [text = m_text] { text->verticalScrollBar()->setValue(0); });
    }
    const QFontMetrics metrics = fontMetrics();
    for (int i = 0; i < d.tables.size(); ++i) {
        if (i >= m_models.size()) {
            auto *model = new ReportPreviewModel(this);
            model->setObjectName(QStringLiteral("reportPreviewModel%1").arg(i));
            auto *view = new QTableView(this);
            view->setObjectName(QStringLiteral("reportPreviewTable%1").arg(i));
            view->setModel(model);
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            view->setSelectionMode(QAbstractItemView::ContiguousSelection);
            view->setTabKeyNavigation(false);
            view->setWordWrap(false);
            view->setAlternatingRowColors(true);
            view->verticalHeader()->hide();
            view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
            view->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
            view->horizontalHeader()->setHighlightSections(false);
            view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
            m_models << model;
            m_views << view;
        }
        ReportPreviewModel *model = m_models.at(i);
        QTableView *view = m_views.at(i);
        const ReportTable &table = d.tables.at(i);
        model->setTable(table);
        view->setAccessibleName(table.caption.isEmpty() ? d.title : table.caption);
        // The layout's widths are in characters, as Excel counts them; a header line is never cut.
        const int charWidth = metrics.averageCharWidth();
        const QFontMetrics headerMetrics(view->horizontalHeader()->font());
        for (int c = 0; c < table.columns.size(); ++c) {
            int width = qMax(int(table.columns.at(c).width * charWidth), 3 * charWidth);
            const QStringList lines =
                model->headerData(c, Qt::Horizontal).toString().split(QLatin1Char('\n'));
            for (const QString &line : lines)
                width = qMax(width, headerMetrics.horizontalAdvance(line));
            view->setColumnWidth(c, qMin(width + 16, 60 * charWidth));
        }
        QString caption = table.caption.isEmpty() ? tr("Table %1").arg(i + 1) : table.caption;
        if (caption.size() > 48)
            caption = caption.left(46) + QStringLiteral("…");
        const QString note = model->truncationNote();
        if (!note.isEmpty())
            caption += QStringLiteral(" (%1)").arg(note);
        m_tabs->addTab(view, caption);
        m_tabs->setTabToolTip(m_tabs->count() - 1, note.isEmpty()
                                                       ? table.caption
                                                       : QStringLiteral("%1 (%2)").arg(table.caption, note));
        view->show();
    }
    for (int i = int(d.tables.size()); i < m_models.size(); ++i)
        m_models.at(i)->clear();
    m_shownTables = int(d.tables.size());
    if (shownTab >= 0 && shownTab < m_tabs->count())
        m_tabs->setCurrentIndex(shownTab);

    QStringList signers;
    for (const SignatureBlock &s : d.signatures)
        signers << QStringLiteral("<b>%1</b>: %2")
                       .arg(html(s.title), s.name.isEmpty() ? html(tr("(no name yet: Signers and heading…)"))
                                                            : html(s.name));
    m_signatures->setText(signers.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_signatures->setVisible(!signers.isEmpty());
}

QList<ReportPreviewModel *> ReportsWidget::previewModels() const
{
    return m_models.mid(0, m_shownTables);
}

void ReportsWidget::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ReportsWidget::updateButtons()
{
    const std::optional<ReportInfo> info = currentInfo();
    const bool open = m_db != nullptr;
    m_refreshButton->setEnabled(open && info);
    m_excelButton->setEnabled(open && info && info->outputs.testFlag(ReportOutput::Xlsx));
    m_printButton->setEnabled(open && info && info->outputs.testFlag(ReportOutput::Pdf));
    m_pdfButton->setEnabled(open && info && info->outputs.testFlag(ReportOutput::Pdf));
    m_settingsButton->setEnabled(open);
}

bool ReportsWidget::ensureDocument(ReportOutput output)
{
    const std::optional<ReportInfo> info = currentInfo();
    if (!m_db || !info || !info->outputs.testFlag(output))
        return false;
    if (!hasDocument() && !refreshPreview()) {
        MessageBox::warning(this, tr("Cannot make the report"), m_lastError);
        return false;
    }
    return true;
}

QString ReportsWidget::suggestedFileName(const QString &suffix) const
{
    const ReportParameters p = parameters();
    QStringList parts{fileStem(currentReport())};
    if (!p.villageUuid.isEmpty())
        parts << slug(m_village->currentText());
    else if (!p.subjectUuid.isEmpty())
        parts << slug(currentInfo() && currentInfo()->needs.testFlag(ReportNeed::Course)
                          ? m_course->currentText()
                          : m_unit->currentText())
                     .left(40);
    const std::optional<ReportInfo> info = currentInfo();
    if (info && info->needs.testFlag(ReportNeed::Year))
        parts << QString::number(p.year);
    parts.removeAll(QString());
    return parts.join(QLatin1Char('-')) + QLatin1Char('.') + suffix;
}

QString ReportsWidget::askSavePath(const QString &caption, const QString &filter, const QString &suffix)
{
    const QString proposed = QDir(FileDialog::lastFolder()).filePath(suggestedFileName(suffix));
    QString path = FileDialog::getSaveFileName(this, caption, filter, suffix, proposed);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (QFileInfo::exists(path) &&
        MessageBox::question(
            this, tr("Replace the file?"),
            tr("%1 already exists. Replace it with this report?").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return {};
    return path;
}

void ReportsWidget::exportExcel()
{
    if (!ensureDocument(ReportOutput::Xlsx))
        return;
    const QString path =
        askSavePath(tr("Export the report to Excel"), tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("reportExportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    const ReportProgress onProgress = [&progress](int done, int total) {
        if (progress.maximum() != total)
            progress.setMaximum(qMax(total, 0));
        progress.setValue(qBound(0, done, qMax(total, 0)));
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = XlsxReportWriter().write(m_document, path, onProgress);
    QApplication::restoreOverrideCursor();
    progress.close();
    if (!status) {
        if (status.message().isEmpty())
            setStatus(tr("Export cancelled: no file was written."));
        else
            MessageBox::warning(this, tr("Cannot export the report"), status.message());
        return;
    }
    setStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void ReportsWidget::savePdf()
{
    if (!ensureDocument(ReportOutput::Pdf))
        return;
    const QString path =
        askSavePath(tr("Save the report as PDF"), tr("PDF document (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = PdfReportWriter().writePdf(m_document, path);
    QApplication::restoreOverrideCursor();
    if (!status) {
        MessageBox::warning(this, tr("Cannot save the PDF"), status.message());
        return;
    }
    setStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ReportsWidget::printPreview()
{
    if (!ensureDocument(ReportOutput::Pdf))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(suggestedFileName(QStringLiteral("pdf")));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPrintPreview"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(currentInfo()->displayName));
    const QRect screen = window()->geometry();
    dialog.resize(qMax(800, screen.width() * 4 / 5), qMax(600, screen.height() * 4 / 5));
    QString error;
    // The writer sets the page size, orientation and margins on the printer, then paints every page.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &error](QPrinter *p) {
        if (const Status s = PdfReportWriter().print(m_document, *p); !s)
            error = s.message();
    });
    dialog.exec();
    if (!error.isEmpty())
        MessageBox::warning(this, tr("Cannot print the report"), error);
}

void ReportsWidget::editDocumentSettings()
{
    if (!m_db)
        return;
    DocumentSettingsDialog dialog(*m_db, m_edits, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The heading and signers of the preview are the settings': build again with the new ones.
    m_documentKey.clear();
    setStatus(tr("The new names are printed on every paper from now on."));
    if (isVisible())
        refreshPreview();
}

} // namespace sht
