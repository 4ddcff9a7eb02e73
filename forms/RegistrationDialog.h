#pragma once

#include "Catalogue.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sht {

class Database;
class RegistrationCandidateModel;
class RegistrationCommands;

// Records the registrations (đăng ký) of a year: choose the title and the village, then either register
// the whole village at once (Ctrl+Shift+A), every village of the commune at once (Ctrl+Shift+E), or tick
// subjects one by one: type part of a name to find them, Space ticks or clears the selected rows (or a click
// on the box). Every change is written at once, as one undoable step, so Close (Esc) loses nothing.
class RegistrationDialog : public QDialog
{
    Q_OBJECT

public:
    RegistrationDialog(Database &db, RegistrationCommands &commands, int year, criteria::Title title,
                       qint64 villageId, QWidget *parent = nullptr);

    criteria::Title title() const;
    qint64 villageId() const;
    void setTitle(criteria::Title title);
    void setVillage(qint64 villageId);
    // Registered subjects changed through this dialog (new minus taken back), for the page's message.
    int changes() const { return m_changes; }

    RegistrationCandidateModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }

    void registerWholeVillage();
    // Every current village of the commune for the chosen title: one undoable step.
    void registerWholeCommune();
    // Ticks the selected rows (or clears them when all are registered already): one step.
    void toggleSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void setRegistered(const QStringList &uuids, bool registered);
    void updateCount();

    Database &m_db;
    RegistrationCommands &m_commands;
    int m_year = 0;
    int m_changes = 0;
    RegistrationCandidateModel *m_model = nullptr;
    QComboBox *m_titleCombo = nullptr;
    QComboBox *m_villageCombo = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_villageButton = nullptr;
    QPushButton *m_communeButton = nullptr;
};

} // namespace sht
