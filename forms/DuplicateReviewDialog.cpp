#include "DuplicateReviewDialog.h"

#include "AdminUnitRepository.h"
#include "Database.h"
#include "HouseholdRepository.h"
#include "ImportCommands.h"
#include "MessageBox.h"
#include "PersonRepository.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace sht {

namespace {

QPushButton *actionButton(QWidget *parent, const QString &objectName, const QString &text, const QString &tip)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    // Enter must not merge by accident: only the named keys and the buttons' own Alt+letter act.
    button->setAutoDefault(false);
    return button;
}

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setMinimumWidth(220);
    return label;
}

} // namespace

DuplicateReviewDialog::DuplicateReviewDialog(Database &db, EditCommands *commands,
                                             const QList<DuplicatePair> &pairs, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
    , m_pairs(pairs)
{
    setObjectName(QStringLiteral("duplicateReview"));
    setWindowTitle(tr("Possible duplicates"));
    for (int i = 0; i < m_pairs.size(); ++i)
        m_outcomes << Outcome::Pending;

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("duplicateCounter"));
    QFont bold = m_counter->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_counter->setFont(bold);
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("duplicateWhy"));
    m_why->setWordWrap(true);

    m_left = makeSide(QStringLiteral("duplicateLeft"));
    m_right = makeSide(QStringLiteral("duplicateRight"));
    auto *sides = new QHBoxLayout;
    sides->addWidget(m_left.frame, 1);
    sides->addWidget(m_right.frame, 1);

    m_keepLeftButton = actionButton(this, QStringLiteral("duplicateKeepLeft"), tr("Keep &left"),
                                    tr("Keep the record on the left; the other is merged into it (Left)"));
    m_keepRightButton = actionButton(this, QStringLiteral("duplicateKeepRight"), tr("Keep r&ight"),
                                     tr("Keep the record on the right; the other is merged into it (Right)"));
    m_mergeButton = actionButton(this, QStringLiteral("duplicateMerge"), tr("&Merge"),
                                 tr("One person: merge the other record into the one kept. Edit > Undo "
                                    "takes it back (M)"));
    m_keepApartButton = actionButton(this, QStringLiteral("duplicateKeepApart"), tr("Keep &apart"),
                                     tr("Two different people: never propose this pair again (K)"));
    m_previousButton = actionButton(this, QStringLiteral("duplicatePrevious"), tr("&Previous"),
                                    tr("The previous pair (Up)"));
    m_nextButton = actionButton(this, QStringLiteral("duplicateNext"), tr("&Next"),
                                tr("Leave this pair as it is and show the next one (N or Down)"));
    auto *closeButton = actionButton(this, QStringLiteral("duplicateClose"), tr("Close"),
                                     tr("Stop reviewing; pairs not decided stay as they are (Esc)"));
    connect(m_keepLeftButton, &QPushButton::clicked, this, [this] { choose(true); });
    connect(m_keepRightButton, &QPushButton::clicked, this, [this] { choose(false); });
    connect(m_mergeButton, &QPushButton::clicked, this, &DuplicateReviewDialog::mergePair);
    connect(m_keepApartButton, &QPushButton::clicked, this, &DuplicateReviewDialog::keepApart);
    connect(m_previousButton, &QPushButton::clicked, this, &DuplicateReviewDialog::previous);
    connect(m_nextButton, &QPushButton::clicked, this, &DuplicateReviewDialog::next);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);

    // Window-wide keys: they act wherever the focus is (the buttons would take the arrows to move focus).
    const auto shortcut = [this](QKeySequence keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Left), [this] { choose(true); });
    shortcut(QKeySequence(Qt::Key_Right), [this] { choose(false); });
    shortcut(QKeySequence(Qt::Key_M), [this] { mergePair(); });
    shortcut(QKeySequence(Qt::Key_K), [this] { keepApart(); });
    shortcut(QKeySequence(Qt::Key_N), [this] { next(); });
    shortcut(QKeySequence(Qt::Key_Down), [this] { next(); });
    shortcut(QKeySequence(Qt::Key_Up), [this] { previous(); });

    auto *keys =
        new QLabel(tr("Left / Right: the record to keep · M: merge · K: keep apart · N or Down: next "
                      "pair · Up: previous · Esc: close"),
                   this);
    keys->setObjectName(QStringLiteral("duplicateKeys"));
    keys->setWordWrap(true);
    keys->setForegroundRole(QPalette::PlaceholderText);

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_keepLeftButton);
    choice->addWidget(m_keepRightButton);
    choice->addStretch(1);
    choice->addWidget(m_mergeButton);
    choice->addWidget(m_keepApartButton);
    auto *moves = new QHBoxLayout;
    moves->addWidget(m_previousButton);
    moves->addWidget(m_nextButton);
    moves->addStretch(1);
    moves->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counter);
    layout->addWidget(m_why);
    layout->addLayout(sides, 1);
    layout->addLayout(choice);
    layout->addWidget(keys);
    layout->addLayout(moves);

    showPair();
    m_mergeButton->setFocus();
}

