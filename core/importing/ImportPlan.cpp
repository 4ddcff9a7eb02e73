#include "ImportPlan.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace sht::importing {

ImportFile ImportFile::describe(const QString &path, const QString &encoding)
{
    ImportFile file;
    file.path = path;
    file.name = QFileInfo(path).fileName();
    file.encoding = encoding;
    QFile input(path);
    if (input.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&input);
        file.sha256 = QString::fromLatin1(hash.result().toHex());
    }
    return file;
}

ImportPlan::Counts ImportPlan::countsFor(const PlannedVillage &village) const
{
    Counts c;
    c.villagesNew = village.isNew() ? 1 : 0;
    for (const PlannedHousehold &h : village.households) {
        (h.isNew() ? c.householdsNew : c.householdsExisting) += 1;
        for (const PlannedPerson &p : h.members) {
            switch (p.action) {
            case PlannedPerson::Action::Insert:
                ++c.peopleNew;
                break;
            case PlannedPerson::Action::Update:
                ++c.peopleUpdated;
                break;
            case PlannedPerson::Action::Unchanged:
                ++c.peopleUnchanged;
                break;
            }
        }
    }
    return c;
}

ImportPlan::Counts ImportPlan::counts() const
{
    Counts total;
    for (const PlannedVillage &v : villages) {
        const Counts c = countsFor(v);
        total.villagesNew += c.villagesNew;
        total.householdsNew += c.householdsNew;
        total.householdsExisting += c.householdsExisting;
        total.peopleNew += c.peopleNew;
        total.peopleUpdated += c.peopleUpdated;
        total.peopleUnchanged += c.peopleUnchanged;
    }
    for (const PlannedClan &clan : clans)
        if (clan.existingId == 0)
            ++total.clansNew;
    return total;
}

bool ImportPlan::changesNothing() const
{
    const Counts c = counts();
    if (c.villagesNew || c.householdsNew || c.peopleNew || c.peopleUpdated || c.clansNew)
        return false;
    for (const PlannedVillage &v : villages)
        for (const PlannedHousehold &h : v.households)
            if (h.clanChange)
                return false;
    return true;
}

QString ImportPlan::summaryText() const
{
    const Counts c = counts();
    return tr("%n village(s) (%1 new), ", nullptr, int(villages.size())).arg(c.villagesNew) +
           tr("%n household(s) to add, %1 already in the file; ", nullptr, c.householdsNew)
               .arg(c.householdsExisting) +
           tr("%n person(s) to add, %1 to update, %2 unchanged; ", nullptr, c.peopleNew)
               .arg(c.peopleUpdated)
               .arg(c.peopleUnchanged) +
           tr("%n new clan(s); ", nullptr, c.clansNew) +
           tr("%n problem(s), %1 possible duplicate(s).", nullptr, int(problems.size()))
               .arg(duplicates.size());
}

QString ImportPlan::reasonText(PossibleDuplicate::Reason reason)
{
    switch (reason) {
    case PossibleDuplicate::Reason::SameNameAndBirth:
        return tr("same name and birth date");
    case PossibleDuplicate::Reason::SameId:
        return tr("same ID and name");
    case PossibleDuplicate::Reason::SharedId:
        return tr("one ID, two different names");
    }
    return QString();
}

} // namespace sht::importing
