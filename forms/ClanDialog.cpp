#include "ClanDialog.h"

#include "ClanCommands.h"
#include "ClanRepository.h"
#include "ClanService.h"
#include "ErrorLabel.h"
#include "PeopleFinder.h"
#include "PersonRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

ClanDialog::ClanDialog(Database &db, ClanCommands &commands, qint64 clanId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
    , m_clanId(clanId)
{
    setObjectName(QStringLiteral("clanDialog"));
    const auto stored = clanId ? ClanRepository(db).find(clanId) : std::nullopt;
    setWindowTitle(stored ? tr("Clan %1").arg(stored->name) : tr("New clan"));

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Họ Nguyễn Văn"));
    m_nameError = makeErrorLabel(this, QStringLiteral("nameError"));
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_nameEdit);
    nameColumn->addWidget(m_nameError);

    m_headValue = new QLabel(this);
    m_headValue->setObjectName(QStringLiteral("headValue"));
    m_headValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clearHeadButton = new QPushButton(tr("C&lear head"), this);
    m_clearHeadButton->setObjectName(QStringLiteral("clearHeadButton"));
    m_clearHeadButton->setAutoDefault(false);
    m_clearHeadButton->setToolTip(tr("The clan has no head recorded (Alt+L)"));
    auto *headRow = new QHBoxLayout;
    headRow->addWidget(m_headValue, 1);
    headRow->addWidget(m_clearHeadButton);

    auto *form = new QFormLayout;
    form->addRow(nameLabel, nameColumn);
    form->addRow(tr("Head of the clan:"), headRow);

    m_finder = new PeopleFinder(PeopleFinder::Mode::People, this);
    m_finder->setObjectName(QStringLiteral("headFinder"));
    m_finder->setLabelText(tr("&Find the head (name, ID number or household code):"));
    // The head is a person living in the commune now.
    m_finder->setCandidateFilter(
        [](const PeopleIndex &index, quint32 row) { return index.isCurrentResident(row); });
    m_finder->resultList()->setMinimumHeight(140);

    m_notesEdit = new QPlainTextEdit(this);
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setFixedHeight(m_notesEdit->fontMetrics().lineSpacing() * 3 + 12);
    auto *notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(m_notesEdit);

    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(stored ? tr("&Save") : tr("Cre&ate"));
    ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClanDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_finder, 1);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notesEdit);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    setTabOrder(m_nameEdit, m_finder->findEdit());
    setTabOrder(m_finder->findEdit(), m_finder->resultList());
    setTabOrder(m_finder->resultList(), m_clearHeadButton);
    setTabOrder(m_clearHeadButton, m_notesEdit);
    setTabOrder(m_notesEdit, m_buttons);

    if (stored) {
        m_nameEdit->setText(stored->name);
        m_notesEdit->setPlainText(stored->notes);
        m_headId = stored->headPersonId;
        if (const auto head = m_headId ? PersonRepository(db).find(m_headId) : std::nullopt)
            m_headName = head->name.full();
    }
    if (const Status loaded = m_finder->load(db); !loaded)
        showError(m_error, loaded.message());
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ClanDialog::validateName);
    connect(m_finder, &PeopleFinder::currentChanged, this, &ClanDialog::takeHeadFromFinder);
    connect(m_clearHeadButton, &QPushButton::clicked, this, [this] {
        m_headId = 0;
        m_headName.clear();
        m_finder->restart();
        showHead();
    });
    showHead();
    setMinimumWidth(560);
    m_nameEdit->setFocus();
}

void ClanDialog::takeHeadFromFinder()
{
    // Only what the clerk looked for: an empty find field never replaces the head already recorded.
    if (m_finder->findEdit()->text().trimmed().isEmpty())
        return;
    const auto row = m_finder->currentRow();
    if (!row)
        return;
    m_headId = m_finder->personId();
    m_headName = m_finder->index().fullName(*row);
    showHead();
}

void ClanDialog::showHead()
{
    QFont font = m_headValue->font();
    font.setBold(m_headId != 0);
    m_headValue->setFont(font);
    m_headValue->setText(m_headId ? m_headName : tr("(none; find a person below)"));
    m_clearHeadButton->setEnabled(m_headId != 0);
}

void ClanDialog::validateName()
{
    const Status s = ClanService(m_db).checkName(m_nameEdit->text(), m_clanId);
    showError(m_nameError, s ? QString() : s.message());
}

void ClanDialog::accept()
{
    const Status nameOk = ClanService(m_db).checkName(m_nameEdit->text(), m_clanId);
    if (!nameOk) {
        showError(m_nameError, nameOk.message());
        m_nameEdit->setFocus();
        m_nameEdit->selectAll();
        return;
    }
    Clan clan;
    if (m_clanId) {
        const auto stored = ClanRepository(m_db).find(m_clanId);
        if (!stored) {
            showError(m_error, tr("The clan no longer exists."));
            return;
        }
        clan = *stored;
    }
    clan.name = m_nameEdit->text();
    clan.headPersonId = m_headId;
    clan.notes = m_notesEdit->toPlainText();
    const Status s = m_clanId ? m_commands.updateClan(clan) : m_commands.createClan(clan);
    if (!s) {
        showError(m_error, s.message());
        return;
    }
    m_clanId = clan.id;
    QDialog::accept();
}

} // namespace sht
