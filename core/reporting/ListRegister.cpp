#include "ListFactories.h"
#include "ListFrame.h"

#include <QHash>
#include <QVarLengthArray>

#include <map>
#include <string>
#include <string_view>

namespace sht::reporting {

namespace {

// The register of households and people as clerks print it: one table per village (the whole commune is
// every village one after another), households in the Vietnamese order of their head's name (given name,
// middle, family), each household's head first and then the others eldest first. One query streams every
// row (100,000 people); the .xlsx writer goes to constant-memory mode for such lists.
class RegisterList : public ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(RegisterList)

public:
    ReportInfo info() const override
    {
        ReportInfo info;
        info.name = QStringLiteral("register");
        info.displayName = tr("Register of households and people");
        info.description = tr("Every household of a village (or of the whole commune, village by village) "
                              "with its members, in the order of the head's given name.");
        info.needs = ReportNeeds(ReportNeed::Village);
        return info;
    }

    Status build(Database &db, const ReportParameters &parameters, ReportDocument &document,
                 const ReportProgress &progress) const override
    {
        const QString key = QStringLiteral("members");
        ListFrame frame;
        if (Status s = ListFrame::begin(
                db, info().name, parameters,
                {{key,
                  {QStringLiteral("no"), QStringLiteral("household_no"), QStringLiteral("code"),
                   QStringLiteral("name"), QStringLiteral("relation"), QStringLiteral("birth_date"),
                   QStringLiteral("birth_year"), QStringLiteral("sex"), QStringLiteral("citizen_id"),
                   QStringLiteral("education"), QStringLiteral("occupation"), QStringLiteral("address"),
                   QStringLiteral("village")}}},
                document, &frame);
            !s)
            return s;
        ListReportRepository repository(db);
        QList<RegisterVillage> villages;
        if (Status s = repository.registerVillages(frame.villageId, &villages); !s)
            return s;
        if (villages.isEmpty())
            return Status::failure(tr("%1 has no household with living members to list. Add households "
                                      "(Ctrl+Shift+N) or import the register (Ctrl+I) first.")
                                       .arg(frame.villageName));
        // The rows are not read here: each village's table streams them from the database while it is
        // written (100,000 people in constant memory, docs/PERFORMANCE.md). The preview and the PDF read them
        // into memory themselves.
        Database *database = &db;
        for (const RegisterVillage &village : villages) {
            ReportTable table = frame.table(key, {}, village.name, village.households);
            table.streamedRowCount = village.rows;
            table.rowStream = [database, village, columns = table.columns](const ReportRowSink &sink) {
                return streamVillage(*database, village, columns, sink);
            };
            document.tables << table;
        }
        if (progress && !progress(1, 1))
            return Status::failure(QString());
        return Status::success();
    }

private:
    // One village's lines in the fast row form (a value per column, in the layout's order), one reused row:
    // nothing per line outlives the sink call.
    static bool streamVillage(Database &db, const RegisterVillage &village,
                              const QList<ReportColumn> &columns, const ReportRowSink &sink)
    {
        enum Figure {
            No,
            HouseholdNo,
            Code,
            Name,
            Relation,
            BirthDate,
            BirthYear,
            Sex,
            CitizenId,
            Education,
            Occupation,
            Address,
            Village,
            Other
        };
        static const QHash<QString, Figure> figures{{QStringLiteral("no"), No},
                                                    {QStringLiteral("household_no"), HouseholdNo},
                                                    {QStringLiteral("code"), Code},
                                                    {QStringLiteral("name"), Name},
                                                    {QStringLiteral("relation"), Relation},
                                                    {QStringLiteral("birth_date"), BirthDate},
                                                    {QStringLiteral("birth_year"), BirthYear},
                                                    {QStringLiteral("sex"), Sex},
                                                    {QStringLiteral("citizen_id"), CitizenId},
                                                    {QStringLiteral("education"), Education},
                                                    {QStringLiteral("occupation"), Occupation},
                                                    {QStringLiteral("address"), Address},
                                                    {QStringLiteral("village"), Village}};
        QVarLengthArray<Figure, 16> shown;
        for (const ReportColumn &column : columns)
            shown << figures.value(column.figure, Other);
        // Relations, sexes, education and occupation words are few: each cell value is made once, not once a
        // line (a shared QString instead of an allocation).
        std::map<std::string, QVariant, std::less<>> relationWords, sexWords, educationWords, occupationWords;
        const auto word = [](std::map<std::string, QVariant, std::less<>> &words, std::string_view key,
                             const auto &make) -> const QVariant & {
            auto it = words.find(key);
            if (it == words.end())
                it = words.emplace(std::string(key), make()).first;
            return it->second;
        };
        const auto text = [](std::string_view value) {
            return value.empty() ? QVariant()
                                 : QVariant(QString::fromUtf8(value.data(), qsizetype(value.size())));
        };
        const auto word16 = [](const QString &value) {
            return value.isEmpty() ? QVariant() : QVariant(value);
        };
        const auto utf16 = [](std::string_view value) {
            return QString::fromUtf8(value.data(), qsizetype(value.size()));
        };
        const QVariant villageName(village.name);
        ReportRow row;
        row.cells = QVariantList(columns.size());
        qint64 household = -1;
        qint64 households = 0;
        qint64 line = 0;
        std::string relationKey;
        const Status read =
            ListReportRepository(db).forEachRegisterRow(village.id, [&](const RegisterListRow &r) {
                const bool firstOfHousehold = r.householdId != household;
                if (firstOfHousehold) {
                    household = r.householdId;
                    ++households;
                }
                ++line;
                for (qsizetype c = 0; c < shown.size(); ++c) {
                    QVariant &cell = row.cells[c];
                    switch (shown.at(c)) {
                    case No:
                        cell = line;
                        break;
                    case HouseholdNo:
                        cell = firstOfHousehold ? QVariant(households) : QVariant();
                        break;
                    case Code:
                        cell = firstOfHousehold ? text(r.householdCode) : QVariant();
                        break;
                    case Address:
                        cell = firstOfHousehold ? text(r.address) : QVariant();
                        break;
                    case Name:
                        cell = utf16(r.fullName);
                        break;
                    case Relation:
                        relationKey.assign(r.relation).append(1, '/').append(r.sex);
                        cell = word(relationWords, relationKey, [&] {
                            return word16(listcells::relation(utf16(r.relation), utf16(r.sex)));
                        });
                        break;
                    case BirthDate:
                        cell = r.birthDate.empty() ? QVariant()
                                                   : word16(listcells::birthDate(utf16(r.birthDate)));
                        break;
                    case BirthYear:
                        cell = r.birthDate.empty() ? QVariant()
                                                   : word16(listcells::birthYear(utf16(r.birthDate)));
                        break;
                    case Sex:
                        cell = word(sexWords, r.sex, [&] {
                            return r.sex.empty() ? QVariant() : word16(listcells::sex(utf16(r.sex)));
                        });
                        break;
                    case CitizenId:
                        cell = text(r.citizenId);
                        break;
                    case Education:
                        cell = word(educationWords, r.education, [&] { return text(r.education); });
                        break;
                    case Occupation:
                        cell = word(occupationWords, r.occupation, [&] { return text(r.occupation); });
                        break;
                    case Village:
                        cell = villageName;
                        break;
                    case Other:
                        cell = QVariant();
                        break;
                    }
                }
                return sink(row);
            });
        return bool(read);
    }
};

} // namespace

std::unique_ptr<ReportSource> makeRegisterList()
{
    return std::make_unique<RegisterList>();
}

} // namespace sht::reporting
