#include "ImportPlanner.h"

#include "Database.h"
#include "PersonMatcher.h"
#include "TextNormalizer.h"
#include "ValueNormalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace sht::importing {

namespace {

// "thon dong", and the same without the kind word ("dong"), so a sheet named "Đông" finds "Thôn Đông".
QString villageKey(const QString &name)
{
    return text::searchKey(name);
}

QString bareVillageKey(const QString &name)
{
    static const QRegularExpression kindWord(
        QStringLiteral("^(thon|xom|ban|ap|lang|khu pho|khu|to dan pho|tdp|to|doi)\\s+"));
    QString key = villageKey(name);
    key.remove(kindWord);
    return key;
}

AdminUnit::Kind kindOfNewVillage(const QString &name)
{
    const QString key = villageKey(name);
    return key.startsWith(QLatin1String("to dan pho")) || key.startsWith(QLatin1String("tdp ")) ||
                   key.startsWith(QLatin1String("khu pho"))
               ? AdminUnit::Kind::ResidentialGroup
               : AdminUnit::Kind::Village;
}

QString clanKey(const QString &name)
{
    return text::foldCase(text::normalizeToneMarkPlacement(ValueNormalizer::normalized(name)));
}

ResidenceStatus residenceOf(const QString &code)
{
    if (code == QLatin1String("temporary_resident"))
        return ResidenceStatus::Temporary;
    if (code == QLatin1String("temporarily_absent"))
        return ResidenceStatus::TemporarilyAbsent;
    return residenceFromStorage(code);
}

QString placeOf(const SourceRef &where)
{
    QString place = where.file;
    if (!where.sheet.isEmpty())
        place += QStringLiteral(" › ") + where.sheet;
    if (where.row > 0)
        place += ImportPlanner::tr(", row %1").arg(where.row);
    return place;
}

// Education::fromStorage() of each distinct text, read once: a register repeats a few dozen values
// ("9/12", "12/12, Đại học") over 100,000 rows, and each read allocates a dozen strings.
class EducationMemo
{
public:
    Education operator()(const QString &stored)
    {
        const auto found = m_read.constFind(stored);
        if (found != m_read.constEnd())
            return *found;
        const Education education = Education::fromStorage(stored);
        m_read.insert(stored, education);
        return education;
    }

private:
    QHash<QString, Education> m_read;
};

// What the register gives, as the person the file would hold.
Person personFrom(const ParsedPerson &parsed, EducationMemo &education)
{
    Person p;
    p.name = PersonName(parsed.fullName);
    p.sex = sexFromStorage(parsed.sex);
    p.birthDate = parsed.birthDate;
    QString error;
    p.citizenId = CitizenId::parse(parsed.citizenId, &error);
    p.ethnicity = ValueNormalizer::normalized(parsed.ethnicity);
    p.education = education(parsed.education);
    p.occupation = ValueNormalizer::normalized(parsed.occupation);
    p.notes = parsed.notes;
    if (!error.isEmpty() && !parsed.citizenId.isEmpty())
        p.notes = (p.notes.isEmpty() ? QString() : p.notes + QStringLiteral("; ")) + parsed.citizenId;
    return p;
}

Person personFrom(const ImportSnapshot::Person &row, EducationMemo &education)
{
    Person p;
    p.id = row.id;
    p.uuid = row.uuid;
    p.name = PersonName(row.fullName);
    p.sex = sexFromStorage(row.sex);
    p.birthDate = PartialDate::fromStorage(row.birthDate);
    p.citizenId = CitizenId::parse(row.citizenId);
    p.ethnicity = row.ethnicity;
    p.education = education(row.education);
    p.occupation = row.occupation;
    p.notes = row.notes;
    return p;
}

class Builder
{
public:
    Builder(const ParsedRegister &input, const ImportSnapshot &snapshot)
        : m_input(input)
        , m_snapshot(snapshot)
    {}

