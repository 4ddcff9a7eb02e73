#include "XlsxPackage.h"

#include "XlsxEntryDevice.h"

#include <QFile>

#include <zip.h>

namespace sht::importing {

XlsxPackage::XlsxPackage(const QString &displayName, const ReadLimits &limits)
    : m_displayName(displayName)
    , m_limits(limits)
{}

XlsxPackage::~XlsxPackage()
{
    if (m_zip)
        zip_discard(m_zip);
}

QString XlsxPackage::damagedMessage(const QString &detail) const
{
    return tr("“%1” is damaged and cannot be read (%2). Open it in Excel and save it again, or ask for a new "
              "copy of the file.")
        .arg(m_displayName, detail);
}

QString XlsxPackage::tooLargeMessage() const
{
    return tr("“%1” is refused: unpacked, it would be larger than %2 MB, the import's limit. A register is "
              "far "
              "smaller: the file is damaged or made to exhaust the computer's memory (a “zip bomb”).")
        .arg(m_displayName)
        .arg(m_limits.maxUncompressedBytes / (1024 * 1024));
}

Status XlsxPackage::finishOpen(int errorCode, const QString &errorText)
{
    if (!m_zip) {
        if (errorCode == ZIP_ER_NOZIP || errorCode == ZIP_ER_INCONS || errorCode == ZIP_ER_EOF ||
            errorCode == ZIP_ER_SEEK || errorCode == ZIP_ER_READ || errorCode == ZIP_ER_CRC)
            return Status::failure(damagedMessage(tr("its zip archive is broken: %1").arg(errorText)));
        if (errorCode == ZIP_ER_MEMORY)
            return Status::failure(tooLargeMessage());
        return Status::failure(
            tr("“%1” cannot be opened (%2). Check that the file is not open in another program and that you "
               "may read it.")
                .arg(m_displayName, errorText));
    }
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *name = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (name)
            m_index.insert(QString::fromUtf8(name).toLower(), i);
    }
    return Status::success();
}

Status XlsxPackage::openFile(const QString &path)
{
    int error = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    zip_error_t ze;
    zip_error_init_with_code(&ze, error);
    const QString text = QString::fromUtf8(zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return finishOpen(error, text);
}

Status XlsxPackage::openBuffer(const QByteArray &bytes)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &ze);
    if (source) {
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &ze);
        if (!m_zip)
            zip_source_free(source);
    }
    const int error = zip_error_code_zip(&ze);
    const QString text = QString::fromUtf8(zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return finishOpen(error, text);
}

QString XlsxPackage::findPart(const QString &name) const
{
    QString key = name.toLower();
    while (key.startsWith(QLatin1Char('/')))
        key.remove(0, 1);
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return {};
    return QString::fromUtf8(zip_get_name(m_zip, zip_uint64_t(*it), ZIP_FL_ENC_GUESS));
}

bool XlsxPackage::charge(qint64 bytes)
{
    m_unpacked += bytes;
    if (m_unpacked <= m_limits.maxUncompressedBytes)
        return true;
    if (m_failure.isEmpty())
        m_failure = tooLargeMessage();
    return false;
}

std::unique_ptr<QIODevice> XlsxPackage::openPart(const QString &name, Status *status)
{
    QString key = name.toLower();
    while (key.startsWith(QLatin1Char('/')))
        key.remove(0, 1);
    const auto it = m_index.constFind(key);
    if (it == m_index.cend()) {
        *status = Status::failure(damagedMessage(tr("the part %1 is missing").arg(name)));
        return nullptr;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(*it), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
        m_unpacked + qint64(st.size) > m_limits.maxUncompressedBytes) {
        m_failure = tooLargeMessage();
        *status = Status::failure(m_failure);
        return nullptr;
    }
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(*it), 0);
    if (!file) {
        zip_error_t *ze = zip_get_error(m_zip);
        if (zip_error_code_zip(ze) == ZIP_ER_NOPASSWD || zip_error_code_zip(ze) == ZIP_ER_ENCRNOTSUPP)
            *status = Status::failure(
                tr("“%1” is protected by a password: open it in Excel, remove the password (File > Info > "
                   "Protect workbook), save, and import again.")
                    .arg(m_displayName));
        else
            *status = Status::failure(damagedMessage(QString::fromUtf8(zip_error_strerror(ze))));
        return nullptr;
    }
    *status = Status::success();
    return std::make_unique<XlsxEntryDevice>(*this, file);
}

Status XlsxPackage::readPart(const QString &name, QByteArray *bytes)
{
    Status status;
    std::unique_ptr<QIODevice> device = openPart(name, &status);
    if (!device)
        return status;
    bytes->clear();
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = device->read(buffer, sizeof buffer);
        if (n < 0)
            return Status::failure(m_failure.isEmpty() ? damagedMessage(name) : m_failure);
        if (n == 0)
            break;
        bytes->append(buffer, n);
    }
    return Status::success();
}

} // namespace sht::importing
