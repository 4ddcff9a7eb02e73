// libFuzzer target for the CSV reader and the encodings under it (issue 6): any bytes must give a workbook
// or a clear refusal, never a crash, a hang or unbounded memory. Built with clang and -DSHT_FUZZ=ON
// (tests/fuzz/CMakeLists.txt); fuzz_replay_main.cpp runs the same entry point over the seed corpus in CI.
#include "CsvReader.h"
#include "EncodingDetector.h"
#include "TextCleaner.h"
#include "TextEncoding.h"
#include "VniTable.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace sht::importing;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // Small limits, so that the fuzzer reaches them often.
    CsvLimits limits;
    limits.maxCellBytes = 4096;
    limits.maxRows = 2000;
    sht::Status status;
    // Detected, then every encoding forced: each decoder sees every input.
    const Workbook detected =
        CsvReader::readBytes(bytes, QStringLiteral("fuzz.csv"), std::nullopt, &status, limits);
    if (status.ok() && detected.sheets.size() != 1)
        __builtin_trap();
    for (TextEncoding e : allTextEncodings()) {
        const Workbook wb = CsvReader::readBytes(bytes, QStringLiteral("fuzz.csv"), e, &status, limits);
        if (status.ok() && wb.encoding != textEncodingKey(e))
            __builtin_trap();
    }
    // Legacy-font text as the xlsx/xls readers pass it.
    const QString shown = QString::fromLatin1(bytes.left(4096));
    const QStringList cells = shown.split(u'\n');
    const EncodingGuess guess = detectFontTextEncoding(cells);
    if (guess.confidence < 0 || guess.confidence > 1)
        __builtin_trap();
    for (const QString &cell : cells) {
        const QString clean = cleanCellText(decodeFontText(cell, guess.encoding));
        if (cleanCellText(clean) != clean) // cleaning is idempotent
            __builtin_trap();
        VniTable::encode(clean);
        EncodingDetector::plausibility(clean);
    }
    return 0;
}
