#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMessageBox>
#include <QString>

namespace sht {

// Every modal message box of the GUI goes through here, so tests can answer it without a human
// (KeePassXC's MessageBox::setNextAnswer). Widgets call these instead of QMessageBox's statics.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);
    static void about(QWidget *parent, const QString &title, const QString &text);

    // What a box answered through the seam said, for tests to check.
    struct Record
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        Button answer = QMessageBox::NoButton;
    };

    // Tests: the next box is not shown; it returns `answer` at once (and is recorded).
    static void setNextAnswer(Button answer);
    // Tests: while on, no box is ever shown; each returns its default button (else its first) and is
    // recorded.
    static void setAutoAnswer(bool on);
    // Tests: the boxes answered through the seam since the last clearRecords(), oldest first.
    static QList<Record> records();
    static void clearRecords();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                       Buttons buttons, Button defaultButton);
};

} // namespace sht
