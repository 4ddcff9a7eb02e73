#include "StaffDialog.h"

#include "ErrorLabel.h"
#include "MemberFields.h"
#include "PeopleFinder.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sht {

StaffDialog::StaffDialog(Database &db, Mode mode, const QString &unitName, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_unitName(unitName)
{
    const bool adding = mode == Mode::Add;
    setWindowTitle(adding ? tr("Add staff to %1").arg(unitName) : tr("Left %1").arg(unitName));
    auto *layout = new QVBoxLayout(this);
    QList<QWidget *> order;
    if (adding)
        setMinimumWidth(600); // room for "name, born ... — lives in household ... (village)"

    if (adding) {
        m_finder = new PeopleFinder(PeopleFinder::Mode::People, this);
        m_finder->setObjectName(QStringLiteral("staffFinder"));
        m_finder->load(db);
        layout->addWidget(m_finder, 1);
        m_choiceError = makeErrorLabel(this, QStringLiteral("choiceError"));
        layout->addWidget(m_choiceError);
        connect(m_finder, &PeopleFinder::currentChanged, this, &StaffDialog::updateOk);
        order << m_finder->findEdit() << m_finder->resultList();
    } else {
        m_promptLabel = new QLabel(this);
        m_promptLabel->setObjectName(QStringLiteral("promptLabel"));
        m_promptLabel->setWordWrap(true);
        layout->addWidget(m_promptLabel);
    }

    auto *form = new QFormLayout;
    if (adding) {
        m_roleEdit = new QLineEdit(this);
        m_roleEdit->setObjectName(QStringLiteral("roleEdit"));
        m_roleEdit->setPlaceholderText(tr("e.g. Hiệu trưởng, Giáo viên, Kế toán"));
        auto *roleLabel = new QLabel(tr("&Role:"), this);
        roleLabel->setBuddy(m_roleEdit);
        form->addRow(roleLabel, m_roleEdit);
        order << m_roleEdit;
    }
    m_dateEdit = memberfields::dateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    auto *dateLabel = new QLabel(adding ? tr("&Since:") : tr("&Left on:"), this);
    dateLabel->setBuddy(m_dateEdit);
    form->addRow(dateLabel, m_dateEdit);
    layout->addLayout(form);
    order << m_dateEdit;

    m_coreError = makeErrorLabel(this, QStringLiteral("coreError"));
    layout->addWidget(m_coreError);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StaffDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    memberfields::chainTabOrder(order << m_buttons);

    if (adding)
        m_finder->findEdit()->setFocus();
    else
        m_dateEdit->setFocus();
    updateOk();
}

void StaffDialog::setCurrentStaff(const QSet<qint64> &personIds)
{
    m_currentStaff = personIds;
    updateOk();
}

void StaffDialog::setEndedRow(const QString &personName, const QDate &since)
{
    if (!m_promptLabel)
        return;
    m_promptLabel->setText(
        since.isValid() ? tr("When did %1 leave %2? They started on %3.")
                              .arg(personName, m_unitName, since.toString(QStringLiteral("dd/MM/yyyy")))
                        : tr("When did %1 leave %2?").arg(personName, m_unitName));
    if (since.isValid())
        m_dateEdit->setMinimumDate(since);
}

qint64 StaffDialog::personId() const
{
    return m_finder ? m_finder->personId() : 0;
}

QString StaffDialog::role() const
{
    return m_roleEdit ? m_roleEdit->text().trimmed() : QString();
}

QDate StaffDialog::date() const
{
    return m_dateEdit->date();
}

void StaffDialog::updateOk()
{
    bool ok = true;
    if (m_mode == Mode::Add) {
        const qint64 person = personId();
        const bool already = person != 0 && m_currentStaff.contains(person);
        showError(m_choiceError,
                  already
                      ? tr("%1 is already on the staff of %2. To record a new role, first record the date "
                           "they left the old one (Left on…).")
                            .arg(m_finder->index().fullName(*m_finder->currentRow()), m_unitName)
                      : QString());
        ok = person != 0 && !already;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void StaffDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_saver) {
        const Status status = m_saver(personId(), role(), date());
        if (!status) {
            showError(m_coreError, status.message());
            return;
        }
    }
    QDialog::accept();
}

} // namespace sht
