#pragma once

#include <QIODevice>

struct zip_file;

namespace sht::importing {

class XlsxPackage;

// One zip entry, inflated as it is read, every byte charged to the package's budget. QXmlStreamReader pulls
// from it in blocks, so a 60 MB sheet is parsed without ever being held whole in memory.
class XlsxEntryDevice : public QIODevice
{
public:
    XlsxEntryDevice(XlsxPackage &package, zip_file *file);
    ~XlsxEntryDevice() override;

    bool isSequential() const override { return true; }
    // Only after the entry's last byte was handed out: a sequential QIODevice is otherwise "at end"
    // whenever its buffer happens to be empty.
    bool atEnd() const override { return m_eof && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    XlsxPackage &m_package;
    zip_file *m_file;
    bool m_failed = false;
    bool m_eof = false;
};

} // namespace sht::importing
