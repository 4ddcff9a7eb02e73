#include "TimeOrderedUuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <atomic>

namespace sht {

QString uuidV7(quint64 milliseconds, quint64 randomA, quint64 randomB)
{
    const quint64 high = (milliseconds << 16) | 0x7000ULL | (randomA & 0x0fffULL);
    const quint64 low = (randomB & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    const QString hex =
        QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

QString timeOrderedUuid()
{
    // Within one millisecond a counter in the 12 "random A" bits keeps the order of creation.
    static std::atomic<quint64> last{0};
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch()) << 12;
    quint64 previous = last.load();
    quint64 next;
    do {
        next = now > previous ? now : previous + 1;
    } while (!last.compare_exchange_weak(previous, next));
    return uuidV7(next >> 12, next & 0xfff, QRandomGenerator::system()->generate64());
}

} // namespace sht
