#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;

namespace sht {

class ClanCommands;
class Database;
class PeopleFinder;

// Adds households to a clan, one after the other: find one by its code or its head's name, Enter adds it
// (one undoable step) and the find field is ready for the next; Esc closes. A household of another clan is
// said to be so while it is chosen, and moving it is asked before it happens.
class ClanHouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    ClanHouseholdDialog(Database &db, ClanCommands &commands, qint64 clanId, QWidget *parent = nullptr);

    // The households added (or moved here), in the order they were.
    const QList<qint64> &added() const { return m_added; }
    PeopleFinder *finder() const { return m_finder; }

    // Adds the chosen household; false (with the reason shown) when nothing was added.
    bool addChosen();

private:
    void updateNote();
    void excludeMembers();

    Database &m_db;
    ClanCommands &m_commands;
    qint64 m_clanId = 0;
    QString m_clanName;
    QList<qint64> m_added;
    QStringList m_addedCodes;
    PeopleFinder *m_finder = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_addedLabel = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sht
