#include "MemberFields.h"

#include "DateEdit.h"
#include "ResidenceStatus.h"

#include <QComboBox>
#include <QWidget>

namespace sht::memberfields {

QComboBox *relationCombo(QWidget *parent, Relation selected, bool withHead)
{
    auto *combo = new QComboBox(parent);
    for (int r = int(Relation::Head); r < int(Relation::Unknown); ++r) {
        if (Relation(r) == Relation::Head && !withHead)
            continue;
        combo->addItem(relationLabel(Relation(r)), r);
    }
    selectRelation(combo, selected);
    return combo;
}

void selectRelation(QComboBox *combo, Relation relation)
{
    const int at = combo->findData(int(relation));
    combo->setCurrentIndex(at >= 0 ? at : combo->findData(int(Relation::Other)));
}

QComboBox *residenceCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (ResidenceStatus status :
         {ResidenceStatus::Permanent, ResidenceStatus::Temporary, ResidenceStatus::TemporarilyAbsent})
        combo->addItem(residenceLabel(status), int(status));
    return combo;
}

QDateEdit *dateEdit(QWidget *parent)
{
    return new DateEdit(parent);
}

void chainTabOrder(const QList<QWidget *> &widgets)
{
    for (int i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

Relation formerHeadRelation(Relation newHeadRelation)
{
    switch (newHeadRelation) {
    case Relation::Spouse:
        return Relation::Spouse;
    case Relation::Child:
        return Relation::Parent;
    case Relation::Parent:
        return Relation::Child;
    case Relation::ChildInLaw:
        return Relation::ParentInLaw;
    case Relation::ParentInLaw:
        return Relation::ChildInLaw;
    case Relation::Grandchild:
        return Relation::Grandparent;
    case Relation::Grandparent:
        return Relation::Grandchild;
    case Relation::Sibling:
        return Relation::Sibling;
    default:
        return Relation::Other;
    }
}

} // namespace sht::memberfields
