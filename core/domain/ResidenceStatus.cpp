#include "ResidenceStatus.h"

#include "TextNormalizer.h"

#include <QCoreApplication>

namespace sht {

QString residenceToStorage(ResidenceStatus status)
{
    switch (status) {
    case ResidenceStatus::Permanent:
        break;
    case ResidenceStatus::Temporary:
        return QStringLiteral("temporary");
    case ResidenceStatus::TemporarilyAbsent:
        return QStringLiteral("absent");
    }
    return QStringLiteral("permanent");
}

ResidenceStatus residenceFromStorage(const QString &stored)
{
    if (stored == u"temporary")
        return ResidenceStatus::Temporary;
    if (stored == u"absent")
        return ResidenceStatus::TemporarilyAbsent;
    return ResidenceStatus::Permanent;
}

QString residenceLabel(ResidenceStatus status)
{
    switch (status) {
    case ResidenceStatus::Permanent:
        break;
    case ResidenceStatus::Temporary:
        return QCoreApplication::translate("ResidenceStatus", "Temporary resident");
    case ResidenceStatus::TemporarilyAbsent:
        return QCoreApplication::translate("ResidenceStatus", "Temporarily absent");
    }
    return QCoreApplication::translate("ResidenceStatus", "Permanent resident");
}

QString residenceRegisterWord(ResidenceStatus status)
{
    switch (status) {
    case ResidenceStatus::Permanent:
        break;
    case ResidenceStatus::Temporary:
        return QStringLiteral("Tạm trú");
    case ResidenceStatus::TemporarilyAbsent:
        return QStringLiteral("Tạm vắng");
    }
    return QStringLiteral("Thường trú");
}

bool parseResidence(const QString &text, ResidenceStatus *out)
{
    struct Phrase
    {
        const char *key; // text::searchKey form
        ResidenceStatus status;
        bool wholeOnly; // abbreviations must be the whole part, not its first word
    };
    static constexpr Phrase phrases[] = {
        {"thuong tru", ResidenceStatus::Permanent, false},
        {"tam tru", ResidenceStatus::Temporary, false},
        {"tam vang", ResidenceStatus::TemporarilyAbsent, false},
        {"tt", ResidenceStatus::Permanent, true},
        {"kt1", ResidenceStatus::Permanent, true},
        {"kt2", ResidenceStatus::Permanent, true},
        {"kt3", ResidenceStatus::Temporary, true},
        {"kt4", ResidenceStatus::Temporary, true},
        {"permanent", ResidenceStatus::Permanent, true},
        {"temporary", ResidenceStatus::Temporary, true},
        {"absent", ResidenceStatus::TemporarilyAbsent, true},
    };
    for (const QString &part : text::splitNotes(text)) {
        QString key = text::searchKey(part);
        key.remove(QLatin1Char('.'));
        for (const Phrase &p : phrases) {
            const QLatin1String phrase(p.key);
            if (key == phrase || (!p.wholeOnly && key.startsWith(phrase) && key.at(phrase.size()) == u' ')) {
                if (out)
                    *out = p.status;
                return true;
            }
        }
    }
    return false;
}

} // namespace sht
