#include "MergeReviewDialog.h"

#include "FilterField.h"
#include "MergeChangesModel.h"
#include "MergeCommands.h"
#include "MergeConflictModel.h"
#include "MessageBox.h"
#include "PackageMerger.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace sht {

using exchange::Resolution;

namespace {

QPushButton *decisionButton(QWidget *parent, const QString &objectName, const QString &text,
                            const QString &tip)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    // Enter must not decide or merge by accident: only the named keys and Alt+letters act.
    button->setAutoDefault(false);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

// The plan's progress in a dialog with Cancel (shown after a moment; tests set "progressDelayMs").
class Progress
{
public:
    Progress(QWidget *parent, const QString &label, const QVariant &delay)
        : m_dialog(label, MergeReviewDialog::tr("Cancel"), 0, 100, parent)
    {
        m_dialog.setObjectName(QStringLiteral("mergeProgress"));
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setAutoReset(false); // a reset would forget a Cancel pressed during the last step
        m_dialog.setMinimumDuration(delay.isValid() ? delay.toInt() : 300);
    }
    exchange::ExchangeProgress step()
    {
        return [this](int done, int total) {
            m_dialog.setMaximum(qMax(1, total));
            m_dialog.setValue(qMin(done, qMax(1, total)));
            return !m_dialog.wasCanceled();
        };
    }
    bool finish()
    {
        const bool cancelled = m_dialog.wasCanceled(); // reset() clears it
        m_dialog.reset();
        return cancelled;
    }

private:
    QProgressDialog m_dialog;
};

} // namespace

