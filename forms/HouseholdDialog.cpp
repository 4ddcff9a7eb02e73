#include "HouseholdDialog.h"

#include "HouseholdEditor.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

HouseholdDialog::HouseholdDialog(Database &db, EditCommands &edits, ChangeNotifier &notifier,
                                 qint64 householdId, QWidget *parent)
    : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_editor = new HouseholdEditor(db, edits, notifier, this);
    layout->addWidget(m_editor);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // No default button: Enter in the members' table edits the person, it must not close the window.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &HouseholdEditor::householdRemoved, this, &QDialog::reject);
    m_editor->setHousehold(householdId);
    setWindowTitle(tr("Household %1").arg(m_editor->householdCode()));
    resize(1120, 480);
}

} // namespace sht
