#pragma once

#include "Catalogue.h"

#include <QByteArray>
#include <QJsonObject>

namespace sht::criteria {

// Writes a catalogue as the JSON CatalogueLoader reads (docs/CATALOGUES.md), every field spelt out, so that
// load → write → load gives an equal catalogue. Clones are stored in the file in this form.
class CatalogueWriter
{
public:
    static QJsonObject toObject(const Catalogue &catalogue);
    static QByteArray toJson(const Catalogue &catalogue, bool indented = true);
};

} // namespace sht::criteria
