#include "ListFactories.h"
#include "ListFrame.h"

namespace sht::reporting {

namespace {

// The attendance sheet of a course of the learning centre (TTHTCĐ): learners as rows in Vietnamese name
// order, one column per session (its date) with "x" where the learner was present, the sessions each
// learner attended, and a last row with how many came to each session. Landscape (layout).
class AttendanceList : public ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceList)

public:
    ReportInfo info() const override
    {
        ReportInfo info;
        info.name = QStringLiteral("attendance");
        info.displayName = tr("Course attendance sheet");
        info.description = tr("The learners of a course of the learning centre with an \"x\" for each "
                              "session they attended, and the totals per learner and per session.");
        info.needs = ReportNeeds(ReportNeed::Course);
        return info;
    }

    Status build(Database &db, const ReportParameters &parameters, ReportDocument &document,
                 const ReportProgress &progress) const override
    {
        if (parameters.subjectUuid.isEmpty())
            return Status::failure(tr("Choose the course whose attendance sheet to make."));
        std::optional<AttendanceSheet> sheet;
        if (Status s = ListReportRepository(db).attendance(parameters.subjectUuid, &sheet); !s)
            return s;
        if (!sheet)
            return Status::failure(
                tr("The course chosen is not in this commune file. Choose another course."));
        if (sheet->sessionDates.isEmpty())
            return Status::failure(tr("The course \"%1\" has no sessions yet. Add its sessions on the "
                                      "Learning centre page first.")
                                       .arg(sheet->courseTitle));

        const QString key = QStringLiteral("learners");
        const QString sessionsFigure = QStringLiteral("sessions");
        ReportParameters commune = parameters; // a course belongs to the whole commune
        commune.villageUuid.clear();
        if (commune.year == 0)
            commune.year =
                sheet->startDate.isValid() ? sheet->startDate.year() : sheet->sessionDates[0].year();
        ListFrame frame;
        if (Status s =
                ListFrame::begin(db, info().name, commune,
                                 {{key,
                                   {QStringLiteral("stt"), QStringLiteral("name"),
                                    QStringLiteral("birth_year"), QStringLiteral("village"),
                                    QStringLiteral("household"), sessionsFigure, QStringLiteral("total")}}},
                                 document, &frame);
            !s)
            return s;
        const QDate first = sheet->startDate.isValid() ? sheet->startDate : sheet->sessionDates.constFirst();
        const QDate last = sheet->endDate.isValid() ? sheet->endDate : sheet->sessionDates.constLast();
        const auto fill = [&](QString text) {
            text.replace(QLatin1String("{course}"), sheet->courseTitle);
            text.replace(QLatin1String("{location}"), sheet->location);
            text.replace(QLatin1String("{from}"), first.toString(QStringLiteral("dd/MM/yyyy")));
            text.replace(QLatin1String("{to}"), last.toString(QStringLiteral("dd/MM/yyyy")));
            return text;
        };
        document.title = fill(document.title);
        document.subtitle = fill(document.subtitle);

        const int sessions = int(sheet->sessionDates.size());
        const auto sessionFigure = [](int index) { return QStringLiteral("session_%1").arg(index + 1); };
        QList<qint64> present(sessions, 0);
        QList<ReportRow> rows;
        rows.reserve(sheet->learners.size() + 1);
        for (const AttendanceSheet::Learner &learner : sheet->learners) {
            ReportRow row;
            row.values.insert(QStringLiteral("stt"), qint64(rows.size() + 1));
            row.values.insert(QStringLiteral("name"), learner.fullName);
            row.values.insert(QStringLiteral("birth_year"), listcells::birthYear(learner.birthDate));
            row.values.insert(QStringLiteral("village"), learner.villageName);
            row.values.insert(QStringLiteral("household"), learner.householdCode);
            for (int index : learner.sessions) {
                row.values.insert(sessionFigure(index), QStringLiteral("x"));
                ++present[index];
            }
            row.values.insert(QStringLiteral("total"), qint64(learner.sessions.size()));
            rows << row;
        }
        ReportTable table = frame.table(key, rows);
        // Marks are text, so the writer's =SUM totals row cannot count them: the last row holds the counts.
        ReportRow totals;
        totals.emphasised = true;
        totals.values.insert(QStringLiteral("name"),
                             table.totalsLabel.isEmpty() ? QStringLiteral("Cộng") : table.totalsLabel);
        qint64 all = 0;
        for (int i = 0; i < sessions; ++i) {
            totals.values.insert(sessionFigure(i), present[i]);
            all += present[i];
        }
        totals.values.insert(QStringLiteral("total"), all);
        table.rows << totals;
        table.totalsRow = false;

        // One column per session in place of the layout's "sessions" column, dated, under its group header.
        QList<ReportColumn> columns;
        for (const ReportColumn &column : table.columns) {
            if (column.figure != sessionsFigure) {
                columns << column;
                continue;
            }
            for (int i = 0; i < sessions; ++i) {
                ReportColumn session = column;
                session.figure = sessionFigure(i);
                session.header = sheet->sessionDates[i].toString(QStringLiteral("dd/MM"));
                session.group = column.group.isEmpty() ? column.header : column.group;
                session.kind = CellKind::Text;
                session.summed = false;
                columns << session;
            }
        }
        table.columns = columns;
        document.tables << table;
        if (progress && !progress(1, 1))
            return Status::failure(QString());
        return Status::success();
    }
};

} // namespace

std::unique_ptr<ReportSource> makeAttendanceList()
{
    return std::make_unique<AttendanceList>();
}

} // namespace sht::reporting
