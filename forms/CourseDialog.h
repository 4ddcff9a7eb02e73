#pragma once

#include "LearningCentre.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sht {

class DateEdit;
class LearningCentreCommands;

// A new course or the edit of one: title, field, dates, planned hours, place and notes. A wrong value is
// explained under its field (the same words core uses); OK saves as one undoable step, and a refusal from
// core is shown in the dialog, which stays open.
class CourseDialog : public QDialog
{
    Q_OBJECT

public:
    // course.id 0: a new course.
    CourseDialog(LearningCentreCommands &commands, const Course &course, QWidget *parent = nullptr);

    // The course as saved (with its id once accepted).
    const Course &course() const { return m_course; }
    void accept() override;

private:
    void validate();
    Course collect() const;

    LearningCentreCommands &m_commands;
    Course m_course;
    QLineEdit *m_title = nullptr;
    QComboBox *m_field = nullptr;
    DateEdit *m_start = nullptr;
    DateEdit *m_end = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QLineEdit *m_place = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_titleError = nullptr;
    QLabel *m_datesError = nullptr;
    QLabel *m_hoursError = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sht
