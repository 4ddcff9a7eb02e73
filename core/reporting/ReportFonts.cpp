#include "ReportFonts.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

namespace sht::reporting {

namespace {
const char *const faces[] = {
    ":/fonts/LiberationSerif-Regular.ttf",
    ":/fonts/LiberationSerif-Bold.ttf",
    ":/fonts/LiberationSerif-Italic.ttf",
    ":/fonts/LiberationSerif-BoldItalic.ttf",
};
} // namespace

QString ReportFonts::family()
{
    // QFontDatabase is not safe to call from several threads at once: the first caller registers the
    // faces under the lock, later callers only read the cached name.
    static QMutex mutex;
    static QString name;
    static bool loaded = false;
    QMutexLocker lock(&mutex);
    // Without a QGuiApplication there is no font database (a plain QCoreApplication CLI): report "no font"
    // rather than let Qt abort, and try again once there is one.
    if (!loaded && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QString();
    if (!loaded) {
        loaded = true;
        for (const char *face : faces) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(face));
            if (id >= 0 && name.isEmpty()) {
                const QStringList families = QFontDatabase::applicationFontFamilies(id);
                if (!families.isEmpty())
                    name = families.first();
            }
        }
    }
    return name;
}

QFont ReportFonts::font(double pointSize, bool bold, bool italic)
{
    QFont f(family());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    // Never substitute a system font for a missing glyph silently: the embedded face covers Vietnamese.
    f.setStyleStrategy(QFont::PreferMatch);
    f.setKerning(true);
    return f;
}

QString ReportFonts::regularFacePath()
{
    return QString::fromLatin1(faces[0]);
}

} // namespace sht::reporting
