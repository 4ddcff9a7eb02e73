#pragma once

// Helpers for the GUI tests (header only: the test support library does not link QtWidgets).
#include <QString>
#include <QTest>
#include <QWidget>

namespace sht::test {

// Types text key by key, as a keyboard would: each character is one key event carrying its text, so
// Vietnamese letters (which QTest::keyClicks cannot map to a key) arrive too, and every keystroke refilters.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        const Qt::Key key = c.isLetter() && c.unicode() < 128
                                ? Qt::Key(Qt::Key_A + (c.toUpper().unicode() - 'A'))
                            : c.isDigit() ? Qt::Key(Qt::Key_0 + (c.unicode() - '0'))
                            : c == u' '   ? Qt::Key_Space
                                          : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, widget, key, QString(c), Qt::NoModifier);
    }
}

} // namespace sht::test
