#include "CatalogueBrowserDialog.h"

#include "CatalogueCloneDialog.h"
#include "CatalogueCommands.h"
#include "CatalogueIndicatorDialog.h"
#include "CatalogueListModel.h"
#include "CataloguePassRuleDialog.h"
#include "CatalogueService.h"
#include "CatalogueValidator.h"
#include "Database.h"
#include "MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace sht {

using criteria::Catalogue;
using criteria::Criterion;
using criteria::Indicator;
using criteria::IndicatorKind;
using criteria::PassRule;

namespace {
enum TreeColumn {
    CodeColumn,
    TextColumn,
    KindColumn,
    PointsColumn,
    ThresholdColumn,
    StatusColumn,
    TreeColumns
};
constexpr int CriterionRole = Qt::UserRole + 1;
constexpr int IndicatorRole = Qt::UserRole + 2; // -1 on a criterion's row

QString points(double value)
{
    return QString::number(value, 'g', 6);
}

// "min_share 70%" reads better than 0.7 at a council meeting; ages and counts stay as they are.
QString parameterText(const QJsonObject &parameters)
{
    // An age range reads from its lower end: min_age before max_age, then the rest by name.
    QStringList keys = parameters.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &k) {
            return k == QLatin1String("min_age") ? 0 : k == QLatin1String("max_age") ? 1 : 2;
        };
        return rank(a) < rank(b);
    });
    QStringList parts;
    for (const QString &key : keys) {
        const QJsonValue v = parameters.value(key);
        const bool share = key.contains(QLatin1String("share")) && v.isDouble();
        const QString value = share          ? QStringLiteral("%1%").arg(v.toDouble() * 100, 0, 'g', 4)
                              : v.isDouble() ? points(v.toDouble())
                                             : v.toString();
        parts << QStringLiteral("%1 %2").arg(key, value);
    }
    return parts.join(QStringLiteral(", "));
}

QString thresholdText(const Indicator &ind)
{
    QStringList parts;
    if (!ind.parameters.isEmpty())
        parts << parameterText(ind.parameters);
    for (auto it = ind.levelParameters.constBegin(); it != ind.levelParameters.constEnd(); ++it)
        parts << CatalogueBrowserDialog::tr("level %1: %2").arg(it.key()).arg(parameterText(it.value()));
    return parts.join(QStringLiteral("; "));
}

QString kindText(const Indicator &ind)
{
    if (ind.kind == IndicatorKind::Fact)
        return CatalogueBrowserDialog::tr("fact %1").arg(ind.fact);
    if (ind.hasPrefill())
        return CatalogueBrowserDialog::tr("judged (prefilled by %1)").arg(ind.fact);
    return CatalogueBrowserDialog::tr("judged");
}

QString statusText(const Indicator &ind)
{
    if (!ind.provisional)
        return ind.wording == criteria::Wording::Provincial ? CatalogueBrowserDialog::tr("provincial wording")
                                                            : QString();
    return ind.wording == criteria::Wording::Provincial
               ? CatalogueBrowserDialog::tr("provisional: needs provincial wording")
               : CatalogueBrowserDialog::tr("provisional: not confirmed");
}

QString passRuleText(const Catalogue &c)
{
    const PassRule &rule = c.passRule;
    QString text;
    switch (rule.kind) {
    case PassRule::Kind::AllIndicators:
        text = CatalogueBrowserDialog::tr("met when every indicator is met");
        break;
    case PassRule::Kind::Points:
        text = CatalogueBrowserDialog::tr("met at %1 of %2 points")
                   .arg(points(rule.minTotal), points(c.totalPoints));
        if (rule.minEachIndicator > 0)
            text += CatalogueBrowserDialog::tr(", no indicator below %1").arg(points(rule.minEachIndicator));
        break;
    case PassRule::Kind::Bands: {
        QStringList bands;
        for (const PassRule::Band &band : rule.bands)
            bands << QStringLiteral("%1 ≥ %2").arg(band.name, points(band.minTotal));
        text = CatalogueBrowserDialog::tr("rated of %1 points: %2")
                   .arg(points(c.totalPoints), bands.join(QStringLiteral(", ")));
        break;
    }
    }
    if (rule.levels > 1)
        text += CatalogueBrowserDialog::tr("; %1 levels, level 2 at least %2 months after level 1")
                    .arg(rule.levels)
                    .arg(rule.monthsBetweenLevels);
    if (rule.provisional)
        text += CatalogueBrowserDialog::tr(" (provisional threshold)");
    return text;
}

