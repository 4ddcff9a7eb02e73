#include "HouseholdMembersModel.h"

#include "HouseholdRepository.h"
#include "PersonRepository.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace sht {

namespace {

// The order of the register: the head, the spouse, the children and their families, then the elders.
int relationRank(Relation relation)
{
    switch (relation) {
    case Relation::Head:
        return 0;
    case Relation::Spouse:
        return 1;
    case Relation::Child:
        return 2;
    case Relation::ChildInLaw:
        return 3;
    case Relation::Grandchild:
        return 4;
    case Relation::Parent:
        return 5;
    case Relation::ParentInLaw:
        return 6;
    case Relation::Grandparent:
        return 7;
    case Relation::Sibling:
        return 8;
    default:
        return 9;
    }
}

QString dayText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

HouseholdMembersModel::HouseholdMembersModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void HouseholdMembersModel::setHousehold(qint64 householdId)
{
    m_householdId = householdId;
    reload();
}

void HouseholdMembersModel::setShowHistory(bool show)
{
    if (show == m_showHistory)
        return;
    m_showHistory = show;
    reload();
}

QList<HouseholdMembersModel::Row> HouseholdMembersModel::read() const
{
    QList<Row> current;
    QList<Row> past;
    if (m_householdId == 0)
        return current;
    PersonRepository people(m_db);
    for (const Membership &membership : HouseholdRepository(m_db).members(m_householdId, !m_showHistory)) {
        const auto person = people.find(membership.personId);
        if (!person)
            continue;
        (membership.isCurrent() ? current : past).append({membership, *person});
    }
    std::stable_sort(current.begin(), current.end(), [](const Row &a, const Row &b) {
        const int ra = relationRank(a.membership.relation);
        const int rb = relationRank(b.membership.relation);
        if (ra != rb)
            return ra < rb;
        if (a.person.birthDate != b.person.birthDate)
            return a.person.birthDate < b.person.birthDate;
        return a.membership.id < b.membership.id;
    });
    std::stable_sort(past.begin(), past.end(), [](const Row &a, const Row &b) {
        if (a.membership.validTo != b.membership.validTo)
            return a.membership.validTo > b.membership.validTo;
        return a.membership.id > b.membership.id;
    });
    return current + past;
}

void HouseholdMembersModel::reload()
{
    QList<Row> rows = read();
    beginResetModel();
    m_rows = std::move(rows);
    m_currentCount = int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.membership.isCurrent(); }));
    endResetModel();
}

int HouseholdMembersModel::rowOfPerson(qint64 personId) const
{
    for (int i = 0; i < m_currentCount; ++i)
        if (m_rows.at(i).person.id == personId)
            return i;
    return -1;
}

QString HouseholdMembersModel::endReasonLabel(const QString &reason)
{
    if (reason == QLatin1String("moved"))
        return tr("Moved to another household");
    if (reason == QLatin1String("died"))
        return tr("Died");
    if (reason == QLatin1String("moved_away"))
        return tr("Moved away");
    if (reason == QLatin1String("split"))
        return tr("Household split");
    if (reason == QLatin1String("head_changed"))
        return tr("Head of household changed");
    if (reason == QLatin1String("removed"))
        return tr("Removed");
    return reason;
}

int HouseholdMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Membership &m = row.membership;
    const Person &p = row.person;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RelationColumn:
            return relationRegisterWord(m.relation, p.sex);
        case NameColumn:
            return p.name.full();
        case BirthDateColumn:
            return p.birthDate.toString();
        case SexColumn:
            return sexLabel(p.sex);
        case CitizenIdColumn:
            return p.citizenId.digits();
        case ResidenceColumn:
            return residenceLabel(m.residence);
        case FromColumn:
            return dayText(m.validFrom);
        case ToColumn:
            return dayText(m.validTo);
        case EndReasonColumn:
            return endReasonLabel(m.endReason);
        }
        return {};
    case Qt::ForegroundRole:
        if (!m.isCurrent())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if (m.isCurrent() && m.relation == Relation::Head) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case PersonIdRole:
        return p.id;
    case MembershipIdRole:
        return m.id;
    case IsCurrentRole:
        return m.isCurrent();
    case RelationRole:
        return int(m.relation);
    }
    return {};
}

QVariant HouseholdMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RelationColumn:
        return tr("Relation to head");
    case NameColumn:
        return tr("Full name");
    case BirthDateColumn:
        return tr("Born");
    case SexColumn:
        return tr("Sex");
    case CitizenIdColumn:
        return tr("CCCD/CMND");
    case ResidenceColumn:
        return tr("Residence");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("Until");
    case EndReasonColumn:
        return tr("Why it ended");
    }
    return {};
}

} // namespace sht
