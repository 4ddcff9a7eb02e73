#include "HouseholdGrouper.h"

#include "Relation.h"

#include <QHash>

namespace sht::importing {

namespace {

const QString kHead = relationToStorage(Relation::Head);

bool isHead(const RegisterRow &row)
{
    return row.person.relation == kHead;
}

} // namespace

HouseholdGrouper::Rule HouseholdGrouper::chooseRule(const QList<RegisterRow> &rows)
{
    int codes = 0, stts = 0, repeats = 0, heads = 0, members = 0;
    QString previousStt;
    for (const auto &row : rows)
        if (!row.householdUuid.isEmpty())
            return Rule::Identity;
    for (const auto &row : rows) {
        if (!row.householdCode.isEmpty())
            ++codes;
        if (!row.stt.isEmpty()) {
            ++stts;
            if (row.stt == previousStt)
                ++repeats;
            previousStt = row.stt;
        } else {
            previousStt.clear();
        }
        if (isHead(row))
            ++heads;
        else if (!row.person.relation.isEmpty())
            ++members;
    }
    if (codes > 0)
        return Rule::HouseholdCode;
    if (repeats > 0)
        return Rule::SttRepeated;
    if (stts == 0)
        return Rule::HeadOnly;
    // Every row numbered, each number once, and relations that show members below heads: the STT counts
    // people, not households.
    if (stts == rows.size() && heads > 0 && members > 0)
        return Rule::SttPerPerson;
    return Rule::SttOnHead;
}

QList<ParsedHousehold> HouseholdGrouper::group(const QList<RegisterRow> &rows, QList<ImportProblem> *problems)
{
    const Rule rule = chooseRule(rows);
    bool anyHead = false;
    for (const auto &row : rows)
        anyHead = anyHead || isHead(row);
    QList<QList<const RegisterRow *>> groups;
    QString currentKey;
    bool currentHasHead = false;
    // Identity: the group of each household identity and of each household number seen so far.
    QHash<QString, int> groupByUuid, groupByCode;
    for (const auto &row : rows) {
        bool start = groups.isEmpty();
        if (rule == Rule::Identity) {
            const int byUuid = groupByUuid.value(row.householdUuid, -1);
            const int byCode = groupByCode.value(row.householdCode, -1);
            int target = -1;
            if (!row.householdUuid.isEmpty())
                target = byUuid;
            else if (!row.householdCode.isEmpty())
                target = byCode;
            else if (!groups.isEmpty() && !(isHead(row) && currentHasHead))
                target = int(groups.size()) - 1; // a row without number or identity: the household above
            if (target < 0) {
                groups.append(QList<const RegisterRow *>());
                target = int(groups.size()) - 1;
                currentHasHead = false;
            } else if (target != groups.size() - 1) {
                // A member added further down: it joins its household, the rows below still follow theirs.
                groups[target].append(&row);
                continue;
            }
            if (!row.householdUuid.isEmpty())
                groupByUuid.insert(row.householdUuid, target);
            if (!row.householdCode.isEmpty() && !groupByCode.contains(row.householdCode))
                groupByCode.insert(row.householdCode, target);
            groups[target].append(&row);
            currentHasHead = currentHasHead || (isHead(row) && !row.person.fullName.isEmpty());
            continue;
        }
        switch (rule) {
        case Rule::HouseholdCode:
            start = start || (!row.householdCode.isEmpty() && row.householdCode != currentKey);
            break;
        case Rule::SttRepeated:
            start = start || (!row.stt.isEmpty() && row.stt != currentKey);
            break;
        case Rule::SttOnHead:
            start = start || !row.stt.isEmpty() || (isHead(row) && currentHasHead);
            break;
        case Rule::Identity: // grouped above
            break;
        case Rule::SttPerPerson:
        case Rule::HeadOnly:
            // Rows before the first head join it; a register with no head at all makes a household a row.
            start = start || (isHead(row) && currentHasHead) || (rule == Rule::HeadOnly && !anyHead);
            break;
        }
        if (start) {
            groups.append(QList<const RegisterRow *>());
            currentHasHead = false;
            currentKey = rule == Rule::HouseholdCode ? row.householdCode : row.stt;
        }
        groups.last().append(&row);
        currentHasHead = currentHasHead || (isHead(row) && !row.person.fullName.isEmpty());
    }

    // Sized once: lists grown row by row hold up to twice their size, and the parsed register of 100,000
    // people lives until the import is planned.
    QList<ParsedHousehold> households;
    households.reserve(groups.size());
    for (const auto &group : groups) {
        ParsedHousehold household;
        household.members.reserve(group.size());
        const RegisterRow *first = group.first();
        household.code = first->householdCode.isEmpty() ? first->stt : first->householdCode;
        for (const RegisterRow *row : group) {
            if (household.uuid.isEmpty())
                household.uuid = row->householdUuid;
            if (household.code.isEmpty())
                household.code = row->householdCode.isEmpty() ? row->stt : row->householdCode;
            if (household.address.isEmpty())
                household.address = row->address;
            if (household.clanName.isEmpty())
                household.clanName = row->clan;
            if (!row->person.fullName.isEmpty())
                household.members.append(row->person);
        }
        if (household.members.isEmpty())
            continue; // only rows without a name: each was reported as MissingName
        int head = -1;
        for (int i = 0; i < household.members.size() && head < 0; ++i)
            if (household.members[i].relation == kHead)
                head = i;
        if (head < 0) {
            ParsedPerson &p = household.members.first();
            if (problems) {
                ImportProblem problem;
                problem.kind = ImportProblem::Kind::NoHead;
                problem.where = p.where;
                problem.message =
                    tr("The household of %1 has no one marked as head (Chủ hộ)").arg(p.fullName);
                problem.action = tr("%1, its first member, becomes the head").arg(p.fullName);
                problems->append(problem);
            }
            p.relation = kHead;
            head = 0;
        } else if (head > 0) {
            household.members.move(head, 0);
        }
        household.where = household.members.first().where;
        households.append(std::move(household));
    }
    return households;
}

} // namespace sht::importing
