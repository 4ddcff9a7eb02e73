#include "PeopleFinder.h"

#include "HouseholdRepository.h"
#include "PartialDate.h"
#include "PeopleIndexRepository.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sht {

namespace {
// Enough to choose from; more means the clerk should type another letter.
constexpr int kMaxListed = 200;
} // namespace

PeopleFinder::PeopleFinder(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(mode == Mode::People ? tr("&Find the person (name, ID number or household code):")
                                              : tr("&Find the household (its code or the head's name):"),
                         this);
    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setClearButtonEnabled(true);
    m_label->setBuddy(m_findEdit);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("resultList"));
    m_list->setMinimumSize(320, 160);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setWordWrap(true);
    layout->addWidget(m_label);
    layout->addWidget(m_findEdit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_countLabel);
    setFocusProxy(m_findEdit);

    m_findEdit->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_findEdit, &QLineEdit::textChanged, this, &PeopleFinder::refilter);
    connect(m_list, &QListWidget::currentRowChanged, this, &PeopleFinder::currentChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (currentRow())
            emit activated();
    });
    refilter();
}

Status PeopleFinder::load(Database &db)
{
    m_index.clear();
    const Status status = PeopleIndexRepository::load(db, &m_index);
    rebuildCandidates();
    if (!status)
        m_countLabel->setText(status.message());
    return status;
}

void PeopleFinder::setCandidateFilter(CandidateFilter filter)
{
    m_filter = std::move(filter);
    rebuildCandidates();
}

void PeopleFinder::setEnterActivates(bool on)
{
    m_enterActivates = on;
}

void PeopleFinder::setLabelText(const QString &text)
{
    m_label->setText(text);
}

void PeopleFinder::rebuildCandidates()
{
    m_candidates.clear();
    for (const quint32 row : m_index.nameOrder()) {
        const bool wanted = m_mode == Mode::People
                                ? !m_index.isDeceased(row)
                                : m_index.isCurrentResident(row) && m_index.relation(row) == Relation::Head;
        if (wanted && (!m_filter || m_filter(m_index, row)))
            m_candidates.push_back(row);
    }
    refilter();
}

QString PeopleFinder::describe(quint32 row) const
{
    const QString village = m_index.villageName(row);
    if (m_mode == Mode::Households)
        return tr("%1 — head: %2 — %3").arg(m_index.householdCode(row), m_index.fullName(row), village);
    QString text = m_index.fullName(row);
    const QString born = PartialDate::fromStorage(m_index.birthDate(row)).toString();
    if (!born.isEmpty())
        text = tr("%1, born %2").arg(text, born);
    if (m_index.isCurrentResident(row))
        return tr("%1 — lives in household %2 (%3)").arg(text, m_index.householdCode(row), village);
    return tr("%1 — in no household now").arg(text);
}

void PeopleFinder::refilter()
{
    const PeopleIndex::Words words = PeopleIndex::foldWords(m_findEdit->text());
    m_list->clear();
    m_shown.clear();
    if (words.empty()) {
        m_countLabel->setText(m_mode == Mode::People
                                  ? tr("Type part of a name, an ID number or a household code.")
                                  : tr("Type part of the household code or of the head's name."));
        emit currentChanged();
        return;
    }
    const std::vector<quint32> found = m_index.filter(words, m_candidates);
    m_shown.assign(found.begin(), found.begin() + std::min<size_t>(found.size(), kMaxListed));
    for (const quint32 row : m_shown)
        m_list->addItem(describe(row));
    if (found.empty())
        m_countLabel->setText(tr("Nothing found."));
    else if (found.size() > m_shown.size())
        m_countLabel->setText(tr("%1 found; the first %2 are listed. Type more to narrow.")
                                  .arg(found.size())
                                  .arg(m_shown.size()));
    else
        m_countLabel->setText(tr("%n found.", nullptr, int(found.size())));
    if (!m_shown.empty())
        m_list->setCurrentRow(0);
    emit currentChanged();
}

bool PeopleFinder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *keyEvent = static_cast<QKeyEvent *>(event);
    const int key = keyEvent->key();
    // Up and Down in the find field move through the results, so the hands never leave the keys.
    if (watched == m_findEdit &&
        (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown)) {
        QCoreApplication::sendEvent(m_list, event);
        return true;
    }
    if (m_enterActivates && (key == Qt::Key_Return || key == Qt::Key_Enter) &&
        keyEvent->modifiers() == Qt::NoModifier) {
        if (currentRow())
            emit activated();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

std::optional<quint32> PeopleFinder::currentRow() const
{
    const int row = m_list->currentRow();
    if (row < 0 || size_t(row) >= m_shown.size())
        return std::nullopt;
    return m_shown[size_t(row)];
}

qint64 PeopleFinder::personId() const
{
    const auto row = currentRow();
    return row ? m_index.personId(*row) : 0;
}

qint64 PeopleFinder::householdId(Database &db) const
{
    const auto row = currentRow();
    if (!row || !m_index.isCurrentResident(*row))
        return 0;
    const auto household =
        HouseholdRepository(db).findByCode(m_index.villageId(*row), m_index.householdCode(*row));
    return household ? household->id : 0;
}

void PeopleFinder::restart()
{
    m_findEdit->clear();
    m_findEdit->setFocus();
}

} // namespace sht
