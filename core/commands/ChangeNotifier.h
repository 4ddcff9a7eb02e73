#pragma once

#include "ChangeJournal.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace sht {

// The one place that tells every model what changed after an edit, its undo or its redo (tables touched),
// so widgets never refresh each other.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void announce(const ChangeSet &changes);

signals:
    void changed(const QSet<QString> &tables);
    // An undo or redo that could not be done (the records changed since); the message says why.
    void failed(const QString &message);
};

} // namespace sht