QPushButton *button(QWidget *parent, const QString &text, const QString &name, const QString &tip)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    // Enter belongs to the list and the tree (it edits); no button takes it as the dialog's default.
    b->setAutoDefault(false);
    return b;
}
} // namespace

CatalogueBrowserDialog::CatalogueBrowserDialog(Database &db, EditCommands *commands, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
{
    setObjectName(QStringLiteral("catalogueBrowserDialog"));
    setWindowTitle(tr("Criteria catalogues"));

    m_model = new CatalogueListModel(this);
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("catalogueList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setAlternatingRowColors(true);
    m_list->setTabKeyNavigation(false);
    m_list->installEventFilter(this);
    auto *listLabel = new QLabel(tr("Catalo&gues:"), this);
    listLabel->setBuddy(m_list);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_treeModel = new QStandardItemModel(this);
    m_treeModel->setColumnCount(TreeColumns);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("criteriaTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_treeModel->setHorizontalHeaderLabels(
        {tr("Code"), tr("Text"), tr("Kind"), tr("Points"), tr("Thresholds"), tr("Status")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->installEventFilter(this);
    auto *treeLabel = new QLabel(tr("Criteria and &indicators:"), this);
    treeLabel->setBuddy(m_tree);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 5);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a05000;"));
    m_message->hide();

    m_cloneButton = button(this, tr("&Clone…"), QStringLiteral("cloneButton"),
                           tr("Copy this catalogue into the file to adapt it to the province (Alt+C)"));
    m_editButton = button(this, tr("&Edit…"), QStringLiteral("editButton"),
                          tr("Edit the chosen indicator of a clone (Enter or F2)"));
    m_passRuleButton = button(this, tr("Pass &rule…"), QStringLiteral("passRuleButton"),
                              tr("Edit the clone's pass rule, years and validity (Alt+R)"));
    m_saveButton = button(this, tr("&Save as new version"), QStringLiteral("saveButton"),
                          tr("Store the edited clone as a new version; older versions stay for their results "
                             "(Ctrl+S)"));
    m_deleteButton = button(this, tr("&Delete clone"), QStringLiteral("deleteButton"),
                            tr("Delete this version of a clone that no result uses (Del)"));
    m_closeButton =
        button(this, tr("Cl&ose"), QStringLiteral("closeButton"), tr("Close the catalogues (Esc)"));

    connect(m_cloneButton, &QPushButton::clicked, this, &CatalogueBrowserDialog::cloneCurrent);
    connect(m_editButton, &QPushButton::clicked, this, &CatalogueBrowserDialog::editIndicator);
    connect(m_passRuleButton, &QPushButton::clicked, this, &CatalogueBrowserDialog::editPassRule);
    connect(m_saveButton, &QPushButton::clicked, this, &CatalogueBrowserDialog::saveVersion);
    connect(m_deleteButton, &QPushButton::clicked, this, &CatalogueBrowserDialog::deleteClone);
    connect(m_closeButton, &QPushButton::clicked, this, &CatalogueBrowserDialog::reject);
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &CatalogueBrowserDialog::saveVersion);
    auto *remove = new QShortcut(QKeySequence::Delete, this);
    connect(remove, &QShortcut::activated, this, &CatalogueBrowserDialog::deleteClone);
    auto *edit = new QShortcut(Qt::Key_F2, this);
    connect(edit, &QShortcut::activated, this, &CatalogueBrowserDialog::editIndicator);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_cloneButton, m_editButton, m_passRuleButton, m_saveButton, m_deleteButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(listLabel);
    topLayout->addWidget(m_list);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(treeLabel);
    bottomLayout->addWidget(m_tree, 1);
    bottomLayout->addWidget(m_details);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // Every catalogue visible at once (8 built-ins and a few clones) without scrolling.
    m_list->setMinimumHeight(m_list->verticalHeader()->defaultSectionSize() * 9 +
                             m_list->horizontalHeader()->sizeHint().height());
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    setTabOrder(m_list, m_tree);
    setTabOrder(m_tree, m_cloneButton);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CatalogueBrowserDialog::showDetails);
    reload(QString(), QString());
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogueBrowserDialog::rowChanged);
    resize(1100, 760);
    m_list->setFocus();
}

void CatalogueBrowserDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void CatalogueBrowserDialog::reload(const QString &code, const QString &version)
{
    Status status;
    m_library = criteria::CatalogueLibrary::load(m_db, &status);
    m_model->setCatalogues(m_library.all());
    m_list->resizeColumnsToContents();
    showMessage(status ? QString() : status.message());
    m_dirty = false;
    m_row = -1;
    int row = code.isEmpty() ? -1 : m_model->rowOf(code, version);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_row = row;
    m_working = row >= 0 ? m_model->catalogueAt(row) : Catalogue();
    showCatalogue();
}

