#include "MessageBox.h"

namespace sht {

namespace {
// The seam's state: set only by tests, read by every box.
QMessageBox::StandardButton s_nextAnswer = QMessageBox::NoButton;
bool s_autoAnswer = false;
QList<MessageBox::Record> s_records;

QMessageBox::StandardButton firstButton(QMessageBox::StandardButtons buttons)
{
    for (uint bit = QMessageBox::FirstButton; bit <= QMessageBox::LastButton; bit <<= 1) {
        if (buttons.testFlag(QMessageBox::StandardButton(bit)))
            return QMessageBox::StandardButton(bit);
    }
    return QMessageBox::NoButton;
}
} // namespace

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                                           Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    if (s_nextAnswer != QMessageBox::NoButton || s_autoAnswer) {
        show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

void MessageBox::setAutoAnswer(bool on)
{
    s_autoAnswer = on;
}

QList<MessageBox::Record> MessageBox::records()
{
    return s_records;
}

void MessageBox::clearRecords()
{
    s_records.clear();
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                    const QString &text, Buttons buttons, Button defaultButton)
{
    if (s_nextAnswer != QMessageBox::NoButton || s_autoAnswer) {
        Button answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        if (answer == QMessageBox::NoButton)
            answer = defaultButton != QMessageBox::NoButton ? defaultButton : firstButton(buttons);
        s_records.append({icon, title, text, answer});
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const int result = box.exec();
    return box.clickedButton() ? box.standardButton(box.clickedButton()) : Button(result);
}

} // namespace sht
