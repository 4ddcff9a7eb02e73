#include "FilterField.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLineEdit>

namespace sht {

bool handleFilterFieldKey(QLineEdit *filter, QAbstractItemView *list, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() != Qt::NoModifier)
        return false;
    if (key->key() == Qt::Key_Escape && !filter->text().isEmpty()) {
        filter->clear();
        return true;
    }
    const bool onward =
        key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!onward || !list->model() || list->model()->rowCount() == 0)
        return false;
    if (!list->currentIndex().isValid())
        list->setCurrentIndex(list->model()->index(0, 0));
    list->setFocus(Qt::TabFocusReason);
    return true;
}

} // namespace sht
