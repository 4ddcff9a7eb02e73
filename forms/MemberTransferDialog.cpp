#include "MemberTransferDialog.h"

#include "HouseholdRepository.h"
#include "MemberFields.h"
#include "PartialDate.h"
#include "PeopleIndexRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

namespace {
// Enough to choose from; more means the clerk should type another letter.
constexpr int kMaxListed = 200;
} // namespace

MemberTransferDialog::MemberTransferDialog(Database &db, Mode mode, qint64 householdId,
                                           const QString &personName, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_mode(mode)
{
    const bool adding = mode == Mode::AddExistingPerson;
    setWindowTitle(adding ? tr("Add an existing person")
                          : tr("Move %1 to another household").arg(personName));
    auto *layout = new QVBoxLayout(this);

    auto *findLabel = new QLabel(adding ? tr("&Find the person (name, ID number or household code):")
                                        : tr("&Find the household (its code or the head's name):"),
                                 this);
    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setClearButtonEnabled(true);
    findLabel->setBuddy(m_findEdit);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("resultList"));
    m_list->setMinimumSize(480, 220);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setWordWrap(true);
    layout->addWidget(findLabel);
    layout->addWidget(m_findEdit);
    layout->addWidget(m_list);
    layout->addWidget(m_countLabel);

    auto *form = new QFormLayout;
    m_relationCombo = memberfields::relationCombo(this, Relation::Other, /*withHead=*/false);
    m_relationCombo->setObjectName(QStringLiteral("relationCombo"));
    auto *relationLabel = new QLabel(tr("Re&lation to the head:"), this);
    relationLabel->setBuddy(m_relationCombo);
    form->addRow(relationLabel, m_relationCombo);
    if (adding) {
        m_residenceCombo = memberfields::residenceCombo(this);
        m_residenceCombo->setObjectName(QStringLiteral("residenceCombo"));
        auto *residenceLabel = new QLabel(tr("&Residence:"), this);
        residenceLabel->setBuddy(m_residenceCombo);
        form->addRow(residenceLabel, m_residenceCombo);
    }
    m_dateEdit = memberfields::dateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    auto *dateLabel = new QLabel(adding ? tr("&Date joined:") : tr("&Date of the move:"), this);
    dateLabel->setBuddy(m_dateEdit);
    form->addRow(dateLabel, m_dateEdit);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberTransferDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QList<QWidget *> order{m_findEdit, m_list, m_relationCombo};
    if (m_residenceCombo)
        order << m_residenceCombo;
    memberfields::chainTabOrder(order << m_dateEdit << m_buttons);

    // The people of the file in memory (as the People register reads them), so each keystroke filters fast.
    if (const Status s = PeopleIndexRepository::load(db, &m_index); !s)
        m_countLabel->setText(s.message());
    QString ownCode;
    qint64 ownVillage = 0;
    if (const auto own = HouseholdRepository(db).find(householdId)) {
        ownCode = own->code;
        ownVillage = own->villageId;
    }
    for (const quint32 row : m_index.nameOrder()) {
        const bool here = m_index.isCurrentResident(row) && m_index.householdCode(row) == ownCode &&
                          m_index.villageId(row) == ownVillage;
        if (here)
            continue;
        if (adding ? !m_index.isDeceased(row)
                   : m_index.isCurrentResident(row) && m_index.relation(row) == Relation::Head)
            m_candidates.push_back(row);
    }

    m_findEdit->installEventFilter(this);
    connect(m_findEdit, &QLineEdit::textChanged, this, &MemberTransferDialog::refilter);
    connect(m_list, &QListWidget::currentRowChanged, this, &MemberTransferDialog::updateOk);
    m_findEdit->setFocus();
    refilter();
}

QString MemberTransferDialog::describe(quint32 row) const
{
    const QString village = m_index.villageName(row);
    if (m_mode == Mode::MoveToHousehold)
        return tr("%1 — head: %2 — %3").arg(m_index.householdCode(row), m_index.fullName(row), village);
    QString text = m_index.fullName(row);
    const QString born = PartialDate::fromStorage(m_index.birthDate(row)).toString();
    if (!born.isEmpty())
        text = tr("%1, born %2").arg(text, born);
    if (m_index.isCurrentResident(row))
        return tr("%1 — lives in household %2 (%3)").arg(text, m_index.householdCode(row), village);
    return tr("%1 — in no household now").arg(text);
}

void MemberTransferDialog::refilter()
{
    const PeopleIndex::Words words = PeopleIndex::foldWords(m_findEdit->text());
    m_list->clear();
    m_shown.clear();
    if (words.empty()) {
        m_countLabel->setText(m_mode == Mode::AddExistingPerson
                                  ? tr("Type part of a name, an ID number or a household code.")
                                  : tr("Type part of the household code or of the head's name."));
        updateOk();
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
    updateOk();
}

void MemberTransferDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentRow() >= 0);
}

bool MemberTransferDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the find field move through the results, so the hands never leave the keys.
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

qint64 MemberTransferDialog::personId() const
{
    const int row = m_list->currentRow();
    return row >= 0 ? m_index.personId(m_shown.at(size_t(row))) : 0;
}

bool MemberTransferDialog::livesElsewhere() const
{
    const int row = m_list->currentRow();
    return row >= 0 && m_index.isCurrentResident(m_shown.at(size_t(row)));
}

qint64 MemberTransferDialog::householdId() const
{
    return m_chosenHousehold;
}

Relation MemberTransferDialog::relation() const
{
    return Relation(m_relationCombo->currentData().toInt());
}

ResidenceStatus MemberTransferDialog::residence() const
{
    return m_residenceCombo ? ResidenceStatus(m_residenceCombo->currentData().toInt())
                            : ResidenceStatus::Permanent;
}

QDate MemberTransferDialog::date() const
{
    return m_dateEdit->date();
}

void MemberTransferDialog::accept()
{
    const int current = m_list->currentRow();
    if (current < 0)
        return;
    if (m_mode == Mode::MoveToHousehold) {
        const quint32 row = m_shown.at(size_t(current));
        const auto household =
            HouseholdRepository(m_db).findByCode(m_index.villageId(row), m_index.householdCode(row));
        if (!household) {
            m_countLabel->setText(tr("This household no longer exists. Choose another one."));
            return;
        }
        m_chosenHousehold = household->id;
    }
    QDialog::accept();
}

} // namespace sht
