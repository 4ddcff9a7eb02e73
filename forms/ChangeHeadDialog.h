#pragma once

#include "Relation.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;

namespace sht {

// Asks what the former head becomes when another member takes over the household, and from when.
class ChangeHeadDialog : public QDialog
{
    Q_OBJECT

public:
    // suggested: the former head's new relation to start with (memberfields::formerHeadRelation()).
    ChangeHeadDialog(const QString &newHeadName, const QString &formerHeadName, Relation suggested,
                     QWidget *parent = nullptr);

    Relation formerHeadRelation() const;
    QDate date() const;

private:
    QComboBox *m_relationCombo = nullptr;
    QDateEdit *m_dateEdit = nullptr;
};

} // namespace sht
