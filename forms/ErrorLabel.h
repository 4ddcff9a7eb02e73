#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace sht {

// The small red line that explains a wrong value under its field; hidden while there is nothing to say.
QLabel *makeErrorLabel(QWidget *parent, const QString &objectName);
void styleErrorLabel(QLabel *label);
void showError(QLabel *label, const QString &message);

} // namespace sht
