#pragma once

#include <QDialog>

namespace sht {

class ChangeNotifier;
class Database;
class EditCommands;
class HouseholdEditor;

// The household editor in a window of its own, with Close (Esc). Every change is saved as it is made.
class HouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    HouseholdDialog(Database &db, EditCommands &edits, ChangeNotifier &notifier, qint64 householdId,
                    QWidget *parent = nullptr);

    HouseholdEditor *editor() const { return m_editor; }

private:
    HouseholdEditor *m_editor = nullptr;
};

} // namespace sht
