#include "DemoCommuneGenerator.h"

#include "AdminUnitRepository.h"
#include "AdminUnitService.h"
#include "ClanRepository.h"
#include "Database.h"
#include "DemoHouseholdPlanner.h"
#include "DemoRandom.h"
#include "HouseholdRepository.h"
#include "LearningCentreRepository.h"
#include "LocalUnitRepository.h"
#include "PersonRepository.h"
#include "Transaction.h"

#include <QHash>
#include <QMap>
#include <QScopeGuard>
#include <QSet>

namespace sht {

using demo::DemoRandom;
using demo::PlannedHousehold;

namespace {

const QDate villagesSince(2000, 1, 1);
const QDate householdsSince(2015, 1, 1);

// "Xã Hòa An" inside a sentence: "Ủy ban nhân dân xã Hòa An".
QString lowerFirst(const QString &text)
{
    return text.left(1).toLower() + text.mid(1);
}

QStringList villageNames(int count)
{
    QStringList names{QStringLiteral("Thôn Đông"),    QStringLiteral("Thôn Đoài"),
                      QStringLiteral("Thôn Trung"),   QStringLiteral("Thôn Thượng"),
                      QStringLiteral("Thôn Tân Lập"), QStringLiteral("Thôn Yên Phú"),
                      QStringLiteral("Thôn An Thái"), QStringLiteral("Thôn Bình Minh")};
    while (names.size() < count)
        names << QStringLiteral("Thôn %1").arg(names.size() + 1);
    return names.mid(0, count);
}

struct StaffedUnit
{
    QString name;
    QString kind;
    QString instrument;
    int staff;
    QStringList occupations; // who works there, by the register's occupation
};

QList<StaffedUnit> localUnits(const QString &commune)
{
    const QString place = commune.section(QLatin1Char(' '), 1);
    return {
        {QStringLiteral("Ủy ban nhân dân %1").arg(lowerFirst(commune)),
         QStringLiteral("people_committee"),
         QStringLiteral("tt24"),
         20,
         {QStringLiteral("Cán bộ")}},
        {QStringLiteral("Trường Mầm non %1").arg(place),
         QStringLiteral("preschool"),
         QStringLiteral("tt24"),
         18,
         {QStringLiteral("Giáo viên")}},
        {QStringLiteral("Trường Tiểu học %1").arg(place),
         QStringLiteral("primary_school"),
         QStringLiteral("tt24"),
         26,
         {QStringLiteral("Giáo viên")}},
        {QStringLiteral("Trường THCS %1").arg(place),
         QStringLiteral("lower_secondary_school"),
         QStringLiteral("tt24"),
         30,
         {QStringLiteral("Giáo viên")}},
        {QStringLiteral("Trạm Y tế %1").arg(commune),
         QStringLiteral("health_station"),
         QStringLiteral("448d"),
         7,
         {QStringLiteral("Y sĩ")}},
        {QStringLiteral("Hợp tác xã Nông nghiệp %1").arg(place),
         QStringLiteral("cooperative"),
         QStringLiteral("448d"),
         9,
         {QStringLiteral("Làm ruộng"), QStringLiteral("Kỹ thuật viên")}},
        {QStringLiteral("Công ty TNHH May mặc %1").arg(place),
         QStringLiteral("enterprise"),
         QStringLiteral("448d"),
         45,
         {QStringLiteral("Công nhân")}},
        {QStringLiteral("Bưu điện văn hóa %1").arg(lowerFirst(commune)),
         QStringLiteral("agency"),
         QStringLiteral("448d"),
         2,
         {QStringLiteral("Nhân viên văn phòng")}},
    };
}

struct CourseTopic
{
    QString title;
    QString field;
};

const QList<CourseTopic> &courseTopics()
{
    static const QList<CourseTopic> topics{
        {QStringLiteral("Kỹ thuật thâm canh lúa chất lượng cao"), QStringLiteral("agriculture")},
        {QStringLiteral("Chăn nuôi gà thả vườn an toàn sinh học"), QStringLiteral("agriculture")},
        {QStringLiteral("Phòng chống sốt xuất huyết"), QStringLiteral("health")},
        {QStringLiteral("Chăm sóc sức khỏe người cao tuổi"), QStringLiteral("health")},
        {QStringLiteral("Luật Giao thông đường bộ"), QStringLiteral("law")},
        {QStringLiteral("Phòng chống bạo lực gia đình"), QStringLiteral("law")},
        {QStringLiteral("Kỹ năng số: dùng điện thoại thông minh và dịch vụ công trực tuyến"),
         QStringLiteral("ict")},
        {QStringLiteral("Thanh toán không dùng tiền mặt"), QStringLiteral("ict")},
        {QStringLiteral("Câu lạc bộ dân ca"), QStringLiteral("culture")},
        {QStringLiteral("Trồng rau an toàn theo VietGAP"), QStringLiteral("agriculture")},
        {QStringLiteral("Phân loại rác thải tại nguồn"), QStringLiteral("environment")},
        {QStringLiteral("Chống lừa đảo qua mạng"), QStringLiteral("ict")},
    };
    return topics;
}

} // namespace

DemoCommuneGenerator::DemoCommuneGenerator(Database &db, DemoOptions options)
    : m_db(db)
    , m_options(std::move(options))
{}

Status DemoCommuneGenerator::createFile(const QString &path, const DemoOptions &options, DemoReport *report)
{
    Database db;
    db.setActor(AuditActor::fromEnvironment(QStringLiteral("demo")));
    if (Status s = db.create(path); !s)
        return s;
    return DemoCommuneGenerator(db, options).generate(report);
}

Status DemoCommuneGenerator::generate(DemoReport *report)
{
    if (m_options.people < 1)
        return Status::failure(tr("The demo commune needs at least one person."));
    DemoRandom random(m_options.seed);
    m_db.setUuidSource([&random] { return random.uuid(); });
    const auto restoreUuids = qScopeGuard([this] { m_db.setUuidSource({}); });
    DemoReport done;

    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    AdminUnitRepository units(m_db);
    AdminUnitService unitService(m_db);
    HouseholdRepository households(m_db);
    PersonRepository people(m_db);

    AdminUnit commune;
    commune.kind = AdminUnit::Kind::Commune;
    commune.name = m_options.communeName;
    commune.code = QStringLiteral("%1").arg(m_options.provinceCode, 3, 10, QLatin1Char('0'));
    commune.validFrom = QDate(2025, 7, 1); // communes of the two-tier system
    if (Status s = unitService.createCommune(commune); !s)
        return s;

    // About 220 households a village; the last unit is a residential group by the commune's centre, and one
    // extra village is planned so that the 2025 merger leaves the same number of current villages.
    const int householdsWanted = qMax(1, int(m_options.people / 3.6));
    const int villageCount = qBound(3, (householdsWanted + 110) / 220, 60);
    QStringList names = villageNames(villageCount - 1);
    names << QStringLiteral("Tổ dân phố Bắc Sơn") << QStringLiteral("Thôn Đồng Quang");
    QList<qint64> villageIds;
    for (int i = 0; i < names.size(); ++i) {
        AdminUnit village;
        village.kind = i == villageCount - 1 ? AdminUnit::Kind::ResidentialGroup : AdminUnit::Kind::Village;
        village.name = names.at(i);
        village.code = QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        village.sortOrder = i + 1;
        village.validFrom = villagesSince;
        if (Status s = unitService.createVillage(village); !s)
            return s;
        villageIds << village.id;
    }

    // Households go round-robin into the villages (the merged-away village gets a small share).
    demo::DemoHouseholdPlanner planner(random, m_options);
    QHash<QString, QList<qint64>> householdsByLine;
    QHash<QString, qint64> eldestMaleByLine;
    QHash<QString, int> eldestYearByLine;
    QMap<QString, QList<qint64>> workersByOccupation;
    QList<qint64> adults;
    QList<qint64> householdIdsByVillage;
    QList<int> codeCounters(villageIds.size(), 0);
    int householdIndex = 0;
    while (done.people < m_options.people) {
        int v = householdIndex % villageCount;
        if (householdIndex % 25 == 24)
            v = villageIds.size() - 1; // Thôn Đồng Quang, merged in 2025
        ++householdIndex;
        PlannedHousehold plan = planner.plan();
        Household household;
        household.villageId = villageIds.at(v);
        household.code = QStringLiteral("%1.%2")
                             .arg(v + 1, 2, 10, QLatin1Char('0'))
                             .arg(++codeCounters[v], 3, 10, QLatin1Char('0'));
        household.address = QStringLiteral("Xóm %1, %2").arg(1 + codeCounters[v] / 40).arg(names.at(v));
        if (Status s = households.insert(household, householdsSince); !s)
            return s;
        for (demo::PlannedMember &member : plan.members) {
            if (Status s = people.insert(member.person); !s)
                return s;
            Membership membership;
            membership.personId = member.person.id;
            membership.householdId = household.id;
            membership.relation = member.relation;
            membership.residence =
                random.chance(0.03) ? ResidenceStatus::TemporarilyAbsent : ResidenceStatus::Permanent;
            membership.validFrom = householdsSince;
            if (Status s = households.insertMembership(membership); !s)
                return s;
            const int birthYear = member.person.birthDate.year();
            const int age = m_options.referenceYear - birthYear;
            if (age >= 18 && age <= 70)
                adults << member.person.id;
            if (age >= 22 && age <= 60)
                workersByOccupation[member.person.occupation] << member.person.id;
            if (member.person.sex == Sex::Male && member.person.name.family() == plan.maleLine &&
                (!eldestYearByLine.contains(plan.maleLine) ||
                 birthYear < eldestYearByLine.value(plan.maleLine))) {
                eldestYearByLine[plan.maleLine] = birthYear;
                eldestMaleByLine[plan.maleLine] = member.person.id;
            }
            ++done.people;
        }
        if (!plan.maleLine.isEmpty())
            householdsByLine[plan.maleLine] << household.id;
        ++done.households;
        if (m_options.progress && done.households % 200 == 0 &&
            !m_options.progress(done.people, m_options.people))
            return Status::failure(tr("Cancelled; nothing was written."));
    }

    // Clans along the father's line: one per family name with enough households in the commune.
    ClanRepository clans(m_db);
    const int clanMinimum = qMax(5, done.households / 100);
    QStringList lines = householdsByLine.keys();
    lines.sort();
    for (const QString &line : lines) {
        const QList<qint64> &members = householdsByLine.value(line);
        if (members.size() < clanMinimum)
            continue;
        Clan clan;
        clan.name = QStringLiteral("Họ %1").arg(line);
        clan.headPersonId = eldestMaleByLine.value(line);
        if (Status s = clans.insert(clan); !s)
            return s;
        for (qint64 householdId : members)
            if (Status s = clans.addHousehold(clan.id, householdId); !s)
                return s;
        ++done.clans;
    }

    // Local units staffed from the register, scaled with the commune's size.
    LocalUnitRepository unitRepository(m_db);
    const double scale = qMax(1.0, done.households / 1800.0);
    QSet<qint64> employed;
    for (const StaffedUnit &spec : localUnits(m_options.communeName)) {
        LocalUnit unit;
        unit.name = spec.name;
        unit.kind = spec.kind;
        unit.instrument = spec.instrument;
        unit.managingLevel = QStringLiteral("commune");
        unit.staffCount = int(spec.staff * scale);
        if (Status s = unitRepository.insert(unit); !s)
            return s;
        int hired = 0;
        for (const QString &occupation : spec.occupations)
            for (qint64 personId : workersByOccupation.value(occupation)) {
                if (hired >= unit.staffCount)
                    break;
                if (employed.contains(personId))
                    continue;
                employed.insert(personId);
                if (Status s = unitRepository.addStaff(unit.id, personId, QString(), QDate(2018, 9, 1)); !s)
                    return s;
                ++hired;
            }
        ++done.localUnits;
    }

    // The learning centre: a dozen topics a year (more in a larger commune), two years running.
    LearningCentreRepository centres(m_db);
    LearningCentre centre;
    centre.name = QStringLiteral("Trung tâm học tập cộng đồng %1").arg(lowerFirst(m_options.communeName));
    centre.communeId = commune.id;
    centre.establishedOn = QDate(2006, 9, 5);
    if (Status s = centres.insertCentre(centre); !s)
        return s;
    const int coursesPerYear = int(12 * scale);
    for (int year = m_options.referenceYear - 1; year <= m_options.referenceYear; ++year)
        for (int i = 0; i < coursesPerYear; ++i) {
            const CourseTopic &topic = courseTopics().at((i + year) % courseTopics().size());
            Course course;
            course.centreId = centre.id;
            course.title = topic.title;
            course.field = topic.field;
            course.startDate = QDate(year, 1 + (i * 11 / qMax(1, coursesPerYear)), random.between(1, 28));
            const int sessionCount = random.between(1, 3);
            course.endDate = course.startDate.addDays(7 * (sessionCount - 1));
            course.hours = sessionCount * 3;
            course.location = QStringLiteral("Nhà văn hóa %1").arg(names.at(i % villageCount));
            if (Status s = centres.insertCourse(course); !s)
                return s;
            ++done.courses;
            // One list of learners per course; each session most of them come (the next session copies it).
            QList<qint64> learners;
            const int wanted = random.between(25, 60);
            for (int k = 0; k < wanted && !adults.isEmpty(); ++k) {
                const qint64 id = adults.at(random.between(0, int(adults.size()) - 1));
                if (!learners.contains(id))
                    learners << id;
            }
            for (int n = 0; n < sessionCount; ++n) {
                CourseSession session;
                session.courseId = course.id;
                session.heldOn = course.startDate.addDays(7 * n);
                session.hours = 3;
                if (Status s = centres.insertSession(session); !s)
                    return s;
                ++done.sessions;
                for (qint64 learner : learners)
                    if (n == 0 || random.chance(0.85)) {
                        if (Status s = centres.addAttendance(session.id, learner); !s)
                            return s;
                        ++done.attendances;
                    }
            }
        }

    // The 2025 reorganisation: Thôn Đồng Quang joins Thôn Tân Lập (or the last village) on 01/07/2025.
    const qint64 absorbed = villageIds.constLast();
    const qint64 absorber = villageIds.at(qMin(4, villageCount - 2));
    if (Status s = unitService.mergeVillages(absorbed, absorber, QDate(2025, 7, 1)); !s)
        return s;
    done.villages = int(units.villages().size());

    if (Status s = transaction.commit(); !s)
        return s;
    // The lived years go through the services, each step its own transaction, as a clerk's year would.
    if (!m_options.livedYears.isEmpty()) {
        if (Status s = demo::DemoYear::setSigners(m_db); !s)
            return s;
        demo::DemoYear lived(m_db, random);
        for (int year : m_options.livedYears) {
            demo::DemoYearReport yearReport;
            if (Status s = lived.live(year, &yearReport); !s)
                return s;
            done.livedYears << yearReport;
        }
    }
    if (report)
        *report = done;
    return Status::success();
}

} // namespace sht
