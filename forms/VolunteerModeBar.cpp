#include "VolunteerModeBar.h"

#include <QHBoxLayout>
#include <QLabel>

namespace sht {

VolunteerModeBar::VolunteerModeBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("volunteerModeBar"));
    // A calm but unmistakable band: the volunteer must know this is not the commune's own file.
    setStyleSheet(QStringLiteral("QFrame#volunteerModeBar { background: #fff4ce; border-bottom: 1px solid "
                                 "#e0c060; } QFrame#volunteerModeBar QLabel { color: #3a3000; }"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("volunteerModeText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    hide();
}

QString VolunteerModeBar::describe(const exchange::PackageInfo &package)
{
    const QString villages = package.villageNames.join(QStringLiteral(", "));
    const QString date = package.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"));
    const QString made = package.createdBy.isEmpty() ? tr("created %1").arg(date)
                                                     : tr("created %1 by %2").arg(date, package.createdBy);
    const QString whose = package.communeName.isEmpty()
                              ? tr("Volunteer package for %1").arg(villages)
                              : tr("Volunteer package for %1 (%2)").arg(villages, package.communeName);
    return tr("%1 — %2. Only these villages are here. Send this file back to the clerk when you are done.")
        .arg(whose, made);
}

void VolunteerModeBar::setPackage(const std::optional<exchange::PackageInfo> &package)
{
    if (!package) {
        m_label->clear();
        hide();
        return;
    }
    m_label->setText(describe(*package));
    show();
}

QString VolunteerModeBar::text() const
{
    return m_label->text();
}

} // namespace sht
