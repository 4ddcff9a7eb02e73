#include "DateEdit.h"

namespace sht {

DateEdit::DateEdit(QWidget *parent)
    : QDateEdit(QDate::currentDate(), parent)
{
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setCalendarPopup(true);
    setMinimumDate(QDate(1900, 1, 1));
    setMaximumDate(QDate::currentDate());
}

bool DateEdit::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

} // namespace sht
