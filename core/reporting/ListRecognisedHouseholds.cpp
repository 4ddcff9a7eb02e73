#include "ListFactories.h"
#include "ListFrame.h"

namespace sht::reporting {

namespace {

// Households recognised "Gia đình học tập" for the year with the decision that recognised them, village by
// village (the village each was in on 31/12), ending with how many there are.
class RecognisedHouseholdsList : public ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(RecognisedHouseholdsList)

public:
    ReportInfo info() const override
    {
        ReportInfo info;
        info.name = QStringLiteral("recognised-households");
        info.displayName = tr("Households recognised as learning families");
        info.description =
            tr("The households recognised \"Gia đình học tập\" in the year, with the decision number and "
               "date, per village.");
        info.needs = ReportNeeds(ReportNeed::Year) | ReportNeed::Village;
        return info;
    }

    Status build(Database &db, const ReportParameters &parameters, ReportDocument &document,
                 const ReportProgress &progress) const override
    {
        const QString key = QStringLiteral("households");
        ListFrame frame;
        if (Status s = ListFrame::begin(
                db, info().name, parameters,
                {{key,
                  {QStringLiteral("stt"), QStringLiteral("code"), QStringLiteral("head"),
                   QStringLiteral("address"), QStringLiteral("village"), QStringLiteral("decision_number"),
                   QStringLiteral("decision_date"), QStringLiteral("level")}}},
                document, &frame);
            !s)
            return s;
        QList<RecognisedHouseholdRow> found;
        if (Status s =
                ListReportRepository(db).recognisedHouseholds(parameters.year, frame.villageId, &found);
            !s)
            return s;
        if (found.isEmpty())
            return Status::failure(
                tr("No household of %1 was recognised as a learning family for %2. Record the recognition "
                   "decision in View > Evaluation (Ctrl+E) first, or choose another year.")
                    .arg(frame.villageName)
                    .arg(parameters.year));
        QList<ReportRow> rows;
        rows.reserve(found.size());
        for (const RecognisedHouseholdRow &h : found) {
            ReportRow row;
            row.values.insert(QStringLiteral("stt"), qint64(rows.size() + 1));
            row.values.insert(QStringLiteral("code"), h.code);
            row.values.insert(QStringLiteral("head"), h.headName);
            // The address alone often omits the village: the column says both when the address is there.
            row.values.insert(QStringLiteral("address"),
                              h.address.isEmpty() ? h.villageName
                                                  : h.address + QStringLiteral(", ") + h.villageName);
            row.values.insert(QStringLiteral("village"), h.villageName);
            row.values.insert(QStringLiteral("decision_number"), h.decisionNumber);
            if (h.decisionDate.isValid())
                row.values.insert(QStringLiteral("decision_date"), h.decisionDate);
            if (h.level > 0)
                row.values.insert(QStringLiteral("level"), qint64(h.level));
            rows << row;
        }
        ReportTable table = frame.table(key, rows);
        table.totalsLabelFigure = QStringLiteral("head"); // the wide name column, not the narrow first one
        document.tables << table;
        if (progress && !progress(1, 1))
            return Status::failure(QString());
        return Status::success();
    }
};

} // namespace

std::unique_ptr<ReportSource> makeRecognisedHouseholdsList()
{
    return std::make_unique<RecognisedHouseholdsList>();
}

} // namespace sht::reporting
