#include "LearningCentreDialog.h"

#include "DateEdit.h"
#include "ErrorLabel.h"
#include "LearningCentreCommands.h"
#include "PeopleFinder.h"
#include "PersonRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

LearningCentreDialog::LearningCentreDialog(Database &db, LearningCentreCommands &commands,
                                           const LearningCentre &centre, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
    , m_centre(centre)
    , m_directorId(centre.directorPersonId)
{
    setObjectName(QStringLiteral("learningCentreDialog"));
    setWindowTitle(centre.id == 0 ? tr("Create the learning centre") : tr("Edit the learning centre"));
    setMinimumWidth(560);

    m_name = new QLineEdit(centre.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Trung tâm học tập cộng đồng xã Hòa An"));

    // The founding date of an old centre is often not known: it is then left out rather than guessed.
    m_knownDate = new QCheckBox(tr("&Established on:"), this);
    m_knownDate->setObjectName(QStringLiteral("establishedCheck"));
    m_knownDate->setChecked(centre.establishedOn.isValid());
    m_established = new DateEdit(this);
    m_established->setObjectName(QStringLiteral("establishedEdit"));
    m_established->setDate(centre.establishedOn.isValid() ? centre.establishedOn : QDate::currentDate());
    m_established->setEnabled(m_knownDate->isChecked());
    connect(m_knownDate, &QCheckBox::toggled, m_established, &QWidget::setEnabled);
    auto *established = new QHBoxLayout;
    established->addWidget(m_knownDate);
    established->addWidget(m_established);
    established->addStretch();

    m_director = new QLabel(this);
    m_director->setObjectName(QStringLiteral("directorLabel"));
    auto *noDirector = new QPushButton(tr("No di&rector"), this);
    noDirector->setObjectName(QStringLiteral("clearDirectorButton"));
    noDirector->setAutoDefault(false);
    connect(noDirector, &QPushButton::clicked, this, [this] {
        m_directorId = 0;
        m_finder->findEdit()->clear();
        updateDirector();
    });
    auto *director = new QHBoxLayout;
    director->addWidget(m_director, 1);
    director->addWidget(noDirector);

    m_finder = new PeopleFinder(PeopleFinder::Mode::People, this);
    m_finder->setObjectName(QStringLiteral("directorFinder"));
    m_finder->setLabelText(tr("Find the &director (name, ID number or household code):"));
    m_finder->load(db);
    connect(m_finder, &PeopleFinder::currentChanged, this, &LearningCentreDialog::updateDirector);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(established);
    form->addRow(tr("Director:"), director);

    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(centre.id == 0 ? tr("&Create") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LearningCentreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LearningCentreDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.trimmed().isEmpty());
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!centre.name.trimmed().isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_finder, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setTabOrder(m_name, m_knownDate);
    setTabOrder(m_knownDate, m_established);
    setTabOrder(m_established, m_finder->findEdit());
    setTabOrder(m_finder->findEdit(), noDirector);
    m_name->setFocus();
    updateDirector();
}

void LearningCentreDialog::updateDirector()
{
    // A match chosen in the finder is the new director; with nothing typed the current one stays.
    const bool choosing = !m_finder->findEdit()->text().trimmed().isEmpty() && m_finder->personId() != 0;
    const qint64 id = choosing ? m_finder->personId() : m_directorId;
    const auto person = id ? PersonRepository(m_db).find(id) : std::nullopt;
    m_director->setText(person ? person->name.full() : tr("(none)"));
}

void LearningCentreDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    LearningCentre c = m_centre;
    c.name = m_name->text().simplified();
    c.establishedOn = m_knownDate->isChecked() ? m_established->date() : QDate();
    if (!m_finder->findEdit()->text().trimmed().isEmpty() && m_finder->personId() != 0)
        m_directorId = m_finder->personId();
    c.directorPersonId = m_directorId;
    const Status status = c.id == 0 ? m_commands.createCentre(c) : m_commands.updateCentre(c);
    if (!status) {
        showError(m_error, status.message());
        return;
    }
    m_centre = c;
    QDialog::accept();
}

} // namespace sht
