#pragma once

#include "LocalUnit.h"
#include "Status.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sht {

class Database;

// A local unit's fields: name (required, explained beside the field), kind, managing level, village, total
// staff and notes, with a live line saying which criteria will judge the unit and why. OK calls the saver
// (LocalUnitCommands::createUnit or updateUnit) and closes only when it succeeds; a refusal is shown in the
// dialog. Enter is OK, Esc is Cancel.
class LocalUnitDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(LocalUnit &)>;

    LocalUnitDialog(Database &db, const QString &title, QWidget *parent = nullptr);

    void setUnit(const LocalUnit &unit);
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // The unit as typed (after OK: as saved, with its id).
    LocalUnit unit() const;

    void accept() override;

private:
    void updateCriteria();
    void updateNameError();

    Database &m_db;
    LocalUnit m_unit;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameError = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_levelCombo = nullptr;
    QLabel *m_criteriaLabel = nullptr;
    QComboBox *m_villageCombo = nullptr;
    QSpinBox *m_staffSpin = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    QLabel *m_coreError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Saver m_saver;
};

} // namespace sht
