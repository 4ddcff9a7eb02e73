#pragma once

#include "Status.h"
#include "Target.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sht {

// Adds or changes one province or commune target: indicator, year, share (%), who set it, source, notes.
// OK (Enter) runs `save`; a refusal is shown under the fields and the dialog stays open. Esc cancels.
class TargetEditDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(criteria::Target &)>;

    TargetEditDialog(const criteria::Target &target, Save save, QWidget *parent = nullptr);

    criteria::Target target() const;

    void accept() override;

private:
    criteria::Target m_target;
    Save m_save;
    QComboBox *m_indicator = nullptr;
    QSpinBox *m_year = nullptr;
    QDoubleSpinBox *m_share = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace sht
