#include "CourseDialog.h"

#include "CourseField.h"
#include "DateEdit.h"
#include "ErrorLabel.h"
#include "LearningCentreCommands.h"
#include "LearningCentreService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

namespace {
// Courses are planned ahead: any date of the century is fine (DateEdit stops at today, for births).
void allowFuture(DateEdit *edit)
{
    edit->setMaximumDate(QDate(2200, 12, 31));
}
} // namespace

CourseDialog::CourseDialog(LearningCentreCommands &commands, const Course &course, QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_course(course)
{
    setObjectName(QStringLiteral("courseDialog"));
    setWindowTitle(course.id == 0 ? tr("New course") : tr("Edit course"));
    setMinimumWidth(520);

    m_title = new QLineEdit(course.title, this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("e.g. Kỹ thuật trồng lúa"));
    m_titleError = makeErrorLabel(this, QStringLiteral("titleError"));

    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("fieldCombo"));
    for (const QString &code : CourseField::codes())
        m_field->addItem(CourseField::label(code), code);
    if (!course.field.isEmpty() && m_field->findData(course.field) < 0)
        m_field->addItem(CourseField::label(course.field), course.field); // an old code is kept as stored
    m_field->setCurrentIndex(qMax(0, m_field->findData(course.field)));

    m_start = new DateEdit(this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    allowFuture(m_start);
    m_start->setDate(course.startDate.isValid() ? course.startDate : QDate::currentDate());
    m_end = new DateEdit(this);
    m_end->setObjectName(QStringLiteral("endEdit"));
    allowFuture(m_end);
    m_end->setDate(course.endDate.isValid() ? course.endDate : m_start->date());
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_end);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(toLabel);
    dates->addWidget(m_end);
    dates->addStretch();
    m_datesError = makeErrorLabel(this, QStringLiteral("datesError"));

    m_hours = new QDoubleSpinBox(this);
    m_hours->setObjectName(QStringLiteral("hoursSpin"));
    m_hours->setRange(-1000, 10000); // a negative value is explained rather than silently refused
    m_hours->setDecimals(1);
    m_hours->setValue(course.hours);
    m_hoursError = makeErrorLabel(this, QStringLiteral("hoursError"));

    m_place = new QLineEdit(course.location, this);
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_place->setPlaceholderText(tr("e.g. Nhà văn hóa thôn Đông"));
    m_notes = new QPlainTextEdit(course.notes, this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_titleError);
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&Dates from:"), dates);
    form->addRow(QString(), m_datesError);
    form->addRow(tr("Planned &hours:"), m_hours);
    form->addRow(QString(), m_hoursError);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Notes:"), m_notes);
    // The "Dates from" label's buddy is the first date.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(dates)))
        label->setBuddy(m_start);

    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(course.id == 0 ? tr("&Add the course") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CourseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CourseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textChanged, this, &CourseDialog::validate);
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate &start) {
        // A one-day course is the common case: the end follows the start until it is set apart.
        if (m_end->date() < start)
            m_end->setDate(start);
        validate();
    });
    connect(m_end, &QDateEdit::dateChanged, this, &CourseDialog::validate);
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, &CourseDialog::validate);
    m_title->setFocus();
    validate();
}

Course CourseDialog::collect() const
{
    Course c = m_course;
    c.title = m_title->text().simplified();
    c.field = m_field->currentData().toString();
    c.startDate = m_start->date();
    c.endDate = m_end->date();
    c.hours = m_hours->value();
    c.location = m_place->text().simplified();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

void CourseDialog::validate()
{
    const Course c = collect();
    const QString title = LearningCentreService::titleProblem(c.title);
    const QString dates = LearningCentreService::datesProblem(c.startDate, c.endDate);
    const QString hours = LearningCentreService::hoursProblem(c.hours);
    // A title not typed yet is not an error to shout about: OK stays off until there is one.
    showError(m_titleError, m_title->isModified() ? title : QString());
    showError(m_datesError, dates);
    showError(m_hoursError, hours);
    showError(m_error, QString());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(title.isEmpty() && dates.isEmpty() && hours.isEmpty());
}

void CourseDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    Course c = collect();
    const Status status = c.id == 0 ? m_commands.createCourse(c) : m_commands.updateCourse(c);
    if (!status) {
        showError(m_error, status.message()); // nothing changed: say why, keep the dialog open
        return;
    }
    m_course = c;
    QDialog::accept();
}

} // namespace sht
