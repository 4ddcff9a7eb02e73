#pragma once

#include "PackageInfo.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace sht {

// The band at the top of the window while a volunteer package is open: whose villages these are, who made
// the package and when, and what to do at the end (send the file back to the clerk). Hidden for a clerk's
// own file.
class VolunteerModeBar : public QFrame
{
    Q_OBJECT

public:
    explicit VolunteerModeBar(QWidget *parent = nullptr);

    // Shows the package's description, or hides the bar when there is none.
    void setPackage(const std::optional<exchange::PackageInfo> &package);
    QString text() const;

    static QString describe(const exchange::PackageInfo &package);

private:
    QLabel *m_label = nullptr;
};

} // namespace sht
