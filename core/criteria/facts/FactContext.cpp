#include "FactContext.h"

#include <QJsonValue>

#include <cmath>

namespace sht::criteria {

void VerdictTable::reset(const EvaluationData &data)
{
    for (Title title : allTitles())
        m_verdicts[size_t(title)].assign(size_t(data.subjectCount(subjectKindOf(title))), -1);
}

void VerdictTable::set(Title title, int subject, Verdict verdict)
{
    std::vector<signed char> &list = m_verdicts[size_t(title)];
    if (subject >= 0 && size_t(subject) < list.size())
        list[size_t(subject)] = char(verdict);
}

void VerdictTable::set(const EvaluationData &data, const QHash<QString, StoredVerdict> &verdicts)
{
    for (auto it = verdicts.constBegin(); it != verdicts.constEnd(); ++it)
        if (const auto title = titleFromKey(it.key().section(QLatin1Char('|'), 0, 0)))
            set(*title, data.subjectIndex(*title, it.key().section(QLatin1Char('|'), 1)), it->verdict);
}

double FactParameters::number(const QString &name)
{
    const QJsonValue value = m_parameters.value(name);
    if (!value.isDouble()) {
        m_missing << name;
        return 0;
    }
    return value.toDouble();
}

double FactParameters::number(const QString &name, double fallback) const
{
    const QJsonValue value = m_parameters.value(name);
    return value.isDouble() ? value.toDouble() : fallback;
}

QString FactParameters::text(const QString &name)
{
    const QJsonValue value = m_parameters.value(name);
    if (!value.isString()) {
        m_missing << name;
        return QString();
    }
    return value.toString();
}

FactResult FactParameters::failure() const
{
    FactResult result;
    result.value = tr("Bộ tiêu chí thiếu tham số: %1").arg(m_missing.join(QStringLiteral(", ")));
    result.evidence << Evidence{result.value, QString(), true};
    return result;
}

namespace evidence {

QString percent(double share)
{
    const double p = share * 100;
    // A whole number unless that would round a share below a threshold up to it (59.6% is not "60%").
    if (std::abs(p - std::round(p)) < 1e-9)
        return QStringLiteral("%1%").arg(qRound(p));
    return QStringLiteral("%1%").arg(
        QString::number(std::floor(p * 10) / 10, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')));
}

QString ratio(int count, int total)
{
    if (total <= 0)
        return QStringLiteral("%1/%2").arg(count).arg(total);
    return QStringLiteral("%1/%2 (%3)").arg(count).arg(total).arg(percent(double(count) / total));
}

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

bool reaches(int count, int total, double minShare)
{
    if (total <= 0)
        return false;
    // Compared without dividing: 7 of 10 reaches 0.7 exactly.
    return double(count) >= minShare * total - 1e-9;
}

} // namespace evidence

} // namespace sht::criteria
