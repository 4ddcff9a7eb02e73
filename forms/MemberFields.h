#pragma once

#include "Relation.h"

#include <QList>

class QComboBox;
class QDateEdit;
class QWidget;

namespace sht::memberfields {

// The inputs every household dialog shares, built the same way everywhere.

// Relations to the head (translated labels, the Relation as item data); the head itself only when asked.
QComboBox *relationCombo(QWidget *parent, Relation selected, bool withHead);
// Thường trú / tạm trú / tạm vắng, the ResidenceStatus as item data; permanent selected.
QComboBox *residenceCombo(QWidget *parent);
// A full date, dd/MM/yyyy with a calendar popup, today to start with; never after today.
QDateEdit *dateEdit(QWidget *parent);
void selectRelation(QComboBox *combo, Relation relation);
// Tab goes through `widgets` in this order (QWidget::setTabOrder moves one widget at a time, so a form
// embedded in a dialog needs its whole chain set).
void chainTabOrder(const QList<QWidget *> &widgets);

// What the former head becomes when `newHead` (related to the former head by `newHeadRelation`) takes over:
// the wife's husband becomes "Chồng", a son's father "Bố", … and "Khác" when nothing fits.
Relation formerHeadRelation(Relation newHeadRelation);

} // namespace sht::memberfields