MergeReviewDialog::MergeReviewDialog(Database &db, EditCommands *commands, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
    , m_conflictModel(new MergeConflictModel(this))
    , m_changesModel(new MergeChangesModel(this))
{
    setObjectName(QStringLiteral("mergeReview"));
    setWindowTitle(tr("Merge a volunteer package"));

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("mergeHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // What the package changed that is not merged: said plainly, never dropped in silence.
    m_notices = new QLabel(this);
    m_notices->setObjectName(QStringLiteral("mergeNotices"));
    m_notices->setWordWrap(true);
    m_notices->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notices->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c060; "
                                            "padding: 4px; }"));

    m_summary = new QTableWidget(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setColumnCount(5);
    m_summary->setHorizontalHeaderLabels(
        {tr("Village"), tr("Added"), tr("Changed"), tr("Deleted"), tr("Conflicts")});
    m_summary->verticalHeader()->hide();
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->setFocusPolicy(Qt::NoFocus);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    // The conflicts, side by side.
    auto *conflictsPage = new QWidget(this);
    m_conflictView = new QTreeView(conflictsPage);
    m_conflictView->setObjectName(QStringLiteral("conflictView"));
    m_conflictView->setModel(m_conflictModel);
    m_conflictView->setAllColumnsShowFocus(true);
    m_conflictView->setItemsExpandable(false);
    m_conflictView->setRootIsDecorated(false);
    m_conflictView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflictView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflictView->setWordWrap(true);
    m_conflictView->header()->setStretchLastSection(false);
    m_conflictView->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_conflictView->header()->setSectionResizeMode(MergeConflictModel::FieldColumn,
                                                   QHeaderView::ResizeToContents);
    // Wide enough for the longest decision, so that deciding never squeezes the values.
    int decisionWidth = m_conflictView->header()->fontMetrics().horizontalAdvance(tr("Decision"));
    for (const Resolution r :
         {Resolution::Undecided, Resolution::KeepOurs, Resolution::TakeTheirs, Resolution::KeepBoth})
        for (const exchange::ConflictKind k :
             {exchange::ConflictKind::SameField, exchange::ConflictKind::DeletedHereEditedThere,
              exchange::ConflictKind::EditedHereDeletedThere})
            decisionWidth = qMax(decisionWidth, m_conflictView->fontMetrics().horizontalAdvance(
                                                    MergeConflictModel::resolutionText(r, k)));
    m_conflictView->header()->setSectionResizeMode(MergeConflictModel::DecisionColumn, QHeaderView::Fixed);
    m_conflictView->header()->resizeSection(MergeConflictModel::DecisionColumn, decisionWidth * 6 / 5 + 16);
    m_conflictView->installEventFilter(this);
    m_oursButton = decisionButton(conflictsPage, QStringLiteral("keepOursButton"), tr("← Keep &yours"),
                                  tr("Keep the value in your file (Left; Ctrl+Left: every remaining field of "
                                     "this conflict)"));
    m_theirsButton =
        decisionButton(conflictsPage, QStringLiteral("takeTheirsButton"), tr("Take the &volunteer's →"),
                       tr("Take the value from the volunteer's package (Right; Ctrl+Right: every "
                          "remaining field of this conflict)"));
    m_bothButton =
        decisionButton(conflictsPage, QStringLiteral("keepBothButton"), tr("Keep &both"),
                       tr("Two different people who look alike: keep yours and add the volunteer's "
                          "too (B)"));
    connect(m_oursButton, &QPushButton::clicked, this, [this] { decide(Resolution::KeepOurs); });
    connect(m_theirsButton, &QPushButton::clicked, this, [this] { decide(Resolution::TakeTheirs); });
    connect(m_bothButton, &QPushButton::clicked, this, [this] { decide(Resolution::KeepBoth); });
    auto *keys = new QLabel(tr("Up / Down: conflicts and fields · Left: keep yours · Right: take the "
                               "volunteer's · B: keep both · Ctrl+Left / Ctrl+Right: the whole conflict"),
                            conflictsPage);
    keys->setObjectName(QStringLiteral("conflictKeys"));
    keys->setWordWrap(true);
    keys->setForegroundRole(QPalette::PlaceholderText);
    auto *decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_oursButton);
    decisionRow->addWidget(m_theirsButton);
    decisionRow->addWidget(m_bothButton);
    decisionRow->addStretch(1);
    auto *conflictsLayout = new QVBoxLayout(conflictsPage);
    conflictsLayout->addWidget(m_conflictView, 1);
    conflictsLayout->addLayout(decisionRow);
    conflictsLayout->addWidget(keys);

    // The changes that apply as they are.
    auto *changesPage = new QWidget(this);
    auto *filterLabel = new QLabel(tr("&Filter:"), changesPage);
    m_filter = new QLineEdit(changesPage);
    m_filter->setObjectName(QStringLiteral("changesFilter"));
    m_filter->setPlaceholderText(tr("Name, village, register or value, with or without accents"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    m_changesView = new QTreeView(changesPage);
    m_changesView->setObjectName(QStringLiteral("changesView"));
    m_changesView->setModel(m_changesModel);
    m_changesView->setAllColumnsShowFocus(true);
    m_changesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changesView->setUniformRowHeights(true);
    m_changesView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_changesView->header()->setStretchLastSection(true);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *changesLayout = new QVBoxLayout(changesPage);
    changesLayout->addLayout(filterRow);
    changesLayout->addWidget(m_changesView, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_changesModel->setFilterText(text);
        m_changesView->expandAll();
    });
    m_filter->installEventFilter(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mergeTabs"));
    m_tabs->addTab(conflictsPage, QString());
    m_tabs->addTab(changesPage, QString());

    m_undecided = new QLabel(this);
    m_undecided->setObjectName(QStringLiteral("undecidedLabel"));
    QFont bold = m_undecided->font();
    bold.setBold(true);
    m_undecided->setFont(bold);
    m_undecided->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // Not the accept role: the box would make it the default button, and a plain Enter (meant for the
    // lists) must never merge; Ctrl+Enter does.
    m_applyButton = buttons->addButton(tr("&Apply merge"), QDialogButtonBox::ActionRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setToolTip(tr("Merge every change and your decisions into this file, as one step Edit > "
                                 "Undo takes back (Ctrl+Enter)"));
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    connect(m_applyButton, &QPushButton::clicked, this, &MergeReviewDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeReviewDialog::reject);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &MergeReviewDialog::apply);
    }

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_undecided, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_notices);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connect(m_conflictModel, &MergeConflictModel::decisionsChanged, this, &MergeReviewDialog::updateState);
    connect(m_conflictView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MergeReviewDialog::updateState);
    resize(980, 640);
    setPlan(exchange::MergePlan());
}

QWidget *MergeReviewDialog::messageParent()
{
    // Before exec() the dialog is not shown: the boxes of load() belong to the window below.
    return isVisible() || !parentWidget() ? static_cast<QWidget *>(this) : parentWidget();
}

