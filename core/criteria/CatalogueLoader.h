#pragma once

#include "Catalogue.h"
#include "Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace sht::criteria {

// Reads a catalogue from its JSON (docs/CATALOGUES.md) and validates it. Every problem names the file (or
// origin) and the JSON path of the bad field: "learning_family.448.json: criteria[0].indicators[1].fact:
// unknown fact …". Nothing half-read is returned: *out is only set when the catalogue is valid.
class CatalogueLoader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueLoader)

public:
    static constexpr int FormatVersion = 1;

    // A file or a resource (":/criteria/learning_family.448.json"); messages name the file without its
    // folder.
    static Status loadFile(const QString &path, Catalogue *out, QStringList *problems = nullptr);
    // origin names the source in messages (a file name, or "catalogue learning_family.448 2015.1-qn.1").
    static Status fromJson(const QByteArray &json, const QString &origin, Catalogue *out,
                           QStringList *problems = nullptr);
    static Status fromObject(const QJsonObject &root, const QString &origin, Catalogue *out,
                             QStringList *problems = nullptr);
};

} // namespace sht::criteria
