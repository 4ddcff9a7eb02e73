#include "ClanHouseholdDialog.h"

#include "ClanCommands.h"
#include "ClanRepository.h"
#include "ErrorLabel.h"
#include "HouseholdRepository.h"
#include "MessageBox.h"
#include "PeopleFinder.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace sht {

ClanHouseholdDialog::ClanHouseholdDialog(Database &db, ClanCommands &commands, qint64 clanId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
    , m_clanId(clanId)
{
    setObjectName(QStringLiteral("clanHouseholdDialog"));
    const auto clan = ClanRepository(db).find(clanId);
    m_clanName = clan ? clan->name : QString();
    setWindowTitle(tr("Add households to %1").arg(m_clanName));

    m_finder = new PeopleFinder(PeopleFinder::Mode::Households, this);
    m_finder->setObjectName(QStringLiteral("householdFinder"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("moveNote"));
    m_note->setWordWrap(true);
    m_addedLabel = new QLabel(this);
    m_addedLabel->setObjectName(QStringLiteral("addedLabel"));
    m_addedLabel->setWordWrap(true);
    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = m_buttons->addButton(tr("&Add"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addButton"));
    add->setDefault(true);
    add->setToolTip(tr("Adds the chosen household to the clan (Enter)"));
    connect(add, &QPushButton::clicked, this, &ClanHouseholdDialog::addChosen);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_finder, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(m_addedLabel);
    layout->addWidget(m_buttons);

    excludeMembers();
    if (const Status loaded = m_finder->load(db); !loaded)
        showError(m_error, loaded.message());
    connect(m_finder, &PeopleFinder::currentChanged, this, &ClanHouseholdDialog::updateNote);
    updateNote();
    setMinimumWidth(560);
    m_finder->findEdit()->setFocus();
}

void ClanHouseholdDialog::excludeMembers()
{
    // The clan's own households are not offered: they are members already.
    QList<ClanHouseholdSummary> members;
    (void)ClanRepository(m_db).householdSummaries(m_clanId, &members);
    QSet<QString> keys;
    for (const ClanHouseholdSummary &h : members)
        keys.insert(QString::number(h.villageId) + QLatin1Char('/') + h.code);
    m_finder->setCandidateFilter([keys](const PeopleIndex &index, quint32 row) {
        return !keys.contains(QString::number(index.villageId(row)) + QLatin1Char('/') +
                              index.householdCode(row));
    });
}

void ClanHouseholdDialog::updateNote()
{
    showError(m_error, QString());
    const qint64 householdId = m_finder->householdId(m_db);
    const qint64 other = householdId ? ClanRepository(m_db).clanOfHousehold(householdId) : 0;
    const auto otherClan = other && other != m_clanId ? ClanRepository(m_db).find(other) : std::nullopt;
    m_note->setText(otherClan ? tr("This household is a member of %1 now; adding it moves it to %2.")
                                    .arg(otherClan->name, m_clanName)
                              : QString());
    m_note->setVisible(otherClan.has_value());
}

bool ClanHouseholdDialog::addChosen()
{
    const qint64 householdId = m_finder->householdId(m_db);
    if (householdId == 0) {
        showError(m_error, tr("Find the household first: type part of its code or of its head's name."));
        m_finder->findEdit()->setFocus();
        return false;
    }
    const auto household = HouseholdRepository(m_db).find(householdId);
    const QString code = household ? household->code : QString();
    const qint64 other = ClanRepository(m_db).clanOfHousehold(householdId);
    if (other && other != m_clanId) {
        const auto otherClan = ClanRepository(m_db).find(other);
        const QString otherName = otherClan ? otherClan->name : QString();
        if (MessageBox::question(
                this, tr("Move the household to another clan"),
                tr("Household %1 is a member of %2. A household belongs to one clan only.\n\n"
                   "Move it from %2 to %3?")
                    .arg(code, otherName, m_clanName),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return false;
    }
    if (const Status s = m_commands.addHousehold(m_clanId, householdId); !s) {
        showError(m_error, s.message());
        return false;
    }
    m_added << householdId;
    m_addedCodes << code;
    m_addedLabel->setText(tr("Added to %1: %2").arg(m_clanName, m_addedCodes.join(QStringLiteral(", "))));
    excludeMembers();
    m_finder->restart();
    return true;
}

} // namespace sht
