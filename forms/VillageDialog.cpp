#include "VillageDialog.h"

#include "AdminUnitRepository.h"
#include "EditCommands.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

VillageDialog::VillageDialog(Database &db, EditCommands &edits, Action action, qint64 villageId,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_edits(edits)
    , m_action(action)
{
    setObjectName(action == Action::Rename ? QStringLiteral("villageRenameDialog")
                                           : QStringLiteral("villageMergeDialog"));
    setWindowTitle(action == Action::Rename ? tr("Rename a village") : tr("Merge two villages"));
    auto *form = new QFormLayout;
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("villageCombo"));
    const QList<AdminUnit> villages = AdminUnitRepository(db).villages();
    for (const AdminUnit &village : villages)
        m_village->addItem(village.name, village.id);
    m_village->setCurrentIndex(qMax(0, m_village->findData(villageId)));
    form->addRow(action == Action::Rename ? tr("&Village:") : tr("&Merge this village:"), m_village);

    if (action == Action::Rename) {
        m_newName = new QLineEdit(this);
        m_newName->setObjectName(QStringLiteral("newNameEdit"));
        m_newName->setPlaceholderText(tr("e.g. Thôn Đông Hòa"));
        form->addRow(tr("&New name:"), m_newName);
        connect(m_newName, &QLineEdit::textChanged, this, &VillageDialog::validate);
    } else {
        m_target = new QComboBox(this);
        m_target->setObjectName(QStringLiteral("targetCombo"));
        for (const AdminUnit &village : villages)
            m_target->addItem(village.name, village.id);
        m_target->setCurrentIndex(
            m_target->count() > 1 && m_target->currentData() == m_village->currentData() ? 1 : 0);
        form->addRow(tr("&Into:"), m_target);
        connect(m_target, &QComboBox::currentIndexChanged, this, &VillageDialog::validate);
    }
    connect(m_village, &QComboBox::currentIndexChanged, this, &VillageDialog::validate);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    form->addRow(tr("&From:"), m_date);

    auto *explanation = new QLabel(action == Action::Rename
                                       ? tr("The old name is kept for reports of the years before this date.")
                                       : tr("Every household of the first village moves into the second from "
                                            "this date. The first village is kept in the history, so reports "
                                            "of earlier years still show it."),
                                   this);
    explanation->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(action == Action::Rename ? tr("&Rename") : tr("Mer&ge"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VillageDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VillageDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    validate();
}

qint64 VillageDialog::selectedVillage() const
{
    return m_village->currentData().toLongLong();
}

void VillageDialog::validate()
{
    QString problem;
    if (m_village->count() == 0)
        problem = tr("This commune has no village yet.");
    else if (m_action == Action::Rename && m_newName->text().simplified().isEmpty())
        problem = tr("Type the new name.");
    else if (m_action == Action::Merge && m_target->currentData() == m_village->currentData())
        problem = tr("Choose two different villages.");
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void VillageDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Status status =
        m_action == Action::Rename
            ? m_edits.renameVillage(selectedVillage(), m_newName->text().simplified(), m_date->date())
            : m_edits.mergeVillages(selectedVillage(), m_target->currentData().toLongLong(), m_date->date());
    if (!status) {
        m_error->setText(status.message()); // nothing was changed: say why, keep the dialog open
        return;
    }
    QDialog::accept();
}

} // namespace sht
