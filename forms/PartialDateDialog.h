#pragma once

#include "PartialDate.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sht {

// Asks for one date as precise as the clerk knows it (a year, a month, or a day: "2019", "03/2019",
// "15/03/2019"), today's date to start with. OK only while the date reads and is not in the future.
class PartialDateDialog : public QDialog
{
    Q_OBJECT

public:
    // prompt: one sentence above the field; fieldLabel: the field's label, with a mnemonic.
    PartialDateDialog(const QString &title, const QString &prompt, const QString &fieldLabel,
                      QWidget *parent = nullptr);

    PartialDate date() const;

private:
    void revalidate();

    QLineEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sht