bool MergeReviewDialog::load(const QString &packagePath)
{
    exchange::MergePlan plan;
    Progress progress(messageParent(), tr("Reading the volunteer package…"), property("progressDelayMs"));
    const Status status = exchange::PackageMerger(m_db).plan(packagePath, plan, progress.step());
    if (progress.finish()) {
        MessageBox::information(messageParent(), tr("Merge cancelled"),
                                tr("Reading the package was cancelled: nothing was changed."));
        return false;
    }
    if (!status) {
        MessageBox::critical(messageParent(), tr("Cannot merge this package"), status.message());
        return false;
    }
    const QString file = QDir::toNativeSeparators(packagePath);
    if (plan.alreadyMerged) {
        MessageBox::information(
            messageParent(), tr("Already merged"),
            tr("%1 was merged into this file before: there is nothing more to merge.\n\n%2")
                .arg(file, plan.package.describe()));
        return false;
    }
    if (plan.isEmpty()) {
        MessageBox::information(
            messageParent(), tr("Nothing to merge"),
            tr("%1 holds no change since it was exported: there is nothing to merge.\n\n%2")
                .arg(file, plan.package.describe()));
        return false;
    }
    if (plan.packagePath.isEmpty())
        plan.packagePath = packagePath;
    setPlan(plan);
    return true;
}

void MergeReviewDialog::setPlan(const exchange::MergePlan &plan)
{
    m_plan = plan;
    m_applied = false;
    QString header = plan.package.villageNames.isEmpty() ? QString() : plan.package.describe();
    if (!plan.packagePath.isEmpty())
        header += (header.isEmpty() ? QString() : QStringLiteral("\n")) +
                  tr("File: %1").arg(QDir::toNativeSeparators(plan.packagePath));
    m_header->setText(header);
    m_header->setVisible(!header.isEmpty());
    m_notices->setText(plan.notices.join(QLatin1Char('\n')));
    m_notices->setVisible(!plan.notices.isEmpty());
    m_conflictModel->setConflicts(plan.conflicts, plan.referenceNames);
    m_changesModel->setChanges(plan.changes, plan.referenceNames);
    m_changesView->expandAll();
    for (int column = 0; column < MergeChangesModel::DetailsColumn; ++column)
        m_changesView->resizeColumnToContents(column);
    layOutConflicts();
    fillSummary();
    const bool hasConflicts = !plan.conflicts.isEmpty();
    m_tabs->setTabText(0, tr("Co&nflicts (%1)").arg(plan.conflicts.size()));
    m_tabs->setTabText(1, tr("Changes &without conflict (%1)").arg(plan.changes.size()));
    m_tabs->setTabEnabled(0, hasConflicts);
    m_tabs->setCurrentIndex(hasConflicts ? 0 : 1);
    if (hasConflicts) {
        const QModelIndex first = m_conflictModel->nextUndecided();
        m_conflictView->setCurrentIndex(first.isValid() ? first : m_conflictModel->conflictIndex(0));
        m_conflictView->setFocus();
    } else {
        m_changesView->setCurrentIndex(m_changesModel->index(0, 0));
        m_changesView->setFocus();
    }
    updateState();
}

void MergeReviewDialog::layOutConflicts()
{
    // A conflict row names who and why across the whole width; its fields sit below, always shown.
    for (int row = 0; row < m_conflictModel->rowCount(); ++row)
        m_conflictView->setFirstColumnSpanned(row, QModelIndex(), true);
    m_conflictView->expandAll();
}

void MergeReviewDialog::fillSummary()
{
    const QList<exchange::VillageCounts> &villages = m_plan.villages;
    m_summary->setRowCount(int(villages.size()) + 1);
    exchange::VillageCounts total;
    total.villageName = tr("Total");
    const auto put = [this](int row, const exchange::VillageCounts &c, bool isTotal) {
        const QStringList cells{c.villageName.isEmpty() ? tr("Not tied to a village") : c.villageName,
                                QString::number(c.added), QString::number(c.changed),
                                QString::number(c.deleted), QString::number(c.conflicts)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (isTotal) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_summary->setItem(row, column, item);
        }
    };
    for (int row = 0; row < villages.size(); ++row) {
        const exchange::VillageCounts &c = villages.at(row);
        put(row, c, false);
        total.added += c.added;
        total.changed += c.changed;
        total.deleted += c.deleted;
        total.conflicts += c.conflicts;
    }
    put(int(villages.size()), total, true);
    m_summary->resizeRowsToContents();
    // Tall enough for every village up to a few, then it scrolls; the conflicts get the room.
    int height = m_summary->horizontalHeader()->sizeHint().height() + 2 * m_summary->frameWidth();
    for (int row = 0; row < qMin(m_summary->rowCount(), 6); ++row)
        height += m_summary->rowHeight(row);
    m_summary->setFixedHeight(height);
}

