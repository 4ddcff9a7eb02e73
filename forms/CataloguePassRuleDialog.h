#pragma once

#include "Catalogue.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace sht {

// Edits a clone's pass rule and reach: the total needed, each indicator's minimum, the years it is in force
// and how long a recognition lasts. The catalogue is only stored by "Save as new version".
class CataloguePassRuleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CataloguePassRuleDialog(const criteria::Catalogue &catalogue, QWidget *parent = nullptr);

    // The catalogue with the dialog's values.
    criteria::Catalogue catalogue() const;

private:
    criteria::Catalogue m_catalogue;
    QDoubleSpinBox *m_minTotalSpin = nullptr;
    QDoubleSpinBox *m_minEachSpin = nullptr;
    QSpinBox *m_firstYearSpin = nullptr;
    QSpinBox *m_lastYearSpin = nullptr;
    QSpinBox *m_validitySpin = nullptr;
    QCheckBox *m_provisionalCheck = nullptr;
};

} // namespace sht