    ImportPlan build();

private:
    void indexSnapshot();
    void indexIdentities();
    bool usesIdentities(const ParsedVillage &parsed);
    void unknownIdentity(const SourceRef &where, const QString &message, const QString &action);
    int villageFor(const ParsedVillage &parsed);
    int clanFor(const QString &name);
    void planHousehold(int villageIndex, const ParsedHousehold &parsed);
    qint64 matchHousehold(const PlannedVillage &village, const ParsedHousehold &parsed) const;
    QString freeCode(const QString &wanted, const SourceRef &where);
    PlannedPerson planMember(const ParsedPerson &parsed, qint64 householdId);
    PlannedPerson planIdentified(const ParsedPerson &parsed, int snapshotIndex);
    void compare(PlannedPerson &planned, const ImportSnapshot::Person &row, bool identified = false) const;
    // The person of the plan at this place (the plan's own record of it: the input's rows may be gone).
    struct PlanPlace
    {
        int village = 0;
        int household = 0;
        int member = 0;
    };
    const PlannedPerson &plannedAt(const PlanPlace &place) const
    {
        return m_plan.villages.at(place.village).households.at(place.household).members.at(place.member);
    }
    void checkDuplicates(const PlanPlace &place);
    void addDuplicate(PossibleDuplicate duplicate);
    QString databasePlace(int personIndex) const;
    void fixHeads(PlannedHousehold &household);

    const ParsedRegister &m_input;
    const ImportSnapshot &m_snapshot;
    ImportPlan m_plan;

