#pragma once

#include "StatisticsRepository.h"

#include <QStandardItemModel>

namespace sht {

// What the navigation pane lists: the overview, the villages (with their households and people), and the
// registers that have a page. Three columns: name, households, people.
class NavigationModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, HouseholdsColumn, PeopleColumn, ColumnCount };
    enum class Target {
        None,
        Overview,
        Village,
        People,
        Households,
        Clans,
        LocalUnits,
        LearningCentre,
        Evaluation, // the learning titles: registrations, verdicts, council, recognition
        Targets,    // the targets dashboard
        Reports,    // reports upward, lists, minutes and certificates
    };
    enum Role {
        TargetRole = Qt::UserRole + 1, // int(Target); None on the group headings
        VillageIdRole,                 // admin_unit id on a village
    };

    explicit NavigationModel(QObject *parent = nullptr);

    // Rebuilds the list for a commune (an empty summary: only the overview and the registers).
    void setSummary(const CommuneSummary &summary);

    QModelIndex overviewIndex() const;
    QModelIndex peopleIndex() const;
    // The page's row under Registers (People, Households, Clans, LocalUnits, LearningCentre) or under
    // Learning titles (Evaluation, Targets, Reports).
    QModelIndex registerIndex(Target target) const;
    QModelIndex villagesIndex() const; // the villages' heading
    QModelIndex villageIndex(qint64 villageId) const;

    static Target targetOf(const QModelIndex &index);
    static qint64 villageIdOf(const QModelIndex &index);

private:
    QList<QStandardItem *> makeRow(const QString &name, Target target, int households, int people);
    void setHeaders();
};

} // namespace sht
