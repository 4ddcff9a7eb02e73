#include "Education.h"

#include "TextNormalizer.h"

#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace sht {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

struct Keyword
{
    const char *key; // accent-free, lower case, no dots (as text::searchKey gives)
    Education value;
};

// Longest keys first, so "biet chu muc 2" wins over "biet chu" and "khong biet chu" is never "biet chu".
const std::vector<Keyword> &keywords()
{
    using L = Education::Level;
    static const std::vector<Keyword> table = [] {
        std::vector<Keyword> t = {
            {"khong biet chu", Education::ofLevel(L::Illiterate)},
            {"chua biet chu", Education::ofLevel(L::Illiterate)},
            {"tai mu chu", Education::ofLevel(L::Illiterate)},
            {"mu chu", Education::ofLevel(L::Illiterate)},
            {"kbc", Education::ofLevel(L::Illiterate)},
            {"biet chu muc 2", Education::literate(Education::Literacy::Level2)},
            {"biet chu muc 1", Education::literate(Education::Literacy::Level1)},
            {"xmc muc 2", Education::literate(Education::Literacy::Level2)},
            {"xmc muc 1", Education::literate(Education::Literacy::Level1)},
            {"biet chu", Education::literate(Education::Literacy::Level1)},
            {"xmc", Education::literate(Education::Literacy::Level1)},
            {"mam non", Education::ofLevel(L::Preschool)},
            {"mau giao", Education::ofLevel(L::Preschool)},
            {"nha tre", Education::ofLevel(L::Preschool)},
            {"mn", Education::ofLevel(L::Preschool)},
            {"chua di hoc", Education::general(0, 12)},
            {"tieu hoc", Education::general(5, 12)},
            {"thcs", Education::general(9, 12)},
            {"ptcs", Education::general(9, 12)},
            {"thpt", Education::general(12, 12)},
            {"ptth", Education::general(12, 12)},
            {"so cap", Education::ofLevel(L::Elementary)},
            {"sc", Education::ofLevel(L::Elementary)},
            {"trung hoc chuyen nghiep", Education::ofLevel(L::Vocational)},
            {"trung cap", Education::ofLevel(L::Vocational)},
            {"tccn", Education::ofLevel(L::Vocational)},
            {"tcn", Education::ofLevel(L::Vocational)},
            {"tc", Education::ofLevel(L::Vocational)},
            {"cao dang", Education::ofLevel(L::College)},
            {"cdn", Education::ofLevel(L::College)},
            {"cd", Education::ofLevel(L::College)},
            {"dai hoc", Education::ofLevel(L::University)},
            {"cu nhan", Education::ofLevel(L::University)},
            {"ky su", Education::ofLevel(L::University)},
            {"dh", Education::ofLevel(L::University)},
            {"thac si", Education::ofLevel(L::Master)},
            {"thac sy", Education::ofLevel(L::Master)},
            {"cao hoc", Education::ofLevel(L::Master)},
            {"ths", Education::ofLevel(L::Master)},
            {"tien si", Education::ofLevel(L::Doctor)},
            {"tien sy", Education::ofLevel(L::Doctor)},
            {"tskh", Education::ofLevel(L::Doctor)},
            {"ts", Education::ofLevel(L::Doctor)},
        };
        std::stable_sort(t.begin(), t.end(),
                         [](const Keyword &a, const Keyword &b) { return qstrlen(a.key) > qstrlen(b.key); });
        return t;
    }();
    return table;
}

} // namespace

Education Education::general(int grade, int system)
{
    if ((system != 10 && system != 12) || grade < 0 || grade > system)
        return Education();
    Education e;
    e.m_level = Level::General;
    e.m_grade = grade;
    e.m_system = system;
    return e;
}

Education Education::ofLevel(Level level)
{
    Education e;
    if (level != Level::General)
        e.m_level = level;
    return e;
}

Education Education::literate(Literacy literacy)
{
    Education e;
    if (literacy == Literacy::Level1 || literacy == Literacy::Level2) {
        e.m_level = Level::General;
        e.m_literacy = literacy;
    }
    return e;
}

Education Education::parse(const QString &text, QString *error)
{
    setError(error, QString());
    const QString s = text::normalized(text);
    if (s.isEmpty())
        return Education();
    static const QRegularExpression separators(QStringLiteral("\\s*[,;+]\\s*|\\s+-\\s+"));
    const QStringList parts = s.split(separators, Qt::SkipEmptyParts);
    Education best;
    Education general;
    for (const QString &part : parts) {
        const Education e = parsePart(part, error);
        if (e.isNull())
            return Education();
        if (e.rank() > best.rank())
            best = e;
        if (e.m_level == Level::General && e.m_system != 0 && e.rank() > general.rank())
            general = e;
    }
    // "9/12 + TC": the training level counts, and the school grade behind it is kept, not lost.
    if (best.hasTechnicalTraining() && general.m_system != 0) {
        best.m_grade = general.m_grade;
        best.m_system = general.m_system;
    }
    return best;
}

