#pragma once

#include <QString>

class QCoreApplication;

namespace sht::language {

// The user interface language chosen in View > Language, kept in QSettings "ui/language":
// "vi" (the default) or "en". A change applies at the next start.
QString current();
void setCurrent(const QString &code);

// Installs the application's translation (":/i18n/sohoctap_<code>.qm") and Qt's own (qtbase_<code> from
// Qt's translations folder) into app, and sets the default locale for numbers and dates. Returns false
// when the application's translation is missing: the interface then shows the English source strings.
bool install(QCoreApplication *app, const QString &code);

} // namespace sht::language
