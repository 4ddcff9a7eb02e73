#pragma once

#include <QDateEdit>

namespace sht {

// A full date, dd/MM/yyyy with a calendar popup. Tab leaves the field like every other field of a form
// (QDateEdit's Tab walks through day, month and year first); Left/Right or typing "/" move between them.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace sht
