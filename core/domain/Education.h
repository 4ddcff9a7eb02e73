#pragma once

#include <QCoreApplication>
#include <QString>

namespace sht {

// A person's education as clerks record it (trình độ văn hóa / học vấn): a general-education grade in the
// 12-year system ("9/12") or the old 10-year system ("7/10"), a training level (sơ cấp, TC, CĐ, ĐH, Thạc sĩ,
// Tiến sĩ), or literacy only (Không biết chữ, Biết chữ).
//
// "Biết chữ" (literate, no grade written) is General with grade() and gradeSystem() 0 and an explicit
// literacy(): "Biết chữ", "Biết chữ mức 1", "XMC mức 1" give Literacy::Level1 (the minimum the words claim),
// "Biết chữ mức 2", "XMC mức 2" give Level2. Made with literate().
class Education
{
    Q_DECLARE_TR_FUNCTIONS(Education)

public:
    enum class Level {
        Unknown,
        Illiterate,
        Preschool,
        General,
        Elementary /*sơ cấp*/,
        Vocational /*trung cấp TC*/,
        College /*CĐ*/,
        University /*ĐH*/,
        Master /*Thạc sĩ*/,
        Doctor /*Tiến sĩ*/
    };
    // XMC (xóa mù chữ) standard: level 1 ≈ completed grade 3, level 2 ≈ completed grade 5.
    enum class Literacy { Unknown, Illiterate, Level1, Level2 };

    Education() = default; // Unknown
    // system 10 or 12, grade 0..system; anything else gives Unknown.
    static Education general(int grade, int system);
    // Non-general levels; Level::General (which needs a grade) gives Unknown.
    static Education ofLevel(Level level);
    // Literate with no grade recorded ("Biết chữ", "XMC mức 2"); Level1 or Level2, anything else gives
    // Unknown.
    static Education literate(Literacy literacy);

    // Reads clerks' notation (NFC or NFD, any case, extra spaces, dots in abbreviations):
    // - grades: "7/10", "10/10", "9/12", "12/12", " 9 / 12 ", "Lớp 9", "lớp 9/12"; a grade with no system
    //   ("Lớp 9", "9") is read in today's 12-year system; "Tiểu học" = 5/12, "THCS"/"PTCS" = 9/12,
    //   "THPT"/"PTTH" = 12/12 (the completed stage), also after "Tốt nghiệp"; "Chưa đi học" = 0/12;
    // - training: "Sơ cấp", "SC"; "TC", "Trung cấp", "TCCN", "TCN"; "CĐ", "Cao đẳng"; "ĐH", "DH", "Đại học",
    //   "Cử nhân", "Kỹ sư"; "Thạc sĩ", "Thạc sỹ", "ThS", "Cao học"; "Tiến sĩ", "TS", "TSKH" — also followed
    //   by a field of study ("Đại học Sư phạm", "TC kế toán");
    // - literacy: "Không biết chữ", "Mù chữ", "KBC", "Tái mù chữ"; "Biết chữ", "XMC mức 2";
    // - preschool: "Mầm non", "MN", "Mẫu giáo";
    // - several parts joined by ",", ";", "+" or " - " ("12/12, ĐH"): the highest counts, and a school grade
    //   written beside a training level is kept with it ("9/12 + TC" → "9/12, TC").
    // "" gives Unknown with no error. Rejects "13/12", "9/11", "11/10" and unknown words with a message.
    static Education parse(const QString &text, QString *error = nullptr);
    static Education fromStorage(const QString &stored); // storage = toString()
    QString toStorage() const { return toString(); }

    // Clerks' notation: "9/12", "7/10", "Sơ cấp", "TC", "CĐ", "ĐH", "Thạc sĩ", "Tiến sĩ", "Không biết chữ",
    // "Biết chữ", "Biết chữ mức 2", "Mầm non"; "" for Unknown.
    QString toString() const;
    // Translated long label ("Grade 9/12", "University"); "" for Unknown.
    QString label() const;

    Level level() const { return m_level; }
    // The school grade, also when a training level is recorded beside it ("9/12, TC"); 0 when none.
    int grade() const { return m_system != 0 ? m_grade : 0; }
    int gradeSystem() const { return m_system; }

    // The grade in 12-year terms. The 10-year system was 4 + 3 + 3 years, the 12-year one is 5 + 4 + 3;
    // a completed stage counts as the same stage completed:
    //   10-year grade  1 2 3 4 5 6 7 8  9 10
    //   12-year grade  1 2 3 5 6 7 9 10 11 12
    // Training levels from TC up count as 12 unless a school grade is recorded beside them ("9/12, TC" is 9).
    // 0 when no grade is known (Unknown, Illiterate, Preschool,
    // literacy only, Elementary).
    int equivalentGrade12() const;
    // Illiterate -> Illiterate; a general grade (12-year terms) >= 5 -> Level2, >= 3 -> Level1, 0..2 ->
    // Illiterate (below the level 1 standard); literacy only -> as recorded; Elementary and above -> Level2;
    // Unknown and Preschool (not applicable to small children) -> Unknown.
    Literacy literacy() const;
    bool hasTechnicalTraining() const; // Elementary and above (sơ cấp, TC, CĐ, ĐH, …)
    bool isUniversityOrHigher() const; // ĐH, Thạc sĩ, Tiến sĩ
    bool isNull() const { return m_level == Level::Unknown; }

    bool operator==(const Education &o) const
    {
        return m_level == o.m_level && m_grade == o.m_grade && m_system == o.m_system &&
               m_literacy == o.m_literacy;
    }
    bool operator!=(const Education &o) const { return !(*this == o); }

private:
    static Education parsePart(const QString &text, QString *error);
    QString trainingWord() const;
    QString levelLabel() const;
    int rank() const;

    Level m_level = Level::Unknown;
    int m_grade = 0;
    int m_system = 0;
    Literacy m_literacy = Literacy::Unknown; // only for literate()
};

} // namespace sht
