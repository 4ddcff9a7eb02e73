#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sht {

class ClanCommands;
class Database;
class PeopleFinder;

// A new clan, or the name, head and notes of an existing one. The name is explained next to its field when
// it is empty or already used by another clan; the head is found by typing (any part of a name, an ID number
// or a household code) and is optional. Saving is one undoable step.
class ClanDialog : public QDialog
{
    Q_OBJECT

public:
    // clanId 0: a new clan.
    ClanDialog(Database &db, ClanCommands &commands, qint64 clanId, QWidget *parent = nullptr);

    // The clan created or edited (after accept()).
    qint64 clanId() const { return m_clanId; }
    qint64 headPersonId() const { return m_headId; }

    void accept() override;

private:
    void validateName();
    void showHead();
    void takeHeadFromFinder();

    Database &m_db;
    ClanCommands &m_commands;
    qint64 m_clanId = 0;
    qint64 m_headId = 0;
    QString m_headName;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_headValue = nullptr;
    QPushButton *m_clearHeadButton = nullptr;
    PeopleFinder *m_finder = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sht
