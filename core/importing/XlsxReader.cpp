#include "XlsxReader.h"

#include "XlsxPackage.h"
#include "XlsxSharedStrings.h"
#include "XlsxSheetReader.h"
#include "XlsxStyles.h"
#include "XlsxXmlScanner.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <memory>

namespace sht::importing {

namespace {

struct Relationship
{
    QString type;   // the last segment of the Type URI: "worksheet", "sharedStrings", "officeDocument"…
    QString target; // resolved part name, without a leading '/'
};

// The relationships part of `part` (xl/workbook.xml → xl/_rels/workbook.xml.rels), targets resolved.
QHash<QString, Relationship> readRelationships(XlsxPackage &package, const QString &part, Status *status)
{
    const int slash = part.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : part.left(slash);
    const QString relsPart = (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) +
                             QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
    QHash<QString, Relationship> result;
    *status = Status::success();
    if (!package.hasPart(relsPart))
        return result;
    QByteArray bytes;
    *status = package.readPart(relsPart, &bytes);
    if (!status->ok())
        return result;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const auto attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            continue;
        const QString type = attributes.value(QLatin1String("Type")).toString();
        QString target = attributes.value(QLatin1String("Target")).toString();
        target = target.startsWith(QLatin1Char('/'))
                     ? QDir::cleanPath(target)
                     : QDir::cleanPath(QLatin1Char('/') + folder + QLatin1Char('/') + target);
        while (target.startsWith(QLatin1Char('/')))
            target.remove(0, 1);
        result.insert(attributes.value(QLatin1String("Id")).toString(),
                      {type.section(QLatin1Char('/'), -1), target});
    }
    return result;
}

QString relatedPart(const QHash<QString, Relationship> &relationships, const QString &type)
{
    for (const auto &r : relationships)
        if (r.type == type)
            return r.target;
    return {};
}

struct SheetEntry
{
    QString name;
    bool hidden = false;
    QString relationshipId;
};

} // namespace

Workbook XlsxReader::readFile(const QString &path, const ReadLimits &limits, Status *status)
{
    const QString displayName = QFileInfo(path).fileName();
    XlsxPackage package(displayName, limits);
    *status = package.openFile(path);
    if (!status->ok())
        return {};
    Workbook workbook = read(package, displayName, status);
    workbook.path = path;
    return workbook;
}

Workbook XlsxReader::readBuffer(const QByteArray &bytes, const QString &displayName, const ReadLimits &limits,
                                Status *status)
{
    XlsxPackage package(displayName, limits);
    *status = package.openBuffer(bytes);
    if (!status->ok())
        return {};
    return read(package, displayName, status);
}

