#include "NavigationModel.h"

#include <QFont>
#include <QLocale>

namespace sht {

namespace {
enum TopRow { OverviewRow, VillagesRow, RegistersRow, TitlesRow };
}

NavigationModel::NavigationModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setColumnCount(ColumnCount);
    setHeaders();
    setSummary(CommuneSummary());
}

void NavigationModel::setHeaders()
{
    setHorizontalHeaderLabels({tr("Commune"), tr("Households", "column header: number of households"),
                               tr("People", "column header: number of people")});
    setHeaderData(HouseholdsColumn, Qt::Horizontal, int(Qt::AlignRight | Qt::AlignVCenter),
                  Qt::TextAlignmentRole);
    setHeaderData(PeopleColumn, Qt::Horizontal, int(Qt::AlignRight | Qt::AlignVCenter),
                  Qt::TextAlignmentRole);
}

QList<QStandardItem *> NavigationModel::makeRow(const QString &name, Target target, int households,
                                                int people)
{
    // A negative count is no count: the cell stays empty.
    const auto count = [](int n) { return n < 0 ? QString() : QLocale().toString(n); };
    auto *nameItem = new QStandardItem(name);
    auto *householdsItem = new QStandardItem(count(households));
    auto *peopleItem = new QStandardItem(count(people));
    const QList<QStandardItem *> row{nameItem, householdsItem, peopleItem};
    for (QStandardItem *item : row) {
        item->setEditable(false);
        item->setData(int(target), TargetRole);
        if (target == Target::None) {
            // A heading: enabled (the keyboard passes over it and Enter folds it) but never selected.
            item->setSelectable(false);
            QFont bold;
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    householdsItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    peopleItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return row;
}

void NavigationModel::setSummary(const CommuneSummary &summary)
{
    // Rows only: removing the columns would drop the view's section sizes with them.
    removeRows(0, rowCount());
    appendRow(makeRow(tr("Overview"), Target::Overview, -1, -1));

    const bool any = !summary.villages.isEmpty();
    const QList<QStandardItem *> villages = makeRow(tr("Villages and residential groups"), Target::None,
                                                    any ? summary.households : -1, any ? summary.people : -1);
    for (const VillageSummary &v : summary.villages) {
        QList<QStandardItem *> row = makeRow(v.name, Target::Village, v.households, v.people);
        for (QStandardItem *item : row)
            item->setData(v.id, VillageIdRole);
        row.first()->setToolTip(tr("Show the people of %1").arg(v.name));
        villages.first()->appendRow(row);
    }
    appendRow(villages);

    const QList<QStandardItem *> registers = makeRow(tr("Registers"), Target::None, -1, -1);
    registers.first()->appendRow(
        makeRow(tr("Households", "the Households register"), Target::Households, summary.households, -1));
    registers.first()->appendRow(
        makeRow(tr("People", "the People register"), Target::People, -1, summary.people));
    registers.first()->appendRow(makeRow(tr("Clans"), Target::Clans, -1, -1));
    registers.first()->appendRow(makeRow(tr("Local units"), Target::LocalUnits, -1, -1));
    registers.first()->appendRow(makeRow(tr("Learning centre (TTHTCĐ)"), Target::LearningCentre, -1, -1));
    appendRow(registers);

    const QList<QStandardItem *> titles = makeRow(tr("Learning titles"), Target::None, -1, -1);
    titles.first()->appendRow(makeRow(tr("Evaluation"), Target::Evaluation, -1, -1));
    titles.first()->appendRow(makeRow(tr("Targets"), Target::Targets, -1, -1));
    titles.first()->appendRow(makeRow(tr("Reports"), Target::Reports, -1, -1));
    appendRow(titles);
}

QModelIndex NavigationModel::overviewIndex() const
{
    return index(OverviewRow, NameColumn);
}

QModelIndex NavigationModel::villagesIndex() const
{
    return index(VillagesRow, NameColumn);
}

QModelIndex NavigationModel::peopleIndex() const
{
    return registerIndex(Target::People);
}

QModelIndex NavigationModel::registerIndex(Target target) const
{
    for (const int top : {RegistersRow, TitlesRow}) {
        const QModelIndex heading = index(top, NameColumn);
        for (int row = 0; row < rowCount(heading); ++row) {
            const QModelIndex entry = index(row, NameColumn, heading);
            if (targetOf(entry) == target)
                return entry;
        }
    }
    return {};
}

QModelIndex NavigationModel::villageIndex(qint64 villageId) const
{
    const QModelIndex heading = villagesIndex();
    for (int row = 0; row < rowCount(heading); ++row) {
        const QModelIndex village = index(row, NameColumn, heading);
        if (villageIdOf(village) == villageId)
            return village;
    }
    return {};
}

NavigationModel::Target NavigationModel::targetOf(const QModelIndex &index)
{
    return index.isValid() ? Target(index.data(TargetRole).toInt()) : Target::None;
}

qint64 NavigationModel::villageIdOf(const QModelIndex &index)
{
    return index.isValid() ? index.data(VillageIdRole).toLongLong() : 0;
}

} // namespace sht
