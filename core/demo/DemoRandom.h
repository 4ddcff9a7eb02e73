#pragma once

#include "TimeOrderedUuid.h"

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
    {}

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

    // Reproducible, time-ordered identities: a synthetic clock that ticks once per UUID.
    QString uuid() { return uuidV7(m_clock++, m_engine(), m_engine()); }

private:
    std::mt19937_64 m_engine;
    quint64 m_clock = 1735689600000ULL; // 2025-01-01T00:00:00Z
};

} // namespace sht::demo