Workbook XlsxReader::read(XlsxPackage &package, const QString &displayName, Status *status)
{
    Workbook workbook;
    workbook.format = QStringLiteral("xlsx");
    workbook.encoding = QStringLiteral("utf8");

    auto parseFailure = [&](const QXmlStreamReader &xml, const QString &what) {
        if (!package.deviceFailure().isEmpty())
            return Status::failure(package.deviceFailure());
        return Status::failure(package.damagedMessage(
            tr("%1 cannot be read: %2 at line %3").arg(what, xml.errorString()).arg(xml.lineNumber())));
    };

    auto scanFailure = [&](const XlsxXmlScanner &xml, const QString &what) {
        if (!package.deviceFailure().isEmpty())
            return Status::failure(package.deviceFailure());
        return Status::failure(
            package.damagedMessage(tr("%1 cannot be read: %2").arg(what, xml.errorString())));
    };

    // The package relations name the workbook part; nearly always xl/workbook.xml.
    const auto packageRelations = readRelationships(package, QString(), status);
    if (!status->ok())
        return {};
    QString workbookPart = relatedPart(packageRelations, QStringLiteral("officeDocument"));
    if (workbookPart.isEmpty() || !package.hasPart(workbookPart))
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!package.hasPart(workbookPart)) {
        QByteArray mimetype;
        if (package.hasPart(QStringLiteral("mimetype")) &&
            package.readPart(QStringLiteral("mimetype"), &mimetype).ok() &&
            mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            *status = Status::failure(
                tr("“%1” is an OpenDocument spreadsheet (.ods), which the import does not read. Open it in "
                   "LibreOffice Calc or Excel, save it as an Excel workbook (.xlsx), and import that file.")
                    .arg(displayName));
        } else if (package.hasPart(QStringLiteral("word/document.xml"))) {
            *status = Status::failure(tr("“%1” is a Word document, not a spreadsheet. Copy its table into "
                                         "Excel, save it as an Excel "
                                         "workbook (.xlsx), and import that file.")
                                          .arg(displayName));
        } else {
            *status = Status::failure(tr("“%1” is a zip archive, not an Excel workbook. If the register is "
                                         "inside it, extract it first and import the workbook itself.")
                                          .arg(displayName));
        }
        return {};
    }

    // The workbook part: sheets in tab order, hidden ones, the date system.
    QList<SheetEntry> sheets;
    bool date1904 = false;
    {
        QByteArray bytes;
        *status = package.readPart(workbookPart, &bytes);
        if (!status->ok())
            return {};
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto attributes = xml.attributes();
            if (xml.name() == u"workbookPr") {
                const auto value = attributes.value(QLatin1String("date1904"));
                date1904 = value == u"1" || value == u"true";
            } else if (xml.name() == u"sheet") {
                SheetEntry entry;
                entry.name = attributes.value(QLatin1String("name")).toString();
                const auto state = attributes.value(QLatin1String("state"));
                entry.hidden = state == u"hidden" || state == u"veryHidden";
                for (const auto &a : attributes)
                    if (a.name() == u"id")
                        entry.relationshipId = a.value().toString();
                sheets.append(entry);
            }
        }
        if (xml.hasError()) {
            *status = parseFailure(xml, workbookPart);
            return {};
        }
    }
    const auto relations = readRelationships(package, workbookPart, status);
    if (!status->ok())
        return {};

    XlsxSharedStrings strings;
    const QString stringsPart = relatedPart(relations, QStringLiteral("sharedStrings"));
    if (!stringsPart.isEmpty() && package.hasPart(stringsPart)) {
        std::unique_ptr<QIODevice> device = package.openPart(stringsPart, status);
        if (!device)
            return {};
        XlsxXmlScanner xml(device.get());
        if (!strings.read(xml, package.limits())) {
            *status = scanFailure(xml, stringsPart);
            return {};
        }
    }
    XlsxStyles styles;
    const QString stylesPart = relatedPart(relations, QStringLiteral("styles"));
    if (!stylesPart.isEmpty() && package.hasPart(stylesPart)) {
        std::unique_ptr<QIODevice> device = package.openPart(stylesPart, status);
        if (!device)
            return {};
        QXmlStreamReader xml(device.get());
        if (!styles.read(xml)) {
            *status = parseFailure(xml, stylesPart);
            return {};
        }
    }

    for (const SheetEntry &entry : qAsConst(sheets)) {
        const auto relation = relations.constFind(entry.relationshipId);
        // Chart sheets and dialog sheets hold no cells.
        if (relation == relations.cend() || relation->type != u"worksheet" ||
            !package.hasPart(relation->target))
            continue;
        std::unique_ptr<QIODevice> device = package.openPart(relation->target, status);
        if (!device)
            return {};
        SheetGrid grid;
        grid.name = entry.name;
        grid.hidden = entry.hidden;
        XlsxXmlScanner xml(device.get());
        XlsxSheetReader reader(strings, styles, date1904, package.limits());
        const QString refusal = reader.read(xml, displayName, &grid);
        if (!refusal.isEmpty()) {
            *status = Status::failure(refusal);
            return {};
        }
        if (reader.scanFailed()) {
            *status = scanFailure(xml, tr("sheet “%1”").arg(entry.name));
            return {};
        }
        workbook.sheets.append(std::move(grid));
    }
    *status = Status::success();
    return workbook;
}

} // namespace sht::importing