void MergeReviewDialog::updateState()
{
    const int undecided = m_conflictModel->undecidedConflicts();
    const bool nothing = m_plan.isEmpty();
    if (nothing)
        m_undecided->setText(tr("Nothing to merge."));
    else if (m_plan.conflicts.isEmpty())
        m_undecided->setText(tr("No conflicts: every change can be merged as it is (Ctrl+Enter)."));
    else if (undecided > 0)
        m_undecided->setText(tr("%n conflict(s) still need a decision", nullptr, undecided));
    else
        m_undecided->setText(tr("Every conflict is decided: Ctrl+Enter merges."));
    QPalette palette = m_undecided->palette();
    palette.setColor(QPalette::WindowText,
                     undecided > 0 ? QColor(0xa0, 0x20, 0x20) : QColor(0x20, 0x60, 0x20));
    m_undecided->setPalette(palette);
    m_applyButton->setEnabled(!nothing && undecided == 0 && !m_applied);

    const int conflict = m_conflictModel->conflictOf(m_conflictView->currentIndex());
    m_oursButton->setEnabled(m_conflictModel->allows(conflict, Resolution::KeepOurs));
    m_theirsButton->setEnabled(m_conflictModel->allows(conflict, Resolution::TakeTheirs));
    m_bothButton->setEnabled(m_conflictModel->allows(conflict, Resolution::KeepBoth));
}

exchange::MergePlan MergeReviewDialog::decidedPlan() const
{
    exchange::MergePlan plan = m_plan;
    plan.conflicts = m_conflictModel->conflicts();
    return plan;
}

bool MergeReviewDialog::decide(Resolution resolution, bool wholeConflict)
{
    const QModelIndex current = m_conflictView->currentIndex();
    const bool done = wholeConflict ? m_conflictModel->resolveRemaining(current, resolution)
                                    : m_conflictModel->resolve(current, resolution);
    if (!done)
        return false;
    // On to the next decision, so a run of conflicts is a run of arrow keys.
    const QModelIndex next = m_conflictModel->nextUndecided(current);
    if (next.isValid())
        m_conflictView->setCurrentIndex(next);
    return true;
}

bool MergeReviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *keyEvent = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = keyEvent->modifiers() & ~Qt::KeypadModifier;
        if (watched == m_conflictView && (mods == Qt::NoModifier || mods == Qt::ControlModifier)) {
            const bool whole = mods == Qt::ControlModifier;
            switch (keyEvent->key()) {
            case Qt::Key_Left:
                decide(Resolution::KeepOurs, whole);
                return true;
            case Qt::Key_Right:
                decide(Resolution::TakeTheirs, whole);
                return true;
            case Qt::Key_B:
                if (!whole) {
                    decide(Resolution::KeepBoth);
                    return true;
                }
                break;
            default:
                break;
            }
        }
        if (watched == m_filter && handleFilterFieldKey(m_filter, m_changesView, event))
            return true;
    }
    return QDialog::eventFilter(watched, event);
}

void MergeReviewDialog::apply()
{
    if (!m_applyButton->isEnabled())
        return;
    const exchange::MergePlan plan = decidedPlan();
    Progress progress(this, tr("Merging the volunteer package…"), property("progressDelayMs"));
    const Status status = m_commands ? MergeCommands(*m_commands).apply(plan, progress.step())
                                     : exchange::PackageMerger(m_db).apply(plan, progress.step());
    if (progress.finish()) {
        MessageBox::information(this, tr("Merge cancelled"),
                                tr("The merge was cancelled: your file is as it was."));
        return;
    }
    if (!status) {
        MessageBox::warning(this, tr("Cannot merge"), status.message());
        return;
    }
    m_applied = true;
    int added = 0;
    int changed = 0;
    int deleted = 0;
    for (const exchange::VillageCounts &c : plan.villages) {
        added += c.added;
        changed += c.changed;
        deleted += c.deleted;
    }
    const QString villages = plan.package.villageNames.join(QStringLiteral(", "));
    MessageBox::information(
        this, tr("Package merged"),
        tr("The volunteer's work on %1 is in your file: %2 added, %3 changed, %4 deleted, %5. Edit > Undo "
           "(Ctrl+Z) takes the whole merge back.")
            .arg(villages.isEmpty() ? tr("their villages") : villages)
            .arg(added)
            .arg(changed)
            .arg(deleted)
            .arg(tr("%n conflict(s) decided", nullptr, int(plan.conflicts.size()))));
    accept();
}

} // namespace sht
