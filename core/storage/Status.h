#pragma once

#include <QString>

namespace sht {

// The result of a fallible core call: success, or a translated message that says what went wrong and what
// to do. Core never shows dialogs; the GUI and the CLI present the message.
class Status
{
public:
    Status() = default;
    static Status success() { return {}; }
    static Status failure(const QString &message)
    {
        Status s;
        s.m_ok = false;
        s.m_message = message;
        return s;
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &message() const { return m_message; }

private:
    bool m_ok = true;
    QString m_message;
};

} // namespace sht