DuplicateReviewDialog::Side DuplicateReviewDialog::makeSide(const QString &objectName)
{
    Side side;
    side.frame = new QFrame(this);
    side.frame->setObjectName(objectName);
    side.title = new QLabel(side.frame);
    side.title->setObjectName(objectName + QStringLiteral("Title"));
    QFont bold = side.title->font();
    bold.setBold(true);
    side.title->setFont(bold);
    side.name = valueLabel(side.frame, objectName + QStringLiteral("Name"));
    side.sex = valueLabel(side.frame, objectName + QStringLiteral("Sex"));
    side.birthDate = valueLabel(side.frame, objectName + QStringLiteral("BirthDate"));
    side.citizenId = valueLabel(side.frame, objectName + QStringLiteral("CitizenId"));
    side.place = valueLabel(side.frame, objectName + QStringLiteral("Place"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), side.name);
    form->addRow(tr("Sex:"), side.sex);
    form->addRow(tr("Born:"), side.birthDate);
    form->addRow(tr("Citizen ID:"), side.citizenId);
    form->addRow(tr("Lives in:"), side.place);
    auto *layout = new QVBoxLayout(side.frame);
    layout->addWidget(side.title);
    layout->addLayout(form);
    layout->addStretch(1);
    // A click on a record keeps it, like Left / Right.
    side.frame->installEventFilter(this);
    return side;
}

