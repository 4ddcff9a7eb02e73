#pragma once

#include "EvaluationService.h"

#include <QDialog>

class QTableWidget;

namespace sht {

// "What changed": after evaluating a year again, the verdicts that differ from the stored ones (a new
// subject shows no verdict before), and the subjects that could not be evaluated, with why.
class EvaluationChangesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EvaluationChangesDialog(const EvaluationRun &run, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace sht
