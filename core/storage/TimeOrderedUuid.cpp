#include "TimeOrderedUuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <atomic>

namespace sht {

QString uuidV7(quint64 milliseconds, quint64 randomA, quint64 randomB)
{
    const quint64 high = (milliseconds << 16) | 0x7000ULL | (randomA & 0x0fffULL);
    const quint64 low = (randomB & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    // Written digit by digit: an import makes one per row (hundreds of thousands), and building it with
    // QString::arg and mid() cost about 7% of the import's apply step.
    static constexpr char digits[] = "0123456789abcdef";
    QString text(36, Qt::Uninitialized);
    QChar *out = text.data();
    int position = 0;
    const auto put = [&](quint64 value, int nibbles) {
        for (int shift = (nibbles - 1) * 4; shift >= 0; shift -= 4) {
            if (position == 8 || position == 13 || position == 18 || position == 23)
                out[position++] = QLatin1Char('-');
            out[position++] = QLatin1Char(digits[(value >> shift) & 0xf]);
        }
    };
    put(high, 16);
    put(low, 16);
    return text;
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
    // A generator per thread seeded once from the system's: the system source is a call into the kernel per
    // number, too slow for an import's row-by-row UUIDs.
    thread_local QRandomGenerator64 random(QRandomGenerator::system()->generate64());
    return uuidV7(next >> 12, next & 0xfff, random.generate64());
}

} // namespace sht
