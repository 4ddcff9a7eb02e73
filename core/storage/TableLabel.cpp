#include "TableLabel.h"

#include <QCoreApplication>
#include <QHash>

namespace sht {

QString tableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("TableLabel", "the people")},
        {QStringLiteral("household"), QT_TRANSLATE_NOOP("TableLabel", "the households")},
        {QStringLiteral("membership"), QT_TRANSLATE_NOOP("TableLabel", "the household members")},
        {QStringLiteral("household_village"), QT_TRANSLATE_NOOP("TableLabel", "the households' villages")},
        {QStringLiteral("admin_unit"), QT_TRANSLATE_NOOP("TableLabel", "the commune and villages")},
        {QStringLiteral("admin_unit_name"), QT_TRANSLATE_NOOP("TableLabel", "the village names")},
        {QStringLiteral("clan"), QT_TRANSLATE_NOOP("TableLabel", "the clans")},
        {QStringLiteral("clan_household"), QT_TRANSLATE_NOOP("TableLabel", "the clans' households")},
        {QStringLiteral("local_unit"), QT_TRANSLATE_NOOP("TableLabel", "the local units")},
        {QStringLiteral("local_unit_staff"), QT_TRANSLATE_NOOP("TableLabel", "the units' staff")},
        {QStringLiteral("learning_centre"), QT_TRANSLATE_NOOP("TableLabel", "the learning centre")},
        {QStringLiteral("course"), QT_TRANSLATE_NOOP("TableLabel", "the courses")},
        {QStringLiteral("course_session"), QT_TRANSLATE_NOOP("TableLabel", "the course sessions")},
        {QStringLiteral("attendance"), QT_TRANSLATE_NOOP("TableLabel", "the attendance lists")},
        {QStringLiteral("audit_log"), QT_TRANSLATE_NOOP("TableLabel", "the history of changes")},
        {QStringLiteral("criteria_catalogue"), QT_TRANSLATE_NOOP("TableLabel", "the criteria catalogues")},
        {QStringLiteral("registration"), QT_TRANSLATE_NOOP("TableLabel", "the registrations for titles")},
        {QStringLiteral("judgement"), QT_TRANSLATE_NOOP("TableLabel", "the council's judgements")},
        {QStringLiteral("recognition"), QT_TRANSLATE_NOOP("TableLabel", "the recognitions")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("TableLabel", "the local targets")},
        {QStringLiteral("import_batch"), QT_TRANSLATE_NOOP("TableLabel", "the import history")},
    };
    const char *label = labels.value(table);
    return label ? QCoreApplication::translate("TableLabel", label) : table;
}

} // namespace sht
