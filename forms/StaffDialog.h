#pragma once

#include "Status.h"

#include <QDate>
#include <QDialog>
#include <QSet>

#include <functional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sht {

class Database;
class PeopleFinder;

// A staff member of a local unit:
// - Add: find a living person of the register by typing (PeopleFinder), their role and the date they
//   started; a person already on the unit's current staff is refused beside the list, with the reason.
// - End: the date the staff member left (not before they started).
// OK calls the saver (LocalUnitCommands::addStaff or endStaff) and closes only when it succeeds; a refusal
// is shown in the dialog. Enter is OK, Esc is Cancel.
class StaffDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, End };
    // Add: (personId, role, since); End: (0, "", leftOn).
    using Saver = std::function<Status(qint64 personId, const QString &role, const QDate &date)>;

    StaffDialog(Database &db, Mode mode, const QString &unitName, QWidget *parent = nullptr);

    // Add: the people on the unit's staff now (refused beside the list, with the reason).
    void setCurrentStaff(const QSet<qint64> &personIds);
    // End: whose row ends, and when it began (the earliest date allowed).
    void setEndedRow(const QString &personName, const QDate &since);
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    PeopleFinder *finder() const { return m_finder; }
    qint64 personId() const;
    QString role() const;
    QDate date() const;

    void accept() override;

private:
    void updateOk();

    Mode m_mode;
    QString m_unitName;
    QSet<qint64> m_currentStaff;
    PeopleFinder *m_finder = nullptr;
    QLabel *m_promptLabel = nullptr;
    QLabel *m_choiceError = nullptr;
    QLineEdit *m_roleEdit = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QLabel *m_coreError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Saver m_saver;
};

} // namespace sht
