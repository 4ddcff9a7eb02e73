#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <random>

namespace sht::demo {

// A seeded random source whose sequence is the same on every machine and library version
// (std distributions are implementation-defined, so only the raw engine is used).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    {
    }

    // Uniform in [low, high].
    int between(int low, int high)
    {
        if (high <= low)
            return low;
        return low + int(m_engine() % quint64(high - low + 1));
    }
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return unit() < probability; }

    // Index chosen with the given relative weights.
    int weighted(const QList<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = unit() * total;
        for (int i = 0; i < weights.size(); ++i) {
            x -= weights.at(i);
            if (x < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }

    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }

    QString uuid()
    {
        const quint64 a = m_engine();
        const quint64 b = m_engine();
        // Version 4 layout, so the values look like the UUIDs the app makes elsewhere.
        const QString hex = QStringLiteral("%1%2")
                                .arg((a & 0xffffffffffff0fffULL) | 0x4000ULL, 16, 16, QLatin1Char('0'))
                                .arg((b & 0x3fffffffffffffffULL) | 0x8000000000000000ULL, 16, 16, QLatin1Char('0'));
        return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
               QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace sht::demo