bool DuplicateReviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress && (watched == m_left.frame || watched == m_right.frame)) {
        choose(watched == m_left.frame);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

qint64 DuplicateReviewDialog::resolve(qint64 personId) const
{
    // Chains (A into B, then B into C) end at the record that is still there.
    for (int guard = 0; m_mergedInto.contains(personId) && guard < m_pairs.size() + 1; ++guard)
        personId = m_mergedInto.value(personId);
    return personId;
}

DuplicateReviewDialog::Shown DuplicateReviewDialog::describe(qint64 personId) const
{
    Shown shown;
    const auto person = PersonRepository(m_db).find(personId);
    if (!person)
        return shown;
    shown.found = true;
    shown.name = person->name.full();
    shown.sex = sexLabel(person->sex);
    shown.birthDate = person->birthDate.toString();
    shown.citizenId = person->citizenId.toString();
    if (!person->isAlive())
        shown.place = tr("deceased");
    HouseholdRepository households(m_db);
    if (const auto membership = households.currentMembership(personId)) {
        const auto household = households.find(membership->householdId);
        const auto village = household ? AdminUnitRepository(m_db).find(household->villageId) : std::nullopt;
        shown.place = tr("%1, household %2 (%3)")
                          .arg(village ? village->name : QString(), household ? household->code : QString(),
                               relationLabel(membership->relation, person->sex));
    } else if (shown.place.isEmpty()) {
        shown.place = tr("in no household");
    }
    return shown;
}

void DuplicateReviewDialog::fillSide(const Side &side, const Shown &shown, const Shown &other, bool kept,
                                     const QString &title)
{
    const QString unknown = tr("(not recorded)");
    const auto set = [&](QLabel *label, const QString &value, const QString &otherValue) {
        label->setText(value.isEmpty() ? unknown : value);
        // What differs between the two records is what the clerk must look at.
        QFont font = label->font();
        font.setBold(shown.found && other.found && value != otherValue);
        label->setFont(font);
    };
    if (!shown.found) {
        side.title->setText(title.isEmpty() ? tr("No longer in the file") : title);
        for (QLabel *label : {side.name, side.sex, side.birthDate, side.citizenId, side.place})
            label->clear();
    } else {
        side.title->setText(title);
        set(side.name, shown.name, other.name);
        set(side.sex, shown.sex, other.sex);
        set(side.birthDate, shown.birthDate, other.birthDate);
        set(side.citizenId, shown.citizenId, other.citizenId);
        set(side.place, shown.place, other.place);
    }
    side.frame->setProperty("kept", kept);
    const QString style =
        kept ? QStringLiteral("QFrame#%1 { border: 2px solid palette(highlight); border-radius: "
                              "4px; background: palette(alternate-base); }")
             : QStringLiteral("QFrame#%1 { border: 1px solid palette(mid); border-radius: 4px; }");
    side.frame->setStyleSheet(style.arg(side.frame->objectName()));
}

bool DuplicateReviewDialog::decidable() const
{
    if (m_current < 0 || m_current >= m_pairs.size() || m_outcomes.at(m_current) == Outcome::Merged)
        return false;
    const DuplicatePair &pair = m_pairs.at(m_current);
    const qint64 first = resolve(pair.firstId);
    const qint64 second = resolve(pair.secondId);
    if (first == second)
        return false;
    PersonRepository people(m_db);
    return people.find(first).has_value() && people.find(second).has_value();
}

void DuplicateReviewDialog::showPair()
{
    if (m_pairs.isEmpty()) {
        m_counter->setText(tr("No possible duplicates"));
        m_why->setText(tr("No two people of the file look like one person."));
        fillSide(m_left, Shown(), Shown(), false, QString());
        fillSide(m_right, Shown(), Shown(), false, QString());
        for (QPushButton *b : {m_keepLeftButton, m_keepRightButton, m_mergeButton, m_keepApartButton,
                               m_previousButton, m_nextButton})
            b->setEnabled(false);
        return;
    }
    const DuplicatePair &pair = m_pairs.at(m_current);
    const qint64 firstId = resolve(pair.firstId);
    const qint64 secondId = resolve(pair.secondId);
    const Shown first = describe(firstId);
    const Shown second = describe(secondId);

    QString state;
    switch (m_outcomes.at(m_current)) {
    case Outcome::Merged:
        state = tr("merged");
        break;
    case Outcome::KeptApart:
        state = tr("kept apart");
        break;
    case Outcome::Pending:
        if (firstId == secondId)
            state = tr("already one person (merged in another pair)");
        break;
    }
    const QString counter = tr("Pair %1 of %2").arg(m_current + 1).arg(m_pairs.size());
    const QString totals = tr("%n merged", nullptr, mergedCount()) + QStringLiteral(", ") +
                           tr("%n kept apart", nullptr, keptApartCount());
    m_counter->setText(state.isEmpty() ? tr("%1 (%2)").arg(counter, totals)
                                       : tr("%1: %2 (%3)").arg(counter, state, totals));

    QString why = pair.sameId ? tr("Both have the citizen ID %1 and the same name.").arg(pair.citizenId)
                              : tr("Same name and a matching birth date.");
    if (!pair.sameId && !pair.citizenId.isEmpty())
        why += QLatin1Char(' ') + tr("The citizen ID %1 is the same too.").arg(pair.citizenId);
    m_why->setText(why);

    const bool open = decidable();
    if (m_mergedViews.contains(m_current)) {
        const MergedView &view = m_mergedViews.value(m_current);
        fillSide(m_left, view.left, view.right, view.keptLeft,
                 view.keptLeft ? tr("Kept") : tr("Merged into it"));
        fillSide(m_right, view.right, view.left, !view.keptLeft,
                 view.keptLeft ? tr("Merged into it") : tr("Kept"));
    } else if (open) {
        fillSide(m_left, first, second, m_keepLeft,
                 m_keepLeft ? tr("Keep this record") : tr("Merge into the other"));
        fillSide(m_right, second, first, !m_keepLeft,
                 m_keepLeft ? tr("Merge into the other") : tr("Keep this record"));
    } else {
        fillSide(m_left, first, second, false, first.found ? tr("Record") : QString());
        fillSide(m_right, second, first, false, second.found ? tr("Record") : QString());
    }
    m_keepLeftButton->setEnabled(open);
    m_keepRightButton->setEnabled(open);
    m_mergeButton->setEnabled(open);
    m_keepApartButton->setEnabled(open && m_outcomes.at(m_current) == Outcome::Pending);
    m_previousButton->setEnabled(m_current > 0);
    m_nextButton->setEnabled(m_current + 1 < m_pairs.size());
    // A disabled button drops the focus: keep the keys working by giving it to the next useful one.
    if (!focusWidget() || !focusWidget()->isEnabled()) {
        for (QPushButton *b : {m_mergeButton, m_nextButton, m_previousButton})
            if (b->isEnabled()) {
                b->setFocus();
                break;
            }
    }
}

int DuplicateReviewDialog::mergedCount() const
{
    return int(m_outcomes.count(Outcome::Merged));
}

int DuplicateReviewDialog::keptApartCount() const
{
    return int(m_outcomes.count(Outcome::KeptApart));
}

void DuplicateReviewDialog::choose(bool keepLeft)
{
    if (!decidable())
        return;
    m_keepLeft = keepLeft;
    showPair();
}

void DuplicateReviewDialog::mergePair()
{
    if (!decidable())
        return;
    const DuplicatePair &pair = m_pairs.at(m_current);
    const qint64 first = resolve(pair.firstId);
    const qint64 second = resolve(pair.secondId);
    const qint64 keepId = m_keepLeft ? first : second;
    const qint64 dropId = m_keepLeft ? second : first;
    const Shown left = describe(first);
    const Shown right = describe(second);
    const Status status = m_commands ? ImportCommands(*m_commands).merge(keepId, dropId)
                                     : DuplicateService(m_db).merge(keepId, dropId);
    if (!status) {
        MessageBox::warning(this, tr("Cannot merge"), status.message());
        showPair();
        return;
    }
    m_mergedViews.insert(m_current, {left, right, m_keepLeft});
    m_mergedInto.insert(dropId, keepId);
    m_outcomes[m_current] = Outcome::Merged;
    afterDecision();
}

void DuplicateReviewDialog::keepApart()
{
    if (!decidable() || m_outcomes.at(m_current) != Outcome::Pending)
        return;
    const DuplicatePair &pair = m_pairs.at(m_current);
    const qint64 first = resolve(pair.firstId);
    const qint64 second = resolve(pair.secondId);
    const Status status = m_commands ? ImportCommands(*m_commands).keepApart(first, second)
                                     : DuplicateService(m_db).keepApart(first, second);
    if (!status) {
        MessageBox::warning(this, tr("Cannot keep them apart"), status.message());
        showPair();
        return;
    }
    m_outcomes[m_current] = Outcome::KeptApart;
    afterDecision();
}

void DuplicateReviewDialog::afterDecision()
{
    // The next pair starts with its left record kept, as every pair does.
    if (m_current + 1 < m_pairs.size()) {
        ++m_current;
        m_keepLeft = true;
    }
    showPair();
}

void DuplicateReviewDialog::next()
{
    if (m_current + 1 >= m_pairs.size())
        return;
    ++m_current;
    m_keepLeft = true;
    showPair();
}

void DuplicateReviewDialog::previous()
{
    if (m_current <= 0)
        return;
    --m_current;
    m_keepLeft = true;
    showPair();
}

} // namespace sht
