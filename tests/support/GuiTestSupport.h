#pragma once

// Helpers for the GUI tests, which drive real widgets with the keyboard (header only: the test support
// library does not link QtWidgets).
#include <QAbstractButton>
#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

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

// Keys go where the keyboard focus is, as they would for a clerk.
inline QWidget *focused()
{
    // After a modal dialog closes, the window below gets the focus back a moment later.
    (void)QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 2000);
    QWidget *w = QApplication::focusWidget();
    if (!w)
        qFatal("no widget has the keyboard focus");
    return w;
}

inline void type(const QString &text)
{
    typeText(focused(), text);
}

inline void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), k, modifiers);
}

inline void tab(int times = 1)
{
    for (int i = 0; i < times; ++i)
        key(Qt::Key_Tab);
}

// Shows a window and makes it the active one (the offscreen platform activates nothing by itself).
inline void showActive(QWidget *w)
{
    w->show();
    QApplication::setActiveWindow(w);
    if (!QTest::qWaitForWindowActive(w))
        qWarning("window not active");
}

// Runs `drive` on the modal dialog of type T that `open` shows; false when none appeared. A dialog that a
// failed check left open is closed, so the test never blocks in exec().
template <typename T>
bool whileModal(const std::function<void()> &open, const std::function<void(T *)> &drive)
{
    bool seen = false;
    int tries = 0;
    // The dialog may open a turn of the event loop after the key (a page's Ctrl+N): look again a few times.
    std::function<void()> look = [&] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++tries < 50)
                QTimer::singleShot(10, look);
            return;
        }
        seen = true;
        QApplication::setActiveWindow(dialog);
        if (!QTest::qWaitForWindowActive(dialog))
            qWarning("the dialog did not become active");
        drive(dialog);
        if (dialog->isVisible())
            dialog->reject();
    };
    QTimer::singleShot(0, look);
    QWidget *below = QApplication::activeWindow();
    open();
    // Let a dialog that opens late come and go, so that `look` never outlives this call.
    (void)QTest::qWaitFor([&] { return seen || tries >= 50; }, 2000);
    // The window manager gives the focus back to the window below; the offscreen platform does not.
    if (below && !QApplication::activeWindow()) {
        QApplication::setActiveWindow(below);
        (void)QTest::qWaitForWindowActive(below);
    }
    return seen;
}

// The mnemonics ('&' letters) of texts used more than once: "Alt+x: "first" and "second"".
inline QStringList clashingMnemonics(const QStringList &texts)
{
    QHash<QChar, QString> used;
    QStringList clashes;
    for (const QString &text : texts) {
        const int at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        if (at < 0)
            continue;
        const QChar letter = text.at(at + 1).toLower();
        if (used.contains(letter))
            clashes << QStringLiteral("Alt+%1: \"%2\" and \"%3\"").arg(letter, used.value(letter), text);
        else
            used.insert(letter, text);
    }
    return clashes;
}

// The texts with a mnemonic of a window's labelled controls and buttons (only the visible ones when asked:
// hidden ones cannot take Alt+key).
inline QStringList mnemonicTexts(QWidget *window, bool visibleOnly = false)
{
    QStringList texts;
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->buddy() && (!visibleOnly || l->isVisible()))
            texts << l->text();
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (!visibleOnly || b->isVisible())
            texts << b->text();
    return texts;
}

inline QStringList mnemonicClashes(QWidget *window)
{
    return clashingMnemonics(mnemonicTexts(window));
}

} // namespace sht::test
