#include "CertificateLayout.h"

#include "ReportLayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sht::reporting {

namespace {
std::optional<int> alignmentFrom(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("center"))
        return int(Qt::AlignHCenter | Qt::AlignTop);
    if (text == QLatin1String("left"))
        return int(Qt::AlignLeft | Qt::AlignTop);
    if (text == QLatin1String("right"))
        return int(Qt::AlignRight | Qt::AlignTop);
    if (text == QLatin1String("justify"))
        return int(Qt::AlignJustify | Qt::AlignTop);
    return std::nullopt;
}
} // namespace

QPageLayout::Orientation CertificateLayout::orientationFor(const QString &pageSize) const
{
    return orientation.value(pageSize.toUpper(), QPageLayout::Landscape);
}

std::optional<CertificateLayout> CertificateLayout::load(const QString &name, Status *error)
{
    const QString file = name + QStringLiteral(".json");
    const QString custom =
        QDir(ReportLayout::overrideFolder()).filePath(QStringLiteral("certificates/") + file);
    if (QFileInfo::exists(custom))
        return loadFile(custom, error);
    const QString builtIn = QStringLiteral(":/reports/certificates/") + file;
    if (!QFileInfo::exists(builtIn)) {
        if (error)
            *error = Status::failure(
                tr("There is no certificate design named \"%1\". Choose another title, or "
                   "put a design %2 in %3.")
                    .arg(name, file,
                         QDir(ReportLayout::overrideFolder()).filePath(QStringLiteral("certificates"))));
        return std::nullopt;
    }
    return loadFile(builtIn, error);
}

std::optional<CertificateLayout> CertificateLayout::loadFile(const QString &path, Status *error)
{
    auto fail = [&](const QString &message) -> std::optional<CertificateLayout> {
        if (error)
            *error = Status::failure(
                tr("The certificate design %1 cannot be used: %2. Correct the file or remove it to use the "
                   "built-in design.")
                    .arg(path, message));
        return std::nullopt;
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString());
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (json.isNull())
        return fail(
            tr("not valid JSON at character %1 (%2)").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = json.object();

    CertificateLayout layout;
    layout.name = root.value(QStringLiteral("name")).toString(QFileInfo(path).completeBaseName());
    const QJsonObject orientations = root.value(QStringLiteral("orientation")).toObject();
    for (auto it = orientations.begin(); it != orientations.end(); ++it) {
        const QString value = it.value().toString();
        if (value != QLatin1String("landscape") && value != QLatin1String("portrait"))
            return fail(tr("orientation.%1 must be \"landscape\" or \"portrait\"").arg(it.key()));
        layout.orientation.insert(it.key().toUpper(), value == QLatin1String("landscape")
                                                          ? QPageLayout::Landscape
                                                          : QPageLayout::Portrait);
    }
    layout.marginsMm = root.value(QStringLiteral("margins")).toDouble(layout.marginsMm);
    const QJsonObject border = root.value(QStringLiteral("border")).toObject();
    layout.borderOutsetMm = border.value(QStringLiteral("outset")).toDouble(layout.borderOutsetMm);
    layout.borderWidthMm = border.value(QStringLiteral("width")).toDouble(layout.borderWidthMm);
    layout.innerBorderWidthMm = border.value(QStringLiteral("inner")).toDouble(layout.innerBorderWidthMm);
    if (border.contains(QStringLiteral("color")))
        layout.borderColor = QColor(border.value(QStringLiteral("color")).toString());
    if (!layout.borderColor.isValid())
        return fail(tr("border.color is not a colour"));

    const QJsonArray blocks = root.value(QStringLiteral("blocks")).toArray();
    if (blocks.isEmpty())
        return fail(tr("blocks is missing or empty"));
    for (int i = 0; i < blocks.size(); ++i) {
        const QJsonObject b = blocks[i].toObject();
        const QString where = QStringLiteral("blocks[%1]").arg(i);
        CertificateBlock block;
        block.text = b.value(QStringLiteral("text")).toString();
        block.box = QRectF(b.value(QStringLiteral("x")).toDouble(), b.value(QStringLiteral("y")).toDouble(),
                           b.value(QStringLiteral("w")).toDouble(1), b.value(QStringLiteral("h")).toDouble());
        if (block.box.width() <= 0 || block.box.height() <= 0 || block.box.left() < 0 ||
            block.box.top() < 0 || block.box.right() > 1.0001 || block.box.bottom() > 1.0001)
            return fail(tr("%1: x, y, w and h must place the block inside the page (fractions from 0 to 1)")
                            .arg(where));
        block.size = b.value(QStringLiteral("size")).toDouble(block.size);
        if (block.size < 4 || block.size > 120)
            return fail(tr("%1.size must be between 4 and 120 points").arg(where));
        block.bold = b.value(QStringLiteral("bold")).toBool();
        block.italic = b.value(QStringLiteral("italic")).toBool();
        block.uppercase = b.value(QStringLiteral("uppercase")).toBool();
        block.rule = b.value(QStringLiteral("rule")).toBool();
        const auto alignment = alignmentFrom(b.value(QStringLiteral("align")).toString());
        if (!alignment)
            return fail(tr("%1.align must be left, center, right or justify").arg(where));
        block.alignment = *alignment;
        if (b.contains(QStringLiteral("color")))
            block.color = QColor(b.value(QStringLiteral("color")).toString());
        if (!block.color.isValid())
            return fail(tr("%1.color is not a colour").arg(where));
        layout.blocks << block;
    }
    return layout;
}

QString CertificateLayout::fill(const QString &text, const QVariantMap &fields)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString result;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += text.mid(last, m.capturedStart() - last);
        result += fields.value(m.captured(1)).toString();
        last = m.capturedEnd();
    }
    result += text.mid(last);
    // "{village}, {commune}" for a subject with no village: no dangling comma.
    static const QRegularExpression loose(QStringLiteral("^[\\s,]+|[\\s,]+$"));
    static const QRegularExpression doubled(QStringLiteral(",\\s*,"));
    result.replace(doubled, QStringLiteral(","));
    return result.replace(loose, QString());
}

} // namespace sht::reporting
