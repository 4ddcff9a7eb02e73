#include "XlsxEntryDevice.h"

#include "XlsxPackage.h"

#include <zip.h>

namespace sht::importing {

XlsxEntryDevice::XlsxEntryDevice(XlsxPackage &package, zip_file *file)
    : m_package(package)
    , m_file(file)
{
    open(QIODevice::ReadOnly);
}

XlsxEntryDevice::~XlsxEntryDevice()
{
    zip_fclose(m_file);
}

qint64 XlsxEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
    if (n < 0) {
        // A CRC mismatch or broken deflate stream: the archive is damaged.
        m_failed = true;
        if (m_package.m_failure.isEmpty())
            m_package.m_failure =
                m_package.damagedMessage(QString::fromUtf8(zip_error_strerror(zip_file_get_error(m_file))));
        return -1;
    }
    if (n == 0)
        m_eof = true;
    if (!m_package.charge(n)) {
        m_failed = true;
        return -1;
    }
    return n;
}

} // namespace sht::importing
