#include "DocumentSettings.h"

#include "AuditedWriter.h"
#include "Database.h"
#include "ReportRepository.h"
#include "SettingsRepository.h"
#include "Transaction.h"

namespace sht::reporting {

namespace {

// Keys in the file's meta table: every copy of the file prints the same names.
const char *const ParentBodyKey = "document.parent_body";
const char *const IssuingBodyKey = "document.issuing_body";
const char *const AssociationBodyKey = "document.association_body";
const char *const PlaceKey = "document.place";
const char *const ChairmanKey = "document.chairman_name";
const char *const AssociationChairmanKey = "document.association_chairman_name";
const char *const PreparerKey = "document.preparer_name";

// "Xã Hòa An" → ("XÃ", "Hòa An"); a name without its level word takes it from the kind.
void splitCommuneName(const CommuneName &commune, QString *level, QString *place)
{
    static const QStringList levels{QStringLiteral("Thị trấn"), QStringLiteral("Phường"),
                                    QStringLiteral("Xã")};
    const QString name = commune.name.simplified();
    for (const QString &word : levels) {
        if (name.startsWith(word + QLatin1Char(' '), Qt::CaseInsensitive)) {
            *level = word.toUpper();
            *place = name.mid(word.size() + 1);
            return;
        }
    }
    *level = commune.kind == QLatin1String("ward") ? QStringLiteral("PHƯỜNG") : QStringLiteral("XÃ");
    *place = name;
}

} // namespace

DocumentSettings DocumentSettings::load(Database &db)
{
    CommuneName commune;
    ReportRepository(db).commune(&commune); // a file that cannot be read leaves the defaults empty
    QString level;
    QString communePlace;
    splitCommuneName(commune, &level, &communePlace);
    const QString upperPlace = communePlace.toUpper();

    const SettingsRepository settings(db);
    const auto get = [&settings](const char *key, const QString &fallback) {
        const QString stored = settings.value(QLatin1String(key)).value_or(QString()).trimmed();
        return stored.isEmpty() ? fallback : stored;
    };
    DocumentSettings s;
    s.parentBody = get(ParentBodyKey, QString());
    s.issuingBody =
        get(IssuingBodyKey,
            upperPlace.isEmpty() ? QString() : QStringLiteral("UBND %1 %2").arg(level, upperPlace));
    s.associationBody =
        get(AssociationBodyKey,
            upperPlace.isEmpty() ? QString() : QStringLiteral("HỘI KHUYẾN HỌC %1 %2").arg(level, upperPlace));
    s.place = get(PlaceKey, communePlace);
    s.chairmanName = get(ChairmanKey, QString());
    s.associationChairmanName = get(AssociationChairmanKey, QString());
    s.preparerName = get(PreparerKey, QString());
    return s;
}

Status DocumentSettings::save(Database &db) const
{
    if (db.isReadOnly())
        return Status::failure(tr("The file is read-only: the document settings could not be saved. Copy "
                                  "the file somewhere you may write and open the copy."));
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    // Through the writer: the change is audited and, when the GUI records it, undone like any edit.
    AuditedWriter writer(db);
    const QList<std::pair<const char *, QString>> values{{ParentBodyKey, parentBody},
                                                         {IssuingBodyKey, issuingBody},
                                                         {AssociationBodyKey, associationBody},
                                                         {PlaceKey, place},
                                                         {ChairmanKey, chairmanName},
                                                         {AssociationChairmanKey, associationChairmanName},
                                                         {PreparerKey, preparerName}};
    for (const auto &[key, value] : values) {
        // An empty field goes back to its default (from the commune's name), so renaming the commune
        // renames its papers unless the clerk typed something else.
        const QString trimmed = value.trimmed();
        const Status s =
            writer.setSetting(QLatin1String(key),
                              trimmed.isEmpty() ? std::optional<QString>() : std::optional<QString>(trimmed));
        if (!s)
            return s;
    }
    return transaction.commit();
}

DocumentHeading DocumentSettings::heading(const QDate &date, const QString &documentNumber) const
{
    DocumentHeading h;
    h.parentBody = parentBody;
    h.issuingBody = issuingBody;
    h.documentNumber = documentNumber;
    h.place = place;
    h.date = date;
    return h;
}

SignatureBlock DocumentSettings::preparer() const
{
    return {QString(), QStringLiteral("NGƯỜI LẬP BIỂU"), preparerName};
}

SignatureBlock DocumentSettings::chairman() const
{
    return {QStringLiteral("TM. ỦY BAN NHÂN DÂN"), QStringLiteral("CHỦ TỊCH"), chairmanName};
}

SignatureBlock DocumentSettings::associationChairman() const
{
    return {QStringLiteral("TM. BAN CHẤP HÀNH"), QStringLiteral("CHỦ TỊCH"), associationChairmanName};
}

} // namespace sht::reporting
