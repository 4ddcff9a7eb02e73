#include "SessionDialog.h"

#include "DateEdit.h"
#include "ErrorLabel.h"
#include "LearningCentreCommands.h"
#include "LearningCentreService.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

SessionDialog::SessionDialog(LearningCentreCommands &commands, const Course &course,
                             const CourseSession &session, QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_course(course)
    , m_session(session)
{
    setObjectName(QStringLiteral("sessionDialog"));
    setWindowTitle(session.id == 0 ? tr("New session") : tr("Edit session"));
    setMinimumWidth(420);

    const QString format = QStringLiteral("dd/MM/yyyy");
    auto *about = new QLabel(
        course.endDate.isValid()
            ? tr("%1 runs from %2 to %3.")
                  .arg(course.title, course.startDate.toString(format), course.endDate.toString(format))
            : tr("%1 starts on %2.").arg(course.title, course.startDate.toString(format)),
        this);
    about->setObjectName(QStringLiteral("courseDatesLabel"));
    about->setWordWrap(true);

    m_date = new DateEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setMaximumDate(QDate(2200, 12, 31));
    m_date->setDate(session.heldOn.isValid() ? session.heldOn : QDate::currentDate());
    m_dateError = makeErrorLabel(this, QStringLiteral("dateError"));
    m_hours = new QDoubleSpinBox(this);
    m_hours->setObjectName(QStringLiteral("hoursSpin"));
    m_hours->setRange(0, 24);
    m_hours->setDecimals(1);
    m_hours->setValue(session.hours);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_dateError);
    form->addRow(tr("&Hours:"), m_hours);

    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(session.id == 0 ? tr("&Add the session") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &SessionDialog::validate);
    m_date->setFocus();
    validate();
}

void SessionDialog::validate()
{
    const QString problem = LearningCentreService::sessionDateProblem(m_date->date(), m_course);
    showError(m_dateError, problem);
    showError(m_error, QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SessionDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    CourseSession s = m_session;
    s.courseId = m_course.id;
    s.heldOn = m_date->date();
    s.hours = m_hours->value();
    const Status status = s.id == 0 ? m_commands.addSession(s) : m_commands.updateSession(s);
    if (!status) {
        showError(m_error, status.message());
        return;
    }
    m_session = s;
    QDialog::accept();
}

} // namespace sht
