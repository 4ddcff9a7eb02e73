#pragma once

#include "Status.h"
#include "Target.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sht::criteria {

// The national targets shipped as data (resources/targets/national.json, embedded as
// :/targets/national.json), validated on load: a bad file gives an error that names the file, the row and
// the field ("national.json: targets[3].share: …"), and no targets at all rather than some.
class TargetCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(TargetCatalogue)

public:
    static constexpr int Format = 1;

    // The built-in national targets. The resource is part of the program, so a failure is a build defect;
    // status says which.
    static TargetCatalogue national(Status *status);
    // Reads and validates targets JSON; fileName only names the source in errors.
    static TargetCatalogue fromJson(const QByteArray &json, const QString &fileName, Status *status);

    const QList<Target> &targets() const { return m_targets; }
    bool isEmpty() const { return m_targets.isEmpty(); }

private:
    QList<Target> m_targets;
};

} // namespace sht::criteria
