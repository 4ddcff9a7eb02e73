#pragma once

#include "Status.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace sht::reporting {

// One text block of a certificate: where it sits (fractions of the area inside the page margins, so one
// layout serves A4 and A5), its size in points on A4 (scaled on smaller pages), weight and alignment.
struct CertificateBlock
{
    QString text; // with placeholders: {recipient} {village} {year} {decision_number} {decision_date} …
    QRectF box;   // x, y, width, height as fractions of the printable area
    double size = 13;
    bool bold = false;
    bool italic = false;
    bool uppercase = false;
    bool rule = false; // a rule under the text as long as its widest line (the motto)
    int alignment = Qt::AlignHCenter | Qt::AlignTop;
    QColor color = Qt::black;
};

// A certificate design as data (resources/reports/certificates/<name>.json; a file of the same name in
// ReportLayout::overrideFolder()/certificates replaces it): provinces have their own designs.
//
// { "name": "learning_family",
//   "orientation": { "A4": "landscape", "A5": "landscape" },
//   "margins": 10,                                   // mm on every side
//   "border": { "outset": 6, "width": 1.2, "inner": 0.4, "color": "#9b1b1b" },
//   "blocks": [ { "text": "{issuing_body}", "x": 0, "y": 0.02, "w": 0.42, "h": 0.08, "size": 13,
//                 "bold": true, "align": "center", "color": "#000000", "uppercase": true, "rule": true } ] }
struct CertificateLayout
{
    Q_DECLARE_TR_FUNCTIONS(CertificateLayout)

public:
    QString name;
    QHash<QString, QPageLayout::Orientation> orientation; // page size ("A4", "A5") → orientation
    double marginsMm = 10;
    double borderOutsetMm = 6; // the border sits this far outside the printable area (inside the margins)
    double borderWidthMm = 1.2;
    double innerBorderWidthMm = 0.4; // 0 = a single border
    QColor borderColor = Qt::black;
    QList<CertificateBlock> blocks;

    QPageLayout::Orientation orientationFor(const QString &pageSize) const;

    static std::optional<CertificateLayout> load(const QString &name, Status *error);
    static std::optional<CertificateLayout> loadFile(const QString &path, Status *error);
    // The text with every {key} replaced by fields[key] (an unknown key becomes empty), without
    // the commas an empty field leaves at either end.
    static QString fill(const QString &text, const QVariantMap &fields);
};

} // namespace sht::reporting
