// libFuzzer target for the criteria catalogue loader and validator (issue 9): a clerk may edit a copy of a
// catalogue, and a province may send one, so any bytes must give a valid catalogue or a refusal that names
// the origin, never a crash or a catalogue the validator rejects. A catalogue that loads must also survive
// write → load unchanged (clones are stored in the file in the writer's form).
// Built with clang and -DSHT_FUZZ=ON (tests/fuzz/CMakeLists.txt); fuzz_replay_main.cpp runs the same entry
// point over tests/fuzz/corpus/catalogue in CI (test_fuzz_catalogue_replay).
#include "CatalogueLoader.h"
#include "CatalogueValidator.h"
#include "CatalogueWriter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace sht::criteria;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString origin = QStringLiteral("fuzz.json");
    Catalogue catalogue;
    QStringList problems;
    const sht::Status loaded = CatalogueLoader::fromJson(json, origin, &catalogue, &problems);
    if (!loaded.ok()) {
        // Nothing half-read, and the message says which file.
        if (!(catalogue == Catalogue()) || !loaded.message().startsWith(origin) || problems.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (!CatalogueValidator::problems(catalogue).isEmpty())
        __builtin_trap(); // the loader let through what the validator refuses
    Catalogue again;
    const sht::Status reloaded = CatalogueLoader::fromJson(CatalogueWriter::toJson(catalogue, false),
                                                           QStringLiteral("written.json"), &again);
    if (!reloaded.ok() || !(again == catalogue))
        __builtin_trap(); // load → write → load must give an equal catalogue
    return 0;
}
