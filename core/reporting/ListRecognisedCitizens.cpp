#include "ListFactories.h"
#include "ListFrame.h"

namespace sht::reporting {

namespace {

// Citizens recognised "Công dân học tập" for the year, by village (their household's on 31/12), then name in
// Vietnamese order.
class RecognisedCitizensList : public ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(RecognisedCitizensList)

public:
    ReportInfo info() const override
    {
        ReportInfo info;
        info.name = QStringLiteral("recognised-citizens");
        info.displayName = tr("Citizens recognised as learning citizens");
        info.description = tr("The citizens recognised \"Công dân học tập\" in the year, with their village "
                              "and the decision number.");
        info.needs = ReportNeeds(ReportNeed::Year) | ReportNeed::Village;
        return info;
    }

    Status build(Database &db, const ReportParameters &parameters, ReportDocument &document,
                 const ReportProgress &progress) const override
    {
        const QString key = QStringLiteral("citizens");
        ListFrame frame;
        if (Status s = ListFrame::begin(
                db, info().name, parameters,
                {{key,
                  {QStringLiteral("stt"), QStringLiteral("name"), QStringLiteral("birth_year"),
                   QStringLiteral("sex"), QStringLiteral("village"), QStringLiteral("decision_number"),
                   QStringLiteral("decision_date")}}},
                document, &frame, ListFrame::Issuer::Association);
            !s)
            return s;
        QList<RecognisedCitizenRow> found;
        if (Status s = ListReportRepository(db).recognisedCitizens(parameters.year, frame.villageId, &found);
            !s)
            return s;
        if (found.isEmpty())
            return Status::failure(
                tr("No citizen of %1 was recognised as a learning citizen for %2. Record the recognition "
                   "decision in View > Evaluation (Ctrl+E) first, or choose another year.")
                    .arg(frame.villageName)
                    .arg(parameters.year));
        QList<ReportRow> rows;
        rows.reserve(found.size());
        for (const RecognisedCitizenRow &c : found) {
            ReportRow row;
            row.values.insert(QStringLiteral("stt"), qint64(rows.size() + 1));
            row.values.insert(QStringLiteral("name"), c.fullName);
            row.values.insert(QStringLiteral("birth_year"), listcells::birthYear(c.birthDate));
            row.values.insert(QStringLiteral("sex"), listcells::sex(c.sex));
            row.values.insert(QStringLiteral("village"), c.villageName);
            row.values.insert(QStringLiteral("decision_number"), c.decisionNumber);
            if (c.decisionDate.isValid())
                row.values.insert(QStringLiteral("decision_date"), c.decisionDate);
            rows << row;
        }
        ReportTable table = frame.table(key, rows);
        table.totalsLabelFigure = QStringLiteral("name"); // the wide name column, not the narrow first one
        document.tables << table;
        if (progress && !progress(1, 1))
            return Status::failure(QString());
        return Status::success();
    }
};

} // namespace

std::unique_ptr<ReportSource> makeRecognisedCitizensList()
{
    return std::make_unique<RecognisedCitizensList>();
}

} // namespace sht::reporting
