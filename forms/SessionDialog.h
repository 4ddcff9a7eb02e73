#pragma once

#include "LearningCentre.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace sht {

class DateEdit;
class LearningCentreCommands;

// A new session of a course or the edit of one: its date (within the course's dates, which the dialog
// states) and its hours. OK saves as one undoable step; a refusal is shown and the dialog stays open.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    // session.id 0: a new session of `course`.
    SessionDialog(LearningCentreCommands &commands, const Course &course, const CourseSession &session,
                  QWidget *parent = nullptr);

    const CourseSession &session() const { return m_session; }
    void accept() override;

private:
    void validate();

    LearningCentreCommands &m_commands;
    Course m_course;
    CourseSession m_session;
    DateEdit *m_date = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QLabel *m_dateError = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sht
