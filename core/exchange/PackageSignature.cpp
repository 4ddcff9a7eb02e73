#include "PackageSignature.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace sht::exchange::signature {

namespace {
constexpr char Separator = '\x1f';
} // namespace

// Each value is a type letter and its text: n (NULL), i (integer), r (real), s (text, with '\' and the
// separator escaped). Plain text rather than JSON: a merge decodes every base row (10,000 people: 200 ms as
// JSON, 30 ms as this).
QByteArray encodeRow(const QVariantList &values)
{
    QByteArray out;
    out.reserve(16 * int(values.size()));
    for (int i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += Separator;
        const QVariant &value = values.at(i);
        if (value.isNull()) {
            out += 'n';
        } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            out += 'i';
            out += QByteArray::number(value.toLongLong());
        } else if (value.typeId() == QMetaType::Double) {
            out += 'r';
            out += QByteArray::number(value.toDouble(), 'g', 17);
        } else {
            out += 's';
            QByteArray text = value.toString().toUtf8();
            if (text.contains('\\') || text.contains(Separator))
                text.replace('\\', "\\\\").replace(Separator, "\\u");
            out += text;
        }
    }
    return out;
}

QVariantList decodeRow(const QByteArray &encoded)
{
    QVariantList values;
    const QList<QByteArray> parts = encoded.split(Separator);
    values.reserve(parts.size());
    for (const QByteArray &part : parts) {
        const char type = part.isEmpty() ? 'n' : part.at(0);
        const QByteArray text = part.mid(1);
        if (type == 'n') {
            values << QVariant();
        } else if (type == 'i') {
            values << QVariant(qlonglong(text.toLongLong()));
        } else if (type == 'r') {
            values << QVariant(text.toDouble());
        } else if (!text.contains('\\')) {
            values << QVariant(QString::fromUtf8(text));
        } else {
            QByteArray plain;
            for (int i = 0; i < text.size(); ++i) {
                if (text.at(i) == '\\' && i + 1 < text.size()) {
                    plain += text.at(i + 1) == 'u' ? Separator : text.at(i + 1);
                    ++i;
                } else {
                    plain += text.at(i);
                }
            }
            values << QVariant(QString::fromUtf8(plain));
        }
    }
    return values;
}

QByteArray sign(const QByteArray &key, const QList<package::BaseRow> &base, const MetaEntries &meta)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    const char unit = '\x1f';
    const char record = '\x1e';
    for (const auto &[name, value] : meta) {
        mac.addData(name.toUtf8());
        mac.addData(&unit, 1);
        mac.addData(value.toUtf8());
        mac.addData(&record, 1);
    }
    for (const package::BaseRow &row : base) {
        mac.addData(row.table.toUtf8());
        mac.addData(&unit, 1);
        mac.addData(row.uuid.toUtf8());
        mac.addData(&unit, 1);
        mac.addData(QByteArray::number(row.revision));
        mac.addData(&unit, 1);
        mac.addData(row.values);
        mac.addData(&record, 1);
    }
    return mac.result().toHex();
}

QByteArray newKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    return key.toHex();
}

} // namespace sht::exchange::signature
