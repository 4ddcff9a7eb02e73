#include "CatalogueService.h"

#include "CatalogueLibrary.h"
#include "CatalogueRepository.h"
#include "CatalogueValidator.h"
#include "Database.h"
#include "TextNormalizer.h"
#include "Transaction.h"

#include <QRegularExpression>

namespace sht {

using criteria::Catalogue;
using criteria::CatalogueLibrary;
using criteria::CatalogueValidator;

CatalogueService::CatalogueService(Database &db)
    : m_db(db)
{}

QString CatalogueService::suggestedCloneVersion(const Catalogue &source, const QString &province)
{
    // A version label is a key in results and file names: keep it ASCII, lower case, dashed.
    QString slug = text::searchKey(province.trimmed()).toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    const QString base =
        source.builtin || source.parentVersion.isEmpty() ? source.version : source.parentVersion;
    return slug.isEmpty() ? base + QStringLiteral("-local.1") : QStringLiteral("%1-%2.1").arg(base, slug);
}

Status CatalogueService::checkVersion(const QString &code, const QString &version) const
{
    const QString v = version.trimmed();
    if (v.isEmpty())
        return Status::failure(tr("Type a version label for the catalogue, e.g. \"2015.1-quang-nam.1\"."));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!allowed.match(v).hasMatch())
        return Status::failure(
            tr("The version \"%1\" may hold only letters without accents, digits, dots and "
               "dashes, e.g. \"2015.1-quang-nam.1\".")
                .arg(v));
    if (CatalogueLibrary::builtins().find(code, v))
        return Status::failure(
            tr("Version %1 of %2 is built into the app: choose another label.").arg(v, code));
    if (CatalogueRepository(m_db).exists(code, v))
        return Status::failure(
            tr("Version %1 of %2 already exists in this file: choose another label.").arg(v, code));
    return Status::success();
}

QString CatalogueService::nextVersion(const QString &code, const QString &version) const
{
    static const QRegularExpression trailing(QStringLiteral("^(.*\\.)(\\d+)$"));
    const auto match = trailing.match(version);
    QString stem = version + QLatin1Char('.');
    int n = 1;
    // A clone's label ends in its own counter ("-quang-nam.1"); a built-in's ("2015.1") does not.
    if (match.hasMatch() && version.contains(QLatin1Char('-'))) {
        stem = match.captured(1);
        n = match.captured(2).toInt() + 1;
    }
    while (!checkVersion(code, stem + QString::number(n)))
        ++n;
    return stem + QString::number(n);
}

Status CatalogueService::cloneCatalogue(const Catalogue &source, const QString &version,
                                        const QString &province, Catalogue *clone)
{
    if (m_db.isReadOnly())
        return Status::failure(tr("This commune file is open read-only: the catalogue cannot be cloned."));
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (Status s = checkVersion(source.code, version); !s)
        return s;
    Catalogue copy = source;
    copy.version = version.trimmed();
    copy.province = province.normalized(QString::NormalizationForm_C).trimmed();
    copy.parentCode = source.code;
    copy.parentVersion = source.version;
    copy.builtin = false;
    if (Status s = CatalogueValidator::validate(copy, source.code); !s)
        return s;
    if (Status s = CatalogueRepository(m_db).insert(copy); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    if (clone)
        *clone = copy;
    return Status::success();
}

Status CatalogueService::saveVersion(const Catalogue &edited, const QString &newVersion, Catalogue *saved)
{
    if (edited.builtin)
        return Status::failure(
            tr("A built-in catalogue cannot be changed: clone it first (Clone…) and edit the "
               "clone."));
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    CatalogueRepository catalogues(m_db);
    if (!catalogues.exists(edited.code, edited.version))
        return Status::failure(tr("Version %1 of %2 is not a clone in this file: clone a catalogue before "
                                  "editing it.")
                                   .arg(edited.version, edited.code));
    const QString version =
        newVersion.trimmed().isEmpty() ? nextVersion(edited.code, edited.version) : newVersion.trimmed();
    if (Status s = checkVersion(edited.code, version); !s)
        return s;
    Catalogue copy = edited;
    copy.parentCode = edited.code;
    copy.parentVersion = edited.version;
    copy.version = version;
    if (Status s = CatalogueValidator::validate(copy, tr("catalogue %1 version %2").arg(copy.code, version));
        !s)
        return s;
    if (Status s = catalogues.insert(copy); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    if (saved)
        *saved = copy;
    return Status::success();
}

Status CatalogueService::deleteClone(const QString &code, const QString &version)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    CatalogueRepository catalogues(m_db);
    const auto stored = catalogues.find(code, version);
    if (!stored) {
        if (CatalogueLibrary::builtins().find(code, version))
            return Status::failure(
                tr("Version %1 of %2 is built into the app and cannot be deleted.").arg(version, code));
        return Status::failure(tr("Version %1 of %2 is no longer in this file.").arg(version, code));
    }
    if (stored->catalogue.builtin)
        return Status::failure(
            tr("Version %1 of %2 is a copy of a built-in catalogue kept for old results and "
               "cannot be deleted.")
                .arg(version, code));
    const int used = catalogues.resultsUsing(code, version);
    if (used < 0)
        return Status::failure(tr("Whether results use version %1 of %2 cannot be read; nothing was deleted.")
                                   .arg(version, code));
    if (used > 0)
        return Status::failure(
            tr("Version %1 of %2 judged %n result(s) and is kept so they can still be "
               "explained; it cannot be deleted. To stop using it, save a newer version or "
               "limit its years.",
               nullptr, used)
                .arg(version, code));
    if (Status s = catalogues.remove(stored->id); !s)
        return s;
    return transaction.commit();
}

} // namespace sht
