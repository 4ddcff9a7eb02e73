#pragma once

#include "LearningCentre.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sht {

class Database;
class DateEdit;
class LearningCentreCommands;
class PeopleFinder;

// Creates the commune's learning centre or edits it: its name, the date it was established and its
// director, found by typing part of a name. One undoable step; a refusal is shown and the dialog stays open.
class LearningCentreDialog : public QDialog
{
    Q_OBJECT

public:
    // centre.id 0: create it.
    LearningCentreDialog(Database &db, LearningCentreCommands &commands, const LearningCentre &centre,
                         QWidget *parent = nullptr);

    const LearningCentre &centre() const { return m_centre; }
    PeopleFinder *directorFinder() const { return m_finder; }
    void accept() override;

private:
    void updateDirector();

    Database &m_db;
    LearningCentreCommands &m_commands;
    LearningCentre m_centre;
    qint64 m_directorId = 0;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_knownDate = nullptr;
    DateEdit *m_established = nullptr;
    QLabel *m_director = nullptr;
    PeopleFinder *m_finder = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sht