Education Education::parsePart(const QString &text, QString *error)
{
    QString key = text::searchKey(text).remove(QLatin1Char('.')).simplified();
    static const QRegularExpression graduated(QStringLiteral("^(?:tot nghiep|tn)\\s+"));
    key.remove(graduated);

    static const QRegularExpression gradePattern(
        QStringLiteral("^(?:lop\\s*)?(\\d{1,2})\\s*(?:/\\s*(\\d{1,2}))?$"));
    if (const QRegularExpressionMatch m = gradePattern.match(key); m.hasMatch()) {
        const int grade = m.captured(1).toInt();
        const int system = m.hasCaptured(2) ? m.captured(2).toInt() : 12;
        if (system != 10 && system != 12) {
            setError(error, tr("\"%1\": there is no %2-year school system. Write the grade over 12 (today's "
                               "system) or over 10 (the old system), e.g. 9/12 or 7/10.")
                                .arg(text)
                                .arg(system));
            return Education();
        }
        if (grade > system) {
            setError(error,
                     tr("\"%1\": grade %2 does not exist in the %3-year system; grades go from 0 to %3.")
                         .arg(text)
                         .arg(grade)
                         .arg(system));
            return Education();
        }
        return general(grade, system);
    }

    for (const Keyword &k : keywords()) {
        const QLatin1String word(k.key);
        if (key == word || (key.startsWith(word) && key.at(word.size()) == u' '))
            return k.value;
    }
    setError(error,
             tr("\"%1\" is not an education level. Expected a grade such as 9/12 or 7/10, or one of TC, "
                "CĐ, ĐH, Thạc sĩ, Tiến sĩ, Sơ cấp, Mầm non, Biết chữ, Không biết chữ.")
                 .arg(text));
    return Education();
}

Education Education::fromStorage(const QString &stored)
{
    return parse(stored);
}

QString Education::toString() const
{
    if (hasTechnicalTraining() && m_system != 0)
        return QStringLiteral("%1/%2, %3").arg(m_grade).arg(m_system).arg(trainingWord());
    return trainingWord();
}

QString Education::trainingWord() const
{
    switch (m_level) {
    case Level::Unknown:
        return QString();
    case Level::Illiterate:
        return QStringLiteral("Không biết chữ");
    case Level::Preschool:
        return QStringLiteral("Mầm non");
    case Level::General:
        if (m_system == 0)
            return m_literacy == Literacy::Level2 ? QStringLiteral("Biết chữ mức 2")
                                                  : QStringLiteral("Biết chữ");
        return QStringLiteral("%1/%2").arg(m_grade).arg(m_system);
    case Level::Elementary:
        return QStringLiteral("Sơ cấp");
    case Level::Vocational:
        return QStringLiteral("TC");
    case Level::College:
        return QStringLiteral("CĐ");
    case Level::University:
        return QStringLiteral("ĐH");
    case Level::Master:
        return QStringLiteral("Thạc sĩ");
    case Level::Doctor:
        return QStringLiteral("Tiến sĩ");
    }
    return QString();
}

QString Education::label() const
{
    if (hasTechnicalTraining() && m_system != 0)
        return tr("Grade %1/%2").arg(m_grade).arg(m_system) + QStringLiteral(", ") + levelLabel();
    return levelLabel();
}

QString Education::levelLabel() const
{
    switch (m_level) {
    case Level::Unknown:
        return QString();
    case Level::Illiterate:
        return tr("Illiterate");
    case Level::Preschool:
        return tr("Preschool");
    case Level::General:
        if (m_system == 0)
            return m_literacy == Literacy::Level2 ? tr("Literate (level 2)") : tr("Literate");
        return tr("Grade %1/%2").arg(m_grade).arg(m_system);
    case Level::Elementary:
        return tr("Elementary vocational training");
    case Level::Vocational:
        return tr("Intermediate vocational training");
    case Level::College:
        return tr("College");
    case Level::University:
        return tr("University");
    case Level::Master:
        return tr("Master's degree");
    case Level::Doctor:
        return tr("Doctorate");
    }
    return QString();
}

int Education::equivalentGrade12() const
{
    switch (m_level) {
    case Level::General: {
        if (m_system == 12)
            return m_grade;
        if (m_system == 10) {
            static constexpr int tenToTwelve[] = {0, 1, 2, 3, 5, 6, 7, 9, 10, 11, 12};
            return tenToTwelve[m_grade];
        }
        return 0;
    }
    case Level::Vocational:
    case Level::College:
    case Level::University:
    case Level::Master:
    case Level::Doctor:
        // A recorded school grade beside the training says more than the training alone.
        return m_system != 0 ? Education::general(m_grade, m_system).equivalentGrade12() : 12;
    case Level::Elementary:
        return m_system != 0 ? Education::general(m_grade, m_system).equivalentGrade12() : 0;
    case Level::Unknown:
    case Level::Illiterate:
    case Level::Preschool:
        break;
    }
    return 0;
}

Education::Literacy Education::literacy() const
{
    switch (m_level) {
    case Level::Unknown:
    case Level::Preschool:
        return Literacy::Unknown;
    case Level::Illiterate:
        return Literacy::Illiterate;
    case Level::General: {
        if (m_system == 0)
            return m_literacy;
        const int grade = equivalentGrade12();
        if (grade >= 5)
            return Literacy::Level2;
        if (grade >= 3)
            return Literacy::Level1;
        return Literacy::Illiterate;
    }
    case Level::Elementary:
    case Level::Vocational:
    case Level::College:
    case Level::University:
    case Level::Master:
    case Level::Doctor:
        break;
    }
    return Literacy::Level2;
}

bool Education::hasTechnicalTraining() const
{
    return m_level >= Level::Elementary;
}

bool Education::isUniversityOrHigher() const
{
    return m_level >= Level::University;
}

// For "12/12, ĐH": which part says more.
int Education::rank() const
{
    switch (m_level) {
    case Level::Unknown:
        return 0;
    case Level::Preschool:
        return 1;
    case Level::Illiterate:
        return 2;
    case Level::General:
        if (m_system == 0)
            return 3 + (m_literacy == Literacy::Level2 ? 5 : 3);
        return 3 + equivalentGrade12();
    default:
        return 20 + int(m_level);
    }
}

} // namespace sht
