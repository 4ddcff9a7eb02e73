#pragma once

#include "Catalogue.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sht {

// Edits one indicator of a clone: its text, source, points and the parameters of its fact or threshold,
// one "name=value" a line ("level2.min_share=0.95" for a level's own value), and whether it is still
// provisional. Ctrl+Enter or OK takes the changes; the catalogue is only stored by "Save as new version".
class CatalogueIndicatorDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogueIndicatorDialog(const criteria::Indicator &indicator, bool scored, QWidget *parent = nullptr);

    criteria::Indicator indicator() const { return m_indicator; }
    void accept() override;

    // The parameters as the dialog shows them, and back; false with *error naming the bad line.
    static QString parametersText(const criteria::Indicator &indicator);
    static bool parseParameters(const QString &text, QJsonObject *parameters, QMap<int, QJsonObject> *levels,
                                QString *error);

private:
    criteria::Indicator m_indicator;
    QPlainTextEdit *m_textEdit = nullptr;
    QLineEdit *m_sourceEdit = nullptr;
    QDoubleSpinBox *m_pointsSpin = nullptr;
    QDoubleSpinBox *m_minPointsSpin = nullptr;
    QPlainTextEdit *m_parametersEdit = nullptr;
    QCheckBox *m_provisionalCheck = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace sht