    QHash<QString, qint64> m_villageByKey;     // every name of every village → the village it leads to
    QHash<QString, qint64> m_villageByBareKey; // without the kind word; 0 when ambiguous
    QHash<qint64, QString> m_villageName;
    QHash<qint64, int> m_plannedVillageById;   // existing village id → index in m_plan.villages
    QHash<QString, int> m_plannedVillageByNew; // key of a village to create → index
    QHash<QString, int> m_clanByKey;           // clan key → index in m_plan.clans
    QHash<QPair<qint64, QString>, qint64> m_householdByCode;
    QHash<qint64, const ImportSnapshot::Household *> m_household;
    QHash<qint64, PersonMatcher> m_headsByVillage;  // ref = household id
    QHash<qint64, QList<int>> m_membersByHousehold; // snapshot.people indexes, current and alive
    PersonMatcher m_database;                       // ref = snapshot.people index, alive people
    QSet<qint64> m_claimedHouseholds;
    QSet<int> m_claimedPeople;
    QHash<QString, QSet<QString>> m_codesInVillage; // village (id or new key) → codes taken
    // People of the input seen so far, for duplicates within the input: where each is in the plan (its
    // row, name and the person in the file it was matched to are there; 100,000 copies are not kept).
    QList<PlanPlace> m_seen;
    mutable EducationMemo m_education; // compare() is const: the memo changes no result
    PersonMatcher m_inputPeople;       // ref = m_seen index
    QString m_currentVillageKey;
    // An entry template's identities (filled only when the input has one: a register never pays for them).
    bool m_identitiesIndexed = false;
    bool m_currentUsesIdentities = false;
    QHash<QString, qint64> m_villageByUuid;
    QHash<QString, qint64> m_householdByUuid;
    QHash<QString, int> m_personByUuid; // → snapshot.people index
};

ImportPlan Builder::build()
{
    m_plan.problems = m_input.problems;
    indexSnapshot();
    const int people = m_input.personCount();
    m_seen.reserve(people);
    m_inputPeople.reserve(people);
    for (const ParsedVillage &parsed : m_input.villages) {
        const int index = villageFor(parsed);
        PlannedVillage &village = m_plan.villages[index];
        village.households.reserve(village.households.size() + parsed.households.size());
        const QString source =
            parsed.sheet.isEmpty() ? parsed.file : parsed.file + QStringLiteral(" › ") + parsed.sheet;
        if (!village.sources.contains(source))
            village.sources << source;
        m_currentVillageKey = village.existingId ? QString::number(village.existingId)
                                                 : QStringLiteral("new:") + villageKey(village.name);
        m_currentUsesIdentities = usesIdentities(parsed);
        for (const ParsedHousehold &household : parsed.households)
            planHousehold(index, household);
    }
    // Lists grown one by one hold up to twice their size: the plan lives through the whole write.
    m_plan.problems.squeeze();
    m_plan.duplicates.squeeze();
    return std::move(m_plan);
}

void Builder::indexSnapshot()
{
    // Current villages first, so a former village's old name never hides a current village's name.
    for (int pass = 0; pass < 2; ++pass)
        for (const ImportSnapshot::Village &v : m_snapshot.villages) {
            if (v.current != (pass == 0))
                continue;
            qint64 target = v.id;
            // A village merged into another leads to the one that absorbed it (followed to the end).
            for (int hops = 0; hops < 10; ++hops) {
                const auto next =
                    std::find_if(m_snapshot.villages.cbegin(), m_snapshot.villages.cend(),
                                 [&](const ImportSnapshot::Village &u) { return u.id == target; });
                if (next == m_snapshot.villages.cend() || next->current || next->mergedIntoId == 0)
                    break;
                target = next->mergedIntoId;
            }
            if (v.current)
                m_villageName.insert(v.id, v.name);
            for (const QString &name : v.names) {
                const QString key = villageKey(name);
                if (!m_villageByKey.contains(key))
                    m_villageByKey.insert(key, target);
                const QString bare = bareVillageKey(name);
                if (!m_villageByBareKey.contains(bare))
                    m_villageByBareKey.insert(bare, target);
                else if (m_villageByBareKey.value(bare) != target && pass == 0)
                    m_villageByBareKey.insert(bare, 0);
            }
        }
    for (const ImportSnapshot::Village &v : m_snapshot.villages)
        if (!m_villageName.contains(v.id))
            m_villageName.insert(v.id, v.name);

    for (const ImportSnapshot::Clan &clan : m_snapshot.clans) {
        const QString key = clanKey(clan.name);
        if (m_clanByKey.contains(key))
            continue;
        m_clanByKey.insert(key, int(m_plan.clans.size()));
        m_plan.clans << PlannedClan{clan.id, clan.name};
    }

    for (const ImportSnapshot::Household &h : m_snapshot.households) {
        m_household.insert(h.id, &h);
        m_householdByCode.insert({h.villageId, h.code.trimmed()}, h.id);
        m_codesInVillage[QString::number(h.villageId)].insert(h.code.trimmed());
    }
    m_database.reserve(int(m_snapshot.people.size()));
    for (int i = 0; i < m_snapshot.people.size(); ++i) {
        const ImportSnapshot::Person &p = m_snapshot.people.at(i);
        if (!p.alive)
            continue;
        const QString key = PersonMatcher::nameKey(p.fullName);
        const PartialDate birth = PartialDate::fromStorage(p.birthDate);
        m_database.add(i, key, birth, p.citizenId);
        if (p.householdId == 0)
            continue;
        m_membersByHousehold[p.householdId] << i;
        if (p.relation == QLatin1String("head"))
            if (const ImportSnapshot::Household *h = m_household.value(p.householdId))
                m_headsByVillage[h->villageId].add(p.householdId, key, birth, p.citizenId);
    }
}

void Builder::indexIdentities()
{
    if (m_identitiesIndexed)
        return;
    m_identitiesIndexed = true;
    for (const ImportSnapshot::Village &v : m_snapshot.villages) {
        qint64 target = v.id;
        // A village merged into another since the template was written leads to the one that absorbed it.
        for (int hops = 0; hops < 10; ++hops) {
            const auto next = std::find_if(m_snapshot.villages.cbegin(), m_snapshot.villages.cend(),
                                           [&](const ImportSnapshot::Village &u) { return u.id == target; });
            if (next == m_snapshot.villages.cend() || next->current || next->mergedIntoId == 0)
                break;
            target = next->mergedIntoId;
        }
        m_villageByUuid.insert(v.uuid, target);
    }
    for (const ImportSnapshot::Household &h : m_snapshot.households)
        m_householdByUuid.insert(h.uuid, h.id);
    for (int i = 0; i < m_snapshot.people.size(); ++i)
        m_personByUuid.insert(m_snapshot.people.at(i).uuid, i);
}

void Builder::unknownIdentity(const SourceRef &where, const QString &message, const QString &action)
{
    ImportProblem problem;
    problem.kind = ImportProblem::Kind::UnknownIdentity;
    problem.where = where;
    problem.message = message;
    problem.action = action;
    m_plan.problems << problem;
}

// A sheet of an entry template written from this commune file: its rows are matched by identity. One written
// from another commune's file is read like any register (its uuids mean nothing here), and says so.
bool Builder::usesIdentities(const ParsedVillage &parsed)
{
    if (parsed.villageUuid.isEmpty())
        return false;
    if (parsed.communeUuid != m_snapshot.communeUuid) {
        SourceRef where;
        where.file = parsed.file;
        where.sheet = parsed.sheet;
        unknownIdentity(where,
                        ImportPlanner::tr("This entry template was written from another commune file."),
                        ImportPlanner::tr("Its rows are matched by household number, name and birth date, "
                                          "like any register."));
        return false;
    }
    indexIdentities();
    return true;
}

int Builder::villageFor(const ParsedVillage &parsed)
{
    const QString name = text::normalized(parsed.villageName.isEmpty() ? parsed.sheet : parsed.villageName);
    qint64 id = 0;
    if (!parsed.villageUuid.isEmpty() && parsed.communeUuid == m_snapshot.communeUuid) {
        indexIdentities();
        id = m_villageByUuid.value(parsed.villageUuid);
        if (id == 0) {
            SourceRef where;
            where.file = parsed.file;
            where.sheet = parsed.sheet;
            unknownIdentity(where,
                            ImportPlanner::tr("The village this entry template was written for (%1) is no "
                                              "longer in the commune file.")
                                .arg(name),
                            ImportPlanner::tr("The village is found by its name, or created."));
        }
    }
    if (id == 0)
        id = m_villageByKey.value(villageKey(name));
    if (id == 0)
        id = m_villageByBareKey.value(bareVillageKey(name));
    if (id != 0) {
        if (const auto found = m_plannedVillageById.constFind(id); found != m_plannedVillageById.constEnd())
            return *found;
        PlannedVillage village;
        village.existingId = id;
        village.name = m_villageName.value(id);
        m_plan.villages << village;
        m_plannedVillageById.insert(id, int(m_plan.villages.size() - 1));
        return int(m_plan.villages.size() - 1);
    }
    const QString key = villageKey(name);
    if (const auto found = m_plannedVillageByNew.constFind(key); found != m_plannedVillageByNew.constEnd())
        return *found;
    PlannedVillage village;
    village.name = name;
    village.kind = kindOfNewVillage(name);
    m_plan.villages << village;
    m_plannedVillageByNew.insert(key, int(m_plan.villages.size() - 1));
    return int(m_plan.villages.size() - 1);
}

int Builder::clanFor(const QString &name)
{
    const QString clean = text::normalized(name);
    if (clean.isEmpty())
        return -1;
    const QString key = clanKey(clean);
    if (const auto found = m_clanByKey.constFind(key); found != m_clanByKey.constEnd())
        return *found;
    m_clanByKey.insert(key, int(m_plan.clans.size()));
    m_plan.clans << PlannedClan{0, text::normalizeToneMarkPlacement(clean)};
    return int(m_plan.clans.size() - 1);
}

qint64 Builder::matchHousehold(const PlannedVillage &village, const ParsedHousehold &parsed) const
{
    if (village.isNew())
        return 0;
    const QString code = ValueNormalizer::normalized(parsed.code);
    if (!code.isEmpty()) {
        const qint64 id = m_householdByCode.value({village.existingId, code});
        if (id != 0)
            return m_claimedHouseholds.contains(id) ? 0 : id;
    }
    if (parsed.members.isEmpty())
        return 0;
    // A register without codes (or renumbered): the household whose head is this head.
    const ParsedPerson &head = parsed.members.constFirst();
    const auto heads = m_headsByVillage.constFind(village.existingId);
    if (heads == m_headsByVillage.constEnd())
        return 0;
    const QList<qint64> found = heads->sameIdentity(PersonMatcher::nameKey(head.fullName), head.birthDate);
    if (found.size() == 1 && !m_claimedHouseholds.contains(found.constFirst()))
        return found.constFirst();
    return 0;
}

QString Builder::freeCode(const QString &wanted, const SourceRef &where)
{
    QSet<QString> &taken = m_codesInVillage[m_currentVillageKey];
    if (!wanted.isEmpty() && !taken.contains(wanted)) {
        taken.insert(wanted);
        return wanted;
    }
    QString code;
    if (wanted.isEmpty()) {
        // The register has no household numbers: number them after the village's last.
        int n = int(taken.size()) + 1;
        while (taken.contains(code = QString::number(n)))
            ++n;
    } else {
        int n = 2;
        while (taken.contains(code = QStringLiteral("%1-%2").arg(wanted).arg(n)))
            ++n;
        ImportProblem problem;
        problem.kind = ImportProblem::Kind::UnknownValue;
        problem.where = where;
        problem.message = ImportPlanner::tr("Household code %1 is used twice in this village.").arg(wanted);
        problem.action = ImportPlanner::tr("This household gets the code %1.").arg(code);
        m_plan.problems << problem;
    }
    taken.insert(code);
    return code;
}

void Builder::planHousehold(int villageIndex, const ParsedHousehold &parsed)
{
    PlannedVillage &village = m_plan.villages[villageIndex];
    if (parsed.members.isEmpty())
        return;
    PlannedHousehold household;
    household.where = parsed.where;
    household.address = ValueNormalizer::normalized(parsed.address);
    household.clanIndex = clanFor(parsed.clanName);
    if (m_currentUsesIdentities && !parsed.uuid.isEmpty()) {
        const qint64 id = m_householdByUuid.value(parsed.uuid);
        if (id != 0 && !m_claimedHouseholds.contains(id))
            household.existingId = id;
        else if (id == 0)
            unknownIdentity(
                parsed.where,
                ImportPlanner::tr("The household of %1 is not in the commune file (deleted since the "
                                  "entry template was written?).")
                    .arg(parsed.members.constFirst().fullName),
                ImportPlanner::tr("Matched by its number and head like a register's household."));
    }
    if (!household.existingId)
        household.existingId = matchHousehold(village, parsed);
    if (household.existingId) {
        m_claimedHouseholds.insert(household.existingId);
        const ImportSnapshot::Household *existing = m_household.value(household.existingId);
        household.code = existing->code;
        if (household.clanIndex >= 0 && m_plan.clans.at(household.clanIndex).existingId != existing->clanId)
            household.clanChange = true;
    } else {
        household.code = freeCode(ValueNormalizer::normalized(parsed.code), parsed.where);
    }
    // Rows with an identity claim their person first, so a row without one is never matched by name to a
    // person another row names by identity.
    QHash<int, int> identified; // member index → snapshot.people index
    QSet<int> skipped;          // member index: an identity this file does not have
    if (m_currentUsesIdentities)
        for (int i = 0; i < parsed.members.size(); ++i) {
            const ParsedPerson &member = parsed.members.at(i);
            if (member.uuid.isEmpty())
                continue;
            const auto found = m_personByUuid.constFind(member.uuid);
            if (found == m_personByUuid.constEnd()) {
                skipped.insert(i);
                unknownIdentity(member.where,
                                ImportPlanner::tr("%1 is not in the commune file (deleted since the entry "
                                                  "template was written?).")
                                    .arg(member.fullName),
                                ImportPlanner::tr("Row not imported; add the person by hand if they belong "
                                                  "here."));
            } else if (m_claimedPeople.contains(*found)) {
                // A row copied in Excel carries the identity of the row it was copied from.
                unknownIdentity(member.where,
                                ImportPlanner::tr("%1 has the identity of another row (a copied row?).")
                                    .arg(member.fullName),
                                ImportPlanner::tr("Imported as a new person."));
            } else {
                m_claimedPeople.insert(*found);
                identified.insert(i, *found);
            }
        }
    household.members.reserve(parsed.members.size());
    for (int i = 0; i < parsed.members.size(); ++i) {
        const ParsedPerson &member = parsed.members.at(i);
        if (ValueNormalizer::normalized(member.fullName).isEmpty() || skipped.contains(i))
            continue; // the layout step reports rows without a name; nothing to write
        const auto found = identified.constFind(i);
        household.members << (found != identified.constEnd() ? planIdentified(member, *found)
                                                             : planMember(member, household.existingId));
    }
    if (household.members.isEmpty())
        return;
    fixHeads(household);
    const int members = int(household.members.size());
    village.households << std::move(household);
    const int householdIndex = int(village.households.size()) - 1;
    for (int i = 0; i < members; ++i)
        checkDuplicates({villageIndex, householdIndex, i});
}

// A household has exactly one current head (the schema enforces it): in a new household the first head
// row is the head, or the first member when no row says so; more "head" rows become "other", reported.
void Builder::fixHeads(PlannedHousehold &household)
{
    if (!household.isNew())
        return;
    int head = -1;
    for (int i = 0; i < household.members.size(); ++i) {
        PlannedPerson &member = household.members[i];
        if (member.relation != Relation::Head)
            continue;
        if (head < 0) {
            head = i;
            continue;
        }
        member.relation = Relation::Other;
        ImportProblem problem;
        problem.kind = ImportProblem::Kind::UnknownRelation;
        problem.where = member.source.where;
        problem.message =
            ImportPlanner::tr("%1 is a second head of the household.").arg(member.person.name.full());
        problem.action = ImportPlanner::tr("Recorded as another relative; correct it after the import.");
        m_plan.problems << problem;
    }
    if (head < 0)
        household.members[0].relation = Relation::Head;
    else if (head > 0)
        household.members.move(head, 0);
}

PlannedPerson Builder::planMember(const ParsedPerson &parsed, qint64 householdId)
{
    PlannedPerson planned;
    planned.source = parsed;
    planned.person = personFrom(parsed, m_education);
    planned.relation = relationFromStorage(parsed.relation);
    if (planned.relation == Relation::Unknown)
        planned.relation = Relation::Other;
    planned.residence = residenceOf(parsed.residence);
    if (householdId == 0)
        return planned;

    const QString key = PersonMatcher::nameKey(planned.person.name.full());
    int match = -1;
    for (int index : m_membersByHousehold.value(householdId)) {
        if (m_claimedPeople.contains(index))
            continue;
        const ImportSnapshot::Person &row = m_snapshot.people.at(index);
        if (PersonMatcher::nameKey(row.fullName) != key)
            continue;
        const PartialDate birth = PartialDate::fromStorage(row.birthDate);
        // Two members with one name (father and son): the birth date decides.
        if (match < 0 || (planned.person.birthDate.overlaps(birth)))
            match = index;
    }
    if (match < 0)
        return planned;
    m_claimedPeople.insert(match);
    compare(planned, m_snapshot.people.at(match));
    return planned;
}

// A row of an entry template naming this person: the same person even when the volunteer corrected the name
// or the birth date, wherever the person lives now.
PlannedPerson Builder::planIdentified(const ParsedPerson &parsed, int snapshotIndex)
{
    PlannedPerson planned;
    planned.source = parsed;
    planned.person = personFrom(parsed, m_education);
    planned.relation = relationFromStorage(parsed.relation);
    if (planned.relation == Relation::Unknown)
        planned.relation = Relation::Other;
    planned.residence = residenceOf(parsed.residence);
    compare(planned, m_snapshot.people.at(snapshotIndex), true);
    return planned;
}

void Builder::compare(PlannedPerson &planned, const ImportSnapshot::Person &row, bool identified) const
{
    const Person incoming = planned.person;
    Person merged = personFrom(row, m_education);
    planned.membershipId = row.membershipId;
    auto change = [&](const QString &column, const QString &label, const QString &before,
                      const QString &after) {
        planned.changes << FieldChange{column, label, before, after};
    };

    // Only an identified row may rename: a name is what matched any other row. The stored name is read as
    // the register's would be, so writing a template and reading it back changes nothing.
    if (identified && !incoming.name.isEmpty() &&
        incoming.name.full() != ValueNormalizer::name(row.fullName)) {
        change(QStringLiteral("full_name"), ImportPlanner::tr("Name"), row.fullName, incoming.name.full());
        merged.name = incoming.name;
    }

    if (incoming.sex != Sex::Unknown && incoming.sex != merged.sex) {
        change(QStringLiteral("sex"), ImportPlanner::tr("Sex"), sexLabel(merged.sex), sexLabel(incoming.sex));
        merged.sex = incoming.sex;
    }
    const PartialDate &born = incoming.birthDate;
    if (!born.isNull() && (merged.birthDate.isNull() || !born.overlaps(merged.birthDate) ||
                           born.precision() > merged.birthDate.precision())) {
        change(QStringLiteral("birth_date"), ImportPlanner::tr("Birth date"), merged.birthDate.toString(),
               born.toString());
        merged.birthDate = born;
    }
    if (!incoming.citizenId.isNull() && incoming.citizenId != merged.citizenId) {
        change(QStringLiteral("citizen_id"), ImportPlanner::tr("ID"), merged.citizenId.digits(),
               incoming.citizenId.digits());
        merged.citizenId = incoming.citizenId;
    }
    if (!incoming.ethnicity.isEmpty() && incoming.ethnicity != merged.ethnicity) {
        change(QStringLiteral("ethnicity"), ImportPlanner::tr("Ethnicity"), merged.ethnicity,
               incoming.ethnicity);
        merged.ethnicity = incoming.ethnicity;
    }
    if (!incoming.education.isNull() && incoming.education != merged.education) {
        change(QStringLiteral("education"), ImportPlanner::tr("Education"), merged.education.toString(),
               incoming.education.toString());
        merged.education = incoming.education;
    }
    if (!incoming.occupation.isEmpty() && incoming.occupation != merged.occupation) {
        change(QStringLiteral("occupation"), ImportPlanner::tr("Occupation"), merged.occupation,
               incoming.occupation);
        merged.occupation = incoming.occupation;
    }
    // Notes are the clerk's own: the register only fills them when empty.
    if (!incoming.notes.isEmpty() && merged.notes.isEmpty()) {
        change(QStringLiteral("notes"), ImportPlanner::tr("Notes"), QString(), incoming.notes);
        merged.notes = incoming.notes;
    }

    const Relation stored = relationFromStorage(row.relation);
    const Relation wanted = relationFromStorage(planned.source.relation);
    if (wanted != Relation::Unknown && wanted != stored && stored != Relation::Head &&
        wanted != Relation::Head && row.membershipId != 0) {
        change(QStringLiteral("relation"), ImportPlanner::tr("Relation to the head"),
               relationLabel(stored, merged.sex), relationLabel(wanted, merged.sex));
    }
    planned.relation = (wanted == Relation::Unknown || stored == Relation::Head || wanted == Relation::Head)
                           ? stored
                           : wanted;
    const ResidenceStatus storedResidence = residenceFromStorage(row.residence);
    // The layout step writes "permanent" when the register says nothing: only another status is news.
    if (planned.residence != ResidenceStatus::Permanent && planned.residence != storedResidence &&
        row.membershipId != 0)
        change(QStringLiteral("residence_status"), ImportPlanner::tr("Residence"),
               residenceLabel(storedResidence), residenceLabel(planned.residence));
    else
        planned.residence = storedResidence;

    planned.person = merged;
    planned.action =
        planned.changes.isEmpty() ? PlannedPerson::Action::Unchanged : PlannedPerson::Action::Update;
}

QString Builder::databasePlace(int personIndex) const
{
    const ImportSnapshot::Person &p = m_snapshot.people.at(personIndex);
    const ImportSnapshot::Household *h = m_household.value(p.householdId);
    if (!h)
        return ImportPlanner::tr("already in the commune file, in no household");
    return ImportPlanner::tr("already in the commune file: %1, household %2")
        .arg(m_villageName.value(h->villageId), h->code);
}

void Builder::addDuplicate(PossibleDuplicate duplicate)
{
    ImportProblem problem;
    problem.kind = duplicate.reason == PossibleDuplicate::Reason::SharedId
                       ? ImportProblem::Kind::SharedId
                       : ImportProblem::Kind::PossibleDuplicate;
    problem.where = duplicate.first;
    problem.otherPlace = duplicate.secondPlace;
    if (duplicate.reason == PossibleDuplicate::Reason::SharedId) {
        problem.message = ImportPlanner::tr("%1 has the ID %2, like another person (%3).")
                              .arg(duplicate.name, duplicate.citizenId, duplicate.secondPlace);
        problem.action = ImportPlanner::tr("Both are imported with the ID; check which one is right.");
    } else {
        problem.message =
            ImportPlanner::tr("%1 may be the same person as %2 (%3).")
                .arg(duplicate.name, duplicate.secondPlace, ImportPlan::reasonText(duplicate.reason));
        problem.action =
            ImportPlanner::tr("Imported; review the pair after the import (merge or keep apart).");
    }
    m_plan.problems << problem;
    m_plan.duplicates << duplicate;
}

// A person matched in the file (planned.person.id) is not a duplicate of itself.
void Builder::checkDuplicates(const PlanPlace &place)
{
    const PlannedPerson &planned = plannedAt(place);
    const QString name = planned.person.name.full();
    const QString key = PersonMatcher::nameKey(name);
    const PartialDate &birth = planned.person.birthDate;
    const QString id = planned.person.citizenId.digits();
    const qint64 existing = planned.person.id;

    auto databaseDuplicate = [&](int index, PossibleDuplicate::Reason reason) {
        PossibleDuplicate d;
        d.reason = reason;
        d.name = name;
        d.first = planned.source.where;
        d.firstPlace = placeOf(planned.source.where);
        d.existingPersonId = m_snapshot.people.at(index).id;
        d.secondPlace =
            databasePlace(index) + QStringLiteral(" (%1)").arg(m_snapshot.people.at(index).fullName);
        d.citizenId = id;
        addDuplicate(d);
    };
    QSet<qint64> reported;    // snapshot indexes
    QSet<qint64> reportedIds; // person ids, so a row matched to one of them is not reported again
    for (qint64 index : m_database.sameIdentity(key, birth)) {
        if (m_snapshot.people.at(index).id == existing)
            continue;
        reported.insert(index);
        reportedIds.insert(m_snapshot.people.at(index).id);
        databaseDuplicate(int(index), PossibleDuplicate::Reason::SameNameAndBirth);
    }
    for (qint64 index : m_database.sameCitizenId(id)) {
        if (m_snapshot.people.at(index).id == existing || reported.contains(index))
            continue;
        reportedIds.insert(m_snapshot.people.at(index).id);
        const bool sameName = PersonMatcher::nameKey(m_snapshot.people.at(index).fullName) == key;
        databaseDuplicate(int(index),
                          sameName ? PossibleDuplicate::Reason::SameId : PossibleDuplicate::Reason::SharedId);
    }

    auto inputDuplicate = [&](qint64 seenIndex, PossibleDuplicate::Reason reason) {
        const PlannedPerson &other = plannedAt(m_seen.at(seenIndex));
        PossibleDuplicate d;
        d.reason = reason;
        d.name = name;
        d.first = planned.source.where;
        d.firstPlace = placeOf(planned.source.where);
        d.second = other.source.where;
        d.secondPlace = placeOf(other.source.where) + QStringLiteral(" (%1)").arg(other.person.name.full());
        d.citizenId = id;
        addDuplicate(d);
    };
    QSet<qint64> seenReported;
    for (qint64 index : m_inputPeople.sameIdentity(key, birth)) {
        seenReported.insert(index);
        if (reportedIds.contains(plannedAt(m_seen.at(index)).person.id))
            continue;
        inputDuplicate(index, PossibleDuplicate::Reason::SameNameAndBirth);
    }
    for (qint64 index : m_inputPeople.sameCitizenId(id)) {
        if (seenReported.contains(index) || reportedIds.contains(plannedAt(m_seen.at(index)).person.id))
            continue;
        const bool sameName = m_inputPeople.nameKeyOf(index) == key;
        inputDuplicate(index,
                       sameName ? PossibleDuplicate::Reason::SameId : PossibleDuplicate::Reason::SharedId);
    }
    m_inputPeople.add(m_seen.size(), key, birth, id);
    m_seen << place;
}

} // namespace

ImportPlanner::ImportPlanner(Database &db)
    : m_db(db)
{}

Status ImportPlanner::plan(const ParsedRegister &input, ImportPlan *out)
{
    ImportSnapshot snapshot;
    if (Status s = ImportRepository(m_db).snapshot(&snapshot); !s)
        return s;
    *out = plan(input, snapshot);
    return Status::success();
}

ImportPlan ImportPlanner::plan(const ParsedRegister &input, const ImportSnapshot &snapshot)
{
    return Builder(input, snapshot).build();
}

} // namespace sht::importing
