#pragma once

#include "DocumentSettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sht {

class Database;
class EditCommands;

// Who issues and signs the commune's papers (DocumentSettings): the parent and issuing bodies, the
// association, the place on the date line, the chairmen and the preparer. Saved in the commune file, so
// every copy prints alike; through EditCommands (one undoable step) when given. A refusal is shown and the
// dialog stays open. Enter saves, Esc cancels.
class DocumentSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentSettingsDialog(Database &db, EditCommands *commands, QWidget *parent = nullptr);

    // What the fields hold now (trimmed).
    reporting::DocumentSettings settings() const;
    void accept() override;

private:
    QLineEdit *addField(const QString &objectName, const QString &text, const QString &placeholder);

    Database &m_db;
    EditCommands *m_commands = nullptr;
    QLineEdit *m_parentBody = nullptr;
    QLineEdit *m_issuingBody = nullptr;
    QLineEdit *m_associationBody = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_chairman = nullptr;
    QLineEdit *m_associationChairman = nullptr;
    QLineEdit *m_preparer = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sht
