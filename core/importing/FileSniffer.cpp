#include "FileSniffer.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

namespace sht::importing {

namespace {

constexpr qint64 sampleSize = 64 * 1024;
const QByteArray oleSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

bool startsWithAfterSpace(const QByteArray &lowerHead, const char *prefix)
{
    int i = 0;
    if (lowerHead.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < lowerHead.size() &&
           (lowerHead[i] == ' ' || lowerHead[i] == '\t' || lowerHead[i] == '\r' || lowerHead[i] == '\n'))
        ++i;
    return lowerHead.mid(i).startsWith(prefix);
}

FileSniffer::Kind oleKind(const QStringList &names)
{
    auto has = [&](const char *name) {
        return std::any_of(names.begin(), names.end(), [&](const QString &n) {
            return n.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
        });
    };
    if (has("EncryptionInfo") || has("EncryptedPackage"))
        return FileSniffer::Kind::EncryptedOoxml;
    if (has("Workbook") || has("Book"))
        return FileSniffer::Kind::Xls;
    return FileSniffer::Kind::OtherOle;
}

// Reads the directory of an OLE2 compound file (MS-CFB): header → DIFAT → FAT → directory chain. Only names
// are needed, so streams themselves are never read. Every index is bounds-checked and chains are cut after
// as many steps as the file has sectors, so a crafted file cannot loop or read out of range.
class CompoundDirectory
{
public:
    explicit CompoundDirectory(QFile &file)
        : m_file(file)
    {}

    QStringList names()
    {
        QByteArray header = m_file.read(512);
        if (header.size() < 512 || !header.startsWith(oleSignature))
            return {};
        const quint16 shift = u16(header, 0x1E);
        if (shift != 9 && shift != 12)
            return {};
        m_sectorSize = 1 << shift;
        m_sectorCount = std::max<qint64>(0, (m_file.size() - m_sectorSize) / m_sectorSize + 1);
        const quint32 fatSectors = u32(header, 0x2C);
        const quint32 firstDirectory = u32(header, 0x30);
        quint32 difatSector = u32(header, 0x44);
        for (int i = 0; i < 109 && quint32(m_fat.size()) < fatSectors; ++i)
            m_fat.append(u32(header, 0x4C + 4 * i));
        // Further FAT sector ids live in DIFAT sectors (only in files above ~7 MB).
        for (qint64 steps = 0;
             quint32(m_fat.size()) < fatSectors && difatSector < 0xFFFFFFFA && steps < m_sectorCount;
             ++steps) {
            const QByteArray sector = readSector(difatSector);
            if (sector.isEmpty())
                return {};
            const int perSector = m_sectorSize / 4 - 1;
            for (int i = 0; i < perSector && quint32(m_fat.size()) < fatSectors; ++i)
                m_fat.append(u32(sector, 4 * i));
            difatSector = u32(sector, m_sectorSize - 4);
        }

        QStringList result;
        quint32 sector = firstDirectory;
        for (qint64 steps = 0; sector < 0xFFFFFFFA && steps < m_sectorCount; ++steps) {
            const QByteArray entries = readSector(sector);
            if (entries.isEmpty())
                break;
            for (int offset = 0; offset + 128 <= entries.size(); offset += 128) {
                const int bytes = std::min<int>(u16(entries, offset + 0x40), 64);
                if (bytes < 2)
                    continue;
                const auto *utf16 = reinterpret_cast<const char16_t *>(entries.constData() + offset);
                result << QString::fromUtf16(utf16, bytes / 2 - 1);
            }
            sector = next(sector);
        }
        return result;
    }

private:
    static quint16 u16(const QByteArray &b, int at) { return qFromLittleEndian<quint16>(b.constData() + at); }
    static quint32 u32(const QByteArray &b, int at) { return qFromLittleEndian<quint32>(b.constData() + at); }

    QByteArray readSector(quint32 sector)
    {
        if (qint64(sector) >= m_sectorCount || !m_file.seek(qint64(sector + 1) * m_sectorSize))
            return {};
        QByteArray data = m_file.read(m_sectorSize);
        return data.size() == m_sectorSize ? data : QByteArray();
    }

    quint32 next(quint32 sector)
    {
        const int perSector = m_sectorSize / 4;
        const qint64 fatIndex = sector / perSector;
        if (fatIndex >= m_fat.size())
            return 0xFFFFFFFE;
        const QByteArray fat = readSector(m_fat[fatIndex]);
        if (fat.isEmpty())
            return 0xFFFFFFFE;
        return u32(fat, 4 * int(sector % perSector));
    }

    QFile &m_file;
    int m_sectorSize = 512;
    qint64 m_sectorCount = 0;
    QList<quint32> m_fat;
};

} // namespace

FileSniffer::Kind FileSniffer::sniffBytes(const QByteArray &head)
{
    if (head.isEmpty())
        return Kind::Empty;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") || head.startsWith("PK\x07\x08"))
        return Kind::Zip;
    if (head.startsWith(oleSignature))
        return Kind::Xls; // without the directory we cannot tell more; sniffFile reads it
    if (head.startsWith("%PDF-"))
        return Kind::Pdf;
    const QByteArray lower = head.left(4096).toLower();
    if (startsWithAfterSpace(lower, "<!doctype html") || startsWithAfterSpace(lower, "<html") ||
        startsWithAfterSpace(lower, "<table") || startsWithAfterSpace(lower, "<head") ||
        (startsWithAfterSpace(lower, "mime-version:") && lower.contains("multipart/related")) ||
        (startsWithAfterSpace(lower, "<?xml") && lower.contains("<html")))
        return Kind::Html;
    if (startsWithAfterSpace(lower, "<?xml") &&
        lower.contains("urn:schemas-microsoft-com:office:spreadsheet"))
        return Kind::SpreadsheetXml;
    // UTF-16 text (Excel's "Unicode Text" export) has NULs but a byte-order mark.
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return Kind::Text;
    return head.contains('\0') ? Kind::Binary : Kind::Text;
}

QStringList FileSniffer::oleStreamNames(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return CompoundDirectory(file).names();
}

FileSniffer::Kind FileSniffer::sniffFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Kind::Missing;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Kind::Unreadable;
    const Kind kind = sniffBytes(file.read(sampleSize));
    if (kind != Kind::Xls)
        return kind;
    file.close();
    const QStringList names = oleStreamNames(path);
    if (!names.isEmpty())
        return oleKind(names);
    // A directory we could not walk: look for the stream names anywhere (UTF-16LE), as a last resort.
    if (!file.open(QIODevice::ReadOnly))
        return Kind::Unreadable;
    const QByteArray all = file.read(64 * 1024 * 1024);
    auto utf16 = [](const char *ascii) {
        QByteArray out;
        for (const char *p = ascii; *p; ++p)
            out.append(*p).append('\0');
        return out;
    };
    if (all.contains(utf16("EncryptedPackage")) || all.contains(utf16("EncryptionInfo")))
        return Kind::EncryptedOoxml;
    if (all.contains(utf16("Workbook")) || all.contains(utf16("Book")))
        return Kind::Xls;
    return Kind::OtherOle;
}

} // namespace sht::importing
