#pragma once

#include "EvaluationResult.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace sht::criteria {

// The stored form of an indicator's evidence, note and level (indicator_result.evidence): one compact JSON
// object, "" when there is nothing:
//   {"items":[{"t":"…","u":"uuid","x":1}],"level":2,"note":"…"}
// (keys in the order QJsonDocument writes them, so rows written by earlier versions compare equal).
//
// Writing a year stores ~85,000 of these: encoding goes straight from UTF-16 to escaped UTF-8 into a buffer
// the caller reuses, without a QJsonObject, a QJsonDocument or a temporary string per row. Reading (one
// subject at a time) uses QJsonDocument.
namespace evidence_codec {

// Appends text as UTF-8, byte for byte what QString::toUtf8 gives (an unpaired surrogate becomes '?').
void appendUtf8(QByteArray &out, QStringView text);
// Appends text as a JSON string literal, quotes included.
void appendJsonString(QByteArray &out, QStringView text);
// Replaces out with the stored form of the outcome's evidence, note and level (empty when none).
void encode(const IndicatorOutcome &outcome, QByteArray &out);
QByteArray encode(const IndicatorOutcome &outcome);
// Appends the stored form to out (nothing when none): many rows encoded into one buffer.
void appendEncoded(const IndicatorOutcome &outcome, QByteArray &out);
// Reads level, note and evidence items back into outcome; "" leaves it unchanged.
void decode(const QString &stored, IndicatorOutcome &outcome);

} // namespace evidence_codec

} // namespace sht::criteria
