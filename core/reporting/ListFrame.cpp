#include "ListFrame.h"

#include "DocumentSettings.h"
#include "PartialDate.h"
#include "Relation.h"
#include "Sex.h"

namespace sht::reporting {

Status ListFrame::begin(Database &db, const QString &name, const ReportParameters &parameters,
                        const QList<QPair<QString, QStringList>> &tables, ReportDocument &document,
                        ListFrame *frame, Issuer issuer)
{
    Status error;
    const std::optional<ReportLayout> layout = ReportLayout::load(name, &error);
    if (!layout)
        return error;
    for (const auto &table : tables)
        if (Status s = layout->validateFigures(table.first, table.second); !s)
            return s;
    frame->layout = *layout;

    ListReportRepository repository(db);
    if (!parameters.villageUuid.isEmpty()) {
        const std::optional<ListVillage> village = repository.village(parameters.villageUuid);
        if (!village)
            return Status::failure(tr("The village chosen for the report is not in this commune file. "
                                      "Choose another village or the whole commune."));
        frame->villageId = village->id;
        frame->villageName = village->name;
        frame->wholeCommune = false;
    } else {
        frame->villageId = 0;
        frame->villageName = repository.communeName();
        frame->wholeCommune = true;
    }

    const QDate date = parameters.documentDate.isValid() ? parameters.documentDate : QDate::currentDate();
    const DocumentSettings settings = DocumentSettings::load(db);
    document.name = name;
    document.heading = settings.heading(date);
    frame->layout.applyTo(document, parameters.year, frame->villageName);
    if (issuer == Issuer::Association) {
        if (!settings.associationBody.isEmpty())
            document.heading.issuingBody = settings.associationBody;
        document.signatures = {settings.preparer(), settings.associationChairman()};
    } else {
        document.signatures = {settings.preparer(), settings.chairman()};
    }
    return Status::success();
}

QSet<QString> ListFrame::usedFigures(const QString &key) const
{
    QSet<QString> figures;
    if (const TableLayout *t = layout.table(key))
        for (const ReportColumn &column : t->columns)
            figures.insert(column.figure);
    return figures;
}

ReportTable ListFrame::table(const QString &key, const QList<ReportRow> &rows, const QString &village,
                             int count) const
{
    ReportTable table = layout.makeTable(key, rows);
    const QString place = village.isEmpty() ? villageName : village;
    const QString counted = count < 0 ? QString::number(rows.size()) : QString::number(count);
    table.caption.replace(QLatin1String("{village}"), place);
    table.caption.replace(QLatin1String("{count}"), counted);
    table.totalsLabel.replace(QLatin1String("{count}"), counted);
    table.totalsLabel.replace(QLatin1String("{village}"), place);
    return table;
}

namespace listcells {

QString birthYear(const QString &storedBirthDate)
{
    const PartialDate date = PartialDate::fromStorage(storedBirthDate);
    return date.isNull() ? QString() : QString::number(date.year());
}

QString birthDate(const QString &storedBirthDate)
{
    return PartialDate::fromStorage(storedBirthDate).toString();
}

QString sex(const QString &storedSex)
{
    return sexRegisterWord(sexFromStorage(storedSex));
}

QString relation(const QString &storedRelation, const QString &storedSex)
{
    return relationRegisterWord(relationFromStorage(storedRelation), sexFromStorage(storedSex));
}

} // namespace listcells

} // namespace sht::reporting