bool CatalogueBrowserDialog::select(const QString &code, const QString &version)
{
    const int row = m_model->rowOf(code, version);
    if (row < 0)
        return false;
    m_list->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                          QItemSelectionModel::Rows);
    return m_row == row;
}

void CatalogueBrowserDialog::rowChanged()
{
    const int row = m_list->currentIndex().row();
    if (row == m_row)
        return;
    if (!confirmDiscard()) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectionModel()->setCurrentIndex(
            m_model->index(m_row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
    m_row = row;
    m_dirty = false;
    m_working = row >= 0 ? m_model->catalogueAt(row) : Catalogue();
    showMessage(QString());
    showCatalogue();
}

bool CatalogueBrowserDialog::confirmDiscard()
{
    if (!m_dirty)
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"),
        tr("The changes to %1 %2 are not saved. Save them as a new version?")
            .arg(m_working.titleText, m_working.version),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        saveVersion();
        return !m_dirty;
    }
    m_dirty = false;
    return true;
}

void CatalogueBrowserDialog::showCatalogue()
{
    const Catalogue &c = m_working;
    QStringList lines;
    if (!c.code.isEmpty()) {
        lines << QStringLiteral("<b>%1</b> — %2")
                     .arg(c.titleText.toHtmlEscaped(),
                          (c.instrument.citation.isEmpty() ? c.instrument.number : c.instrument.citation)
                              .toHtmlEscaped());
        QString years = c.firstYear == 0 && c.lastYear == 0
                            ? tr("every year")
                            : tr("%1 to %2")
                                  .arg(c.firstYear == 0 ? tr("any year") : QString::number(c.firstYear),
                                       c.lastYear == 0 ? tr("now") : QString::number(c.lastYear));
        lines << tr("In force: %1. Pass rule: %2. A recognition lasts %n month(s).", nullptr,
                    c.validityMonths)
                     .arg(years, passRuleText(c).toHtmlEscaped());
        if (!c.builtin)
            lines << tr("Clone of %1 %2%3.")
                         .arg(c.parentCode, c.parentVersion,
                              c.province.isEmpty() ? QString()
                                                   : tr(", for %1").arg(c.province.toHtmlEscaped()));
        else
            lines << tr("Built into the app: read-only. Clone it (Alt+C) to write the province's guidance.");
        if (const int n = c.provisionalCount(); n > 0)
            lines << QStringLiteral("<span style=\"color:#a05000\">%1</span>")
                         .arg(tr(
                             "%n item(s) provisional: wording or threshold not confirmed by a known official "
                             "text.",
                             nullptr, n));
        if (m_dirty)
            lines
                << QStringLiteral("<b>%1</b>").arg(tr("Edited, not saved yet: Ctrl+S saves a new version."));
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    fillTree();
    updateButtons();
}

void CatalogueBrowserDialog::fillTree()
{
    // Keep the place: after an edit the clerk goes on with the next indicator.
    int keepCriterion = -1, keepIndicator = -1;
    currentIndicator(&keepCriterion, &keepIndicator);
    if (const QModelIndex current = m_tree->currentIndex(); current.isValid() && keepCriterion < 0)
        keepCriterion = current.siblingAtColumn(0).data(CriterionRole).toInt();
    m_treeModel->removeRows(0, m_treeModel->rowCount());
    const QColor provisional(0xa0, 0x50, 0x00);
    QModelIndex restore;
    for (int i = 0; i < m_working.criteria.size(); ++i) {
        const Criterion &criterion = m_working.criteria.at(i);
        QList<QStandardItem *> top;
        for (int column = 0; column < TreeColumns; ++column)
            top << new QStandardItem;
        top[CodeColumn]->setText(criterion.code);
        top[TextColumn]->setText(criterion.text);
        top[TextColumn]->setToolTip(criterion.text);
        if (criterion.points > 0)
            top[PointsColumn]->setText(points(criterion.points));
        QFont bold = m_tree->font();
        bold.setBold(true);
        top[CodeColumn]->setFont(bold);
        top[TextColumn]->setFont(bold);
        top[CodeColumn]->setData(i, CriterionRole);
        top[CodeColumn]->setData(-1, IndicatorRole);
        for (int j = 0; j < criterion.indicators.size(); ++j) {
            const Indicator &ind = criterion.indicators.at(j);
            QList<QStandardItem *> row;
            for (int column = 0; column < TreeColumns; ++column)
                row << new QStandardItem;
            row[CodeColumn]->setText(ind.code);
            row[TextColumn]->setText(ind.text);
            row[TextColumn]->setToolTip(ind.text);
            row[KindColumn]->setText(kindText(ind));
            if (ind.points > 0)
                row[PointsColumn]->setText(
                    ind.minPoints > 0 ? tr("%1 (min %2)").arg(points(ind.points), points(ind.minPoints))
                                      : points(ind.points));
            row[ThresholdColumn]->setText(thresholdText(ind));
            row[ThresholdColumn]->setToolTip(thresholdText(ind));
            row[StatusColumn]->setText(statusText(ind));
            if (ind.provisional)
                row[StatusColumn]->setForeground(provisional);
            row[CodeColumn]->setData(i, CriterionRole);
            row[CodeColumn]->setData(j, IndicatorRole);
            top[CodeColumn]->appendRow(row);
        }
        m_treeModel->appendRow(top);
        const QModelIndex topIndex = m_treeModel->index(i, 0);
        if (i == keepCriterion)
            restore = keepIndicator >= 0 ? m_treeModel->index(keepIndicator, 0, topIndex) : topIndex;
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(CodeColumn);
    m_tree->setColumnWidth(TextColumn, 330);
    m_tree->resizeColumnToContents(KindColumn);
    m_tree->resizeColumnToContents(PointsColumn);
    m_tree->setColumnWidth(ThresholdColumn, 190);
    if (!restore.isValid() && m_treeModel->rowCount() > 0) {
        const QModelIndex first = m_treeModel->index(0, 0);
        restore = m_treeModel->rowCount(first) > 0 ? m_treeModel->index(0, 0, first) : first;
    }
    if (restore.isValid())
        m_tree->setCurrentIndex(restore);
    showDetails();
}

bool CatalogueBrowserDialog::currentIndicator(int *criterion, int *indicator) const
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid() || current.data(IndicatorRole).toInt() < 0)
        return false;
    *criterion = current.data(CriterionRole).toInt();
    *indicator = current.data(IndicatorRole).toInt();
    return *criterion < m_working.criteria.size() &&
           *indicator < m_working.criteria.at(*criterion).indicators.size();
}

void CatalogueBrowserDialog::showDetails()
{
    int i = 0, j = 0;
    if (!currentIndicator(&i, &j)) {
        const QModelIndex current = m_tree->currentIndex();
        m_details->setText(current.isValid()
                               ? current.siblingAtColumn(TextColumn).data().toString().toHtmlEscaped()
                               : QString());
        updateButtons();
        return;
    }
    const Indicator &ind = m_working.criteria.at(i).indicators.at(j);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> %2").arg(ind.code.toHtmlEscaped(), ind.text.toHtmlEscaped());
    lines << tr("Source: %1").arg(ind.source.toHtmlEscaped());
    lines << tr("Kind: %1").arg(kindText(ind).toHtmlEscaped()) +
                 (thresholdText(ind).isEmpty() ? QString()
                                               : QStringLiteral(" — ") + thresholdText(ind).toHtmlEscaped());
    if (!ind.evidenceRequired.isEmpty())
        lines << tr("Evidence: %1").arg(ind.evidenceRequired.toHtmlEscaped());
    if (ind.provisional)
        lines
            << QStringLiteral("<span style=\"color:#a05000\">%1</span>")
                   .arg(ind.wording == criteria::Wording::Provincial
                            ? tr("Provisional: the official text of this indicator is not known; write the "
                                 "province's wording in a clone.")
                            : tr("Provisional: the threshold or wording is not confirmed by a known official "
                                 "text."));
    m_details->setText(lines.join(QStringLiteral("<br>")));
    updateButtons();
}

void CatalogueBrowserDialog::updateButtons()
{
    const bool any = !m_working.code.isEmpty();
    const bool clone = any && !m_working.builtin;
    int i = 0, j = 0;
    m_cloneButton->setEnabled(any && !m_db.isReadOnly());
    m_editButton->setEnabled(clone && currentIndicator(&i, &j));
    m_passRuleButton->setEnabled(clone);
    m_saveButton->setEnabled(clone && m_dirty);
    m_deleteButton->setEnabled(clone && !m_dirty);
}

bool CatalogueBrowserDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                           !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (enter && watched == m_list) {
            // Enter on a catalogue goes into its criteria.
            m_tree->setFocus();
            return true;
        }
        if (enter && watched == m_tree) {
            int i = 0, j = 0;
            if (currentIndicator(&i, &j))
                editIndicator();
            else if (const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0); current.isValid())
                m_tree->setExpanded(current, !m_tree->isExpanded(current));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CatalogueBrowserDialog::applyEdit(const Catalogue &edited)
{
    m_working = edited;
    // Points are declared three times (indicator, criterion, total): an edit of one keeps the others in step.
    if (m_working.totalPoints > 0) {
        double total = 0;
        for (Criterion &criterion : m_working.criteria) {
            double sum = 0;
            for (const Indicator &ind : criterion.indicators)
                sum += ind.points;
            criterion.points = sum;
            total += sum;
        }
        m_working.totalPoints = total;
    }
    m_dirty = true;
    const QStringList problems = criteria::CatalogueValidator::problems(m_working);
    showMessage(problems.isEmpty()
                    ? QString()
                    : tr("Fix before saving:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    showCatalogue();
}

void CatalogueBrowserDialog::editIndicator()
{
    int i = 0, j = 0;
    if (!currentIndicator(&i, &j))
        return;
    if (m_working.builtin) {
        showMessage(
            tr("%1 %2 is built into the app and cannot be changed. Clone it (Alt+C), then edit the clone.")
                .arg(m_working.titleText, m_working.version));
        return;
    }
    const bool scored = m_working.passRule.kind != PassRule::Kind::AllIndicators;
    CatalogueIndicatorDialog dialog(m_working.criteria.at(i).indicators.at(j), scored, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.indicator() == m_working.criteria.at(i).indicators.at(j))
        return;
    Catalogue edited = m_working;
    edited.criteria[i].indicators[j] = dialog.indicator();
    applyEdit(edited);
    m_tree->setFocus();
}

void CatalogueBrowserDialog::editPassRule()
{
    if (m_working.code.isEmpty() || m_working.builtin)
        return;
    CataloguePassRuleDialog dialog(m_working, this);
    if (dialog.exec() != QDialog::Accepted || dialog.catalogue() == m_working)
        return;
    applyEdit(dialog.catalogue());
}

void CatalogueBrowserDialog::cloneCurrent()
{
    if (m_working.code.isEmpty() || !confirmDiscard())
        return;
    const Catalogue source = m_model->catalogueAt(m_row);
    CatalogueCloneDialog dialog(m_db, source, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Catalogue clone;
    const Status status =
        m_commands
            ? CatalogueCommands(*m_commands)
                  .cloneCatalogue(source, dialog.version(), dialog.province(), &clone)
            : CatalogueService(m_db).cloneCatalogue(source, dialog.version(), dialog.province(), &clone);
    if (!status) {
        MessageBox::warning(this, tr("Clone catalogue"), status.message());
        return;
    }
    reload(clone.code, clone.version);
    showMessage(tr("Cloned as version %1. Choose an indicator and press Enter to edit it; Ctrl+S saves.")
                    .arg(clone.version));
    m_tree->setFocus();
}

void CatalogueBrowserDialog::saveVersion()
{
    if (m_working.builtin || m_working.code.isEmpty())
        return;
    if (!m_dirty) {
        showMessage(tr("Nothing has changed since this version was saved."));
        return;
    }
    Catalogue saved;
    const Status status = m_commands
                              ? CatalogueCommands(*m_commands).saveVersion(m_working, QString(), &saved)
                              : CatalogueService(m_db).saveVersion(m_working, QString(), &saved);
    if (!status) {
        showMessage(status.message());
        return;
    }
    reload(saved.code, saved.version);
    showMessage(
        tr("Saved as version %1. Results judged with earlier versions keep them.").arg(saved.version));
}

void CatalogueBrowserDialog::deleteClone()
{
    if (m_working.code.isEmpty())
        return;
    if (m_working.builtin) {
        showMessage(tr("%1 %2 is built into the app and cannot be deleted.")
                        .arg(m_working.titleText, m_working.version));
        return;
    }
    const auto answer =
        MessageBox::question(this, tr("Delete clone"),
                             tr("Delete version %1 of %2? The built-in catalogue and other versions stay.")
                                 .arg(m_working.version, m_working.titleText),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const QString code = m_working.code;
    const QString parent = m_working.parentVersion;
    const Status status = m_commands ? CatalogueCommands(*m_commands).deleteClone(code, m_working.version)
                                     : CatalogueService(m_db).deleteClone(code, m_working.version);
    if (!status) {
        showMessage(status.message());
        return;
    }
    m_dirty = false;
    reload(code, parent);
    m_list->setFocus();
}

void CatalogueBrowserDialog::reject()
{
    if (confirmDiscard())
        QDialog::reject();
}

} // namespace sht
