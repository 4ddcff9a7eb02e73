// Tests of the register's small vocabularies: sex, relation to the household head, residence status.
#include "Relation.h"
#include "ResidenceStatus.h"
#include "Sex.h"
#include "TestSupport.h"

#include <QTest>

using namespace sht;
using sht::test::nfd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sht::Sex)
Q_DECLARE_METATYPE(sht::Relation)
Q_DECLARE_METATYPE(sht::ResidenceStatus)

namespace {

const QList<Relation> kRelations = {Relation::Head,       Relation::Spouse,      Relation::Child,
                                    Relation::Parent,     Relation::ParentInLaw, Relation::ChildInLaw,
                                    Relation::Grandchild, Relation::Grandparent, Relation::Sibling,
                                    Relation::Other,      Relation::Unknown};
const QList<Sex> kSexes = {Sex::Unknown, Sex::Male, Sex::Female};
const QList<ResidenceStatus> kStatuses = {ResidenceStatus::Permanent, ResidenceStatus::Temporary,
                                          ResidenceStatus::TemporarilyAbsent};

} // namespace

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void parseSex_data();
    void parseSex();
    void sexStorageAndWords();
    void parseRelation_data();
    void parseRelation();
    void relationStorageRoundTrip();
    void relationRegisterWordsParseBack();
    void relationWords_data();
    void relationWords();
    void parseResidence_data();
    void parseResidence();
    void residenceStorageAndWords();
};

void TestVocabulary::parseSex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Sex>("sex");

    QTest::addRow("Nam") << u"Nam"_s << Sex::Male;
    QTest::addRow("nam") << u"nam"_s << Sex::Male;
    QTest::addRow("NAM") << u"NAM"_s << Sex::Male;
    QTest::addRow("Nam with NBSP") << u"Nam\u00a0"_s << Sex::Male;
    QTest::addRow("Nam giới") << u"Nam giới"_s << Sex::Male;
    QTest::addRow("Trai") << u"Trai"_s << Sex::Male;
    QTest::addRow("M") << u"M"_s << Sex::Male;
    QTest::addRow("male") << u"male"_s << Sex::Male;
    QTest::addRow("code 1") << u"1"_s << Sex::Male;
    QTest::addRow("Nữ") << u"Nữ"_s << Sex::Female;
    QTest::addRow("nữ") << u"nữ"_s << Sex::Female;
    QTest::addRow("NỮ") << u"NỮ"_s << Sex::Female;
    QTest::addRow("Nữ NFD") << nfd(u"Nữ"_s) << Sex::Female;
    QTest::addRow("Nu without accents") << u"Nu"_s << Sex::Female;
    QTest::addRow("nữ giới") << u" nữ  giới "_s << Sex::Female;
    QTest::addRow("Gái") << u"Gái"_s << Sex::Female;
    QTest::addRow("F") << u"F"_s << Sex::Female;
    QTest::addRow("Female") << u"Female"_s << Sex::Female;
    QTest::addRow("code 2") << u"2"_s << Sex::Female;
    QTest::addRow("N is ambiguous") << u"N"_s << Sex::Unknown;
    QTest::addRow("0 is ambiguous") << u"0"_s << Sex::Unknown;
    QTest::addRow("x mark") << u"x"_s << Sex::Unknown;
    QTest::addRow("empty") << QString() << Sex::Unknown;
    QTest::addRow("other word") << u"Không rõ"_s << Sex::Unknown;
}

void TestVocabulary::parseSex()
{
    QFETCH(QString, text);
    QFETCH(Sex, sex);
    QCOMPARE(sht::parseSex(text), sex);
}

void TestVocabulary::sexStorageAndWords()
{
    QCOMPARE(sexToStorage(Sex::Male), u"male"_s);
    QCOMPARE(sexToStorage(Sex::Female), u"female"_s);
    QCOMPARE(sexToStorage(Sex::Unknown), QString());
    for (Sex s : kSexes)
        QCOMPARE(sexFromStorage(sexToStorage(s)), s);
    QCOMPARE(sexFromStorage(u"Nam"_s), Sex::Unknown);
    QCOMPARE(sexRegisterWord(Sex::Male), u"Nam"_s);
    QCOMPARE(sexRegisterWord(Sex::Female), u"Nữ"_s);
    QCOMPARE(sexRegisterWord(Sex::Unknown), QString());
    QCOMPARE(sexLabel(Sex::Male), u"Male"_s); // no translator loaded: English source
    QCOMPARE(sexLabel(Sex::Female), u"Female"_s);
    QCOMPARE(sexLabel(Sex::Unknown), QString());
    for (Sex s : kSexes)
        QCOMPARE(sht::parseSex(sexRegisterWord(s)), s);
}

void TestVocabulary::parseRelation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Relation>("relation");
    QTest::addColumn<Sex>("sex");

    QTest::addRow("Chủ hộ") << u"Chủ hộ"_s << Relation::Head << Sex::Unknown;
    QTest::addRow("chủ hộ") << u"chủ hộ"_s << Relation::Head << Sex::Unknown;
    QTest::addRow("CHỦ HỘ") << u"CHỦ HỘ"_s << Relation::Head << Sex::Unknown;
    QTest::addRow("CH") << u"CH"_s << Relation::Head << Sex::Unknown;
    QTest::addRow("Chủ hộ NFD, double space") << nfd(u"Chủ  hộ"_s) << Relation::Head << Sex::Unknown;
    QTest::addRow("chu ho without accents") << u"chu ho"_s << Relation::Head << Sex::Unknown;
    QTest::addRow("Vợ") << u"Vợ"_s << Relation::Spouse << Sex::Female;
    QTest::addRow("vo without accents") << u"vo"_s << Relation::Spouse << Sex::Female;
    QTest::addRow("Chồng") << u"Chồng"_s << Relation::Spouse << Sex::Male;
    QTest::addRow("CHỒNG NFD") << nfd(u"CHỒNG"_s) << Relation::Spouse << Sex::Male;
    QTest::addRow("Con") << u"Con"_s << Relation::Child << Sex::Unknown;
    QTest::addRow("Con with NBSP") << u"Con\u00a0"_s << Relation::Child << Sex::Unknown;
    QTest::addRow("Con with tab and dot") << u"\tCon."_s << Relation::Child << Sex::Unknown;
    QTest::addRow("Con trai") << u"Con trai"_s << Relation::Child << Sex::Male;
    QTest::addRow("Con gái") << u"Con gái"_s << Relation::Child << Sex::Female;
    QTest::addRow("con gai without accents") << u"con gai"_s << Relation::Child << Sex::Female;
    QTest::addRow("Con\u00a0gái with NBSP") << u"Con\u00a0gái"_s << Relation::Child << Sex::Female;
    QTest::addRow("Con đẻ") << u"Con đẻ"_s << Relation::Child << Sex::Unknown;
    QTest::addRow("Con nuôi") << u"Con nuôi"_s << Relation::Child << Sex::Unknown;
    QTest::addRow("Bố") << u"Bố"_s << Relation::Parent << Sex::Male;
    QTest::addRow("Cha") << u"Cha"_s << Relation::Parent << Sex::Male;
    QTest::addRow("Ba (southern)") << u"Ba"_s << Relation::Parent << Sex::Male;
    QTest::addRow("Mẹ") << u"Mẹ"_s << Relation::Parent << Sex::Female;
    QTest::addRow("Má") << u"Má"_s << Relation::Parent << Sex::Female;
    QTest::addRow("Bố đẻ") << u"Bố đẻ"_s << Relation::Parent << Sex::Male;
    QTest::addRow("Mẹ đẻ") << u"Mẹ đẻ"_s << Relation::Parent << Sex::Female;
    QTest::addRow("Bố chồng") << u"Bố chồng"_s << Relation::ParentInLaw << Sex::Male;
    QTest::addRow("Mẹ chồng") << u"Mẹ chồng"_s << Relation::ParentInLaw << Sex::Female;
    QTest::addRow("Bố vợ") << u"Bố vợ"_s << Relation::ParentInLaw << Sex::Male;
    QTest::addRow("Mẹ vợ") << u"MẸ VỢ"_s << Relation::ParentInLaw << Sex::Female;
    QTest::addRow("Con dâu") << u"Con dâu"_s << Relation::ChildInLaw << Sex::Female;
    QTest::addRow("Con rể") << u"Con rể"_s << Relation::ChildInLaw << Sex::Male;
    QTest::addRow("con re without accents") << u"con re"_s << Relation::ChildInLaw << Sex::Male;
    QTest::addRow("Cháu") << u"Cháu"_s << Relation::Grandchild << Sex::Unknown;
    QTest::addRow("Cháu nội") << u"Cháu nội"_s << Relation::Grandchild << Sex::Unknown;
    QTest::addRow("Cháu ngoại") << u"Cháu ngoại"_s << Relation::Grandchild << Sex::Unknown;
    QTest::addRow("Cháu gái") << u"Cháu gái"_s << Relation::Grandchild << Sex::Female;
    QTest::addRow("Cháu họ") << u"Cháu họ"_s << Relation::Other << Sex::Unknown;
    QTest::addRow("Ông") << u"Ông"_s << Relation::Grandparent << Sex::Male;
    QTest::addRow("Bà") << u"Bà"_s << Relation::Grandparent << Sex::Female;
    QTest::addRow("BÀ NFD") << nfd(u"BÀ"_s) << Relation::Grandparent << Sex::Female;
    QTest::addRow("Ông nội") << u"Ông nội"_s << Relation::Grandparent << Sex::Male;
    QTest::addRow("Bà ngoại") << u"Bà ngoại"_s << Relation::Grandparent << Sex::Female;
    QTest::addRow("Anh") << u"Anh"_s << Relation::Sibling << Sex::Male;
    QTest::addRow("Anh trai") << u"Anh trai"_s << Relation::Sibling << Sex::Male;
    QTest::addRow("Chị") << u"Chị"_s << Relation::Sibling << Sex::Female;
    QTest::addRow("Em") << u"Em"_s << Relation::Sibling << Sex::Unknown;
    QTest::addRow("Em gái") << u"Em gái"_s << Relation::Sibling << Sex::Female;
    QTest::addRow("Em trai") << u"em trai"_s << Relation::Sibling << Sex::Male;
    QTest::addRow("Cô") << u"Cô"_s << Relation::Other << Sex::Female;
    QTest::addRow("Dì") << u"Dì"_s << Relation::Other << Sex::Female;
    QTest::addRow("Chú") << u"Chú"_s << Relation::Other << Sex::Male;
    QTest::addRow("Bác") << u"Bác"_s << Relation::Other << Sex::Unknown;
    QTest::addRow("Chị dâu") << u"Chị dâu"_s << Relation::Other << Sex::Female;
    QTest::addRow("Khác") << u"Khác"_s << Relation::Other << Sex::Unknown;
    QTest::addRow("Con with note in brackets") << u"Con (tạm vắng)"_s << Relation::Child << Sex::Unknown;
    QTest::addRow("Vợ with note after a dash") << u"Vợ - tạm trú"_s << Relation::Spouse << Sex::Female;
    QTest::addRow("note first") << u"(Tạm vắng) Con gái"_s << Relation::Child << Sex::Female;
    QTest::addRow("storage word") << u"head"_s << Relation::Head << Sex::Unknown;
    // Not relations.
    QTest::addRow("Bá: Ba or Bà without the right mark") << u"Bá"_s << Relation::Unknown << Sex::Unknown;
    QTest::addRow("only a residence note") << u"Tạm vắng"_s << Relation::Unknown << Sex::Unknown;
    QTest::addRow("unknown word") << u"Hàng xóm xa"_s << Relation::Unknown << Sex::Unknown;
    QTest::addRow("empty") << QString() << Relation::Unknown << Sex::Unknown;
}

void TestVocabulary::parseRelation()
{
    QFETCH(QString, text);
    QFETCH(Relation, relation);
    QFETCH(Sex, sex);
    Sex implied = Sex::Female == sex ? Sex::Male : Sex::Female; // stale value must be overwritten
    QCOMPARE(sht::parseRelation(text, &implied), relation);
    QCOMPARE(implied, sex);
    QCOMPARE(sht::parseRelation(text), relation);
}

void TestVocabulary::relationStorageRoundTrip()
{
    QStringList seen;
    for (Relation r : kRelations) {
        const QString stored = relationToStorage(r);
        QCOMPARE(relationFromStorage(stored), r);
        QVERIFY(!seen.contains(stored));
        seen << stored;
    }
    QCOMPARE(relationToStorage(Relation::Head), u"head"_s);
    QCOMPARE(relationToStorage(Relation::ParentInLaw), u"parent_in_law"_s);
    QCOMPARE(relationToStorage(Relation::Unknown), QString());
    QCOMPARE(relationFromStorage(u"Vợ"_s), Relation::Unknown);
}

// What the CSV export writes, the importer reads back.
void TestVocabulary::relationRegisterWordsParseBack()
{
    for (Relation r : kRelations) {
        for (Sex s : kSexes) {
            const QString word = relationRegisterWord(r, s);
            QCOMPARE(word.isEmpty(), r == Relation::Unknown);
            QCOMPARE(relationLabel(r, s).isEmpty(), r == Relation::Unknown);
            if (r == Relation::Unknown)
                continue;
            Sex implied = Sex::Unknown;
            QVERIFY2(sht::parseRelation(word, &implied) == r, qPrintable(word));
            QVERIFY2(implied == Sex::Unknown || implied == s, qPrintable(word));
        }
    }
}

void TestVocabulary::relationWords_data()
{
    QTest::addColumn<Relation>("relation");
    QTest::addColumn<Sex>("sex");
    QTest::addColumn<QString>("registerWord");
    QTest::addColumn<QString>("label");

    QTest::addRow("head") << Relation::Head << Sex::Male << u"Chủ hộ"_s << u"Head of household"_s;
    QTest::addRow("wife") << Relation::Spouse << Sex::Female << u"Vợ"_s << u"Wife"_s;
    QTest::addRow("husband") << Relation::Spouse << Sex::Male << u"Chồng"_s << u"Husband"_s;
    QTest::addRow("spouse") << Relation::Spouse << Sex::Unknown << u"Vợ/Chồng"_s << u"Spouse"_s;
    QTest::addRow("son") << Relation::Child << Sex::Male << u"Con"_s << u"Child"_s;
    QTest::addRow("father") << Relation::Parent << Sex::Male << u"Bố"_s << u"Father"_s;
    QTest::addRow("mother") << Relation::Parent << Sex::Female << u"Mẹ"_s << u"Mother"_s;
    QTest::addRow("daughter-in-law") << Relation::ChildInLaw << Sex::Female << u"Con dâu"_s
                                     << u"Daughter-in-law"_s;
    QTest::addRow("son-in-law") << Relation::ChildInLaw << Sex::Male << u"Con rể"_s << u"Son-in-law"_s;
    QTest::addRow("grandchild") << Relation::Grandchild << Sex::Female << u"Cháu"_s << u"Grandchild"_s;
    QTest::addRow("grandmother") << Relation::Grandparent << Sex::Female << u"Bà"_s << u"Grandmother"_s;
    QTest::addRow("other") << Relation::Other << Sex::Unknown << u"Khác"_s << u"Other"_s;
}

void TestVocabulary::relationWords()
{
    QFETCH(Relation, relation);
    QFETCH(Sex, sex);
    QFETCH(QString, registerWord);
    QFETCH(QString, label);
    QCOMPARE(relationRegisterWord(relation, sex), registerWord);
    QCOMPARE(relationLabel(relation, sex), label); // no translator loaded: English source
}

void TestVocabulary::parseResidence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("recognised");
    QTest::addColumn<ResidenceStatus>("status");

    QTest::addRow("Thường trú") << u"Thường trú"_s << true << ResidenceStatus::Permanent;
    QTest::addRow("thường trú NFD") << nfd(u"thường trú"_s) << true << ResidenceStatus::Permanent;
    QTest::addRow("TT") << u"TT"_s << true << ResidenceStatus::Permanent;
    QTest::addRow("Tạm trú") << u"Tạm trú"_s << true << ResidenceStatus::Temporary;
    QTest::addRow("TẠM TRÚ") << u"TẠM TRÚ"_s << true << ResidenceStatus::Temporary;
    QTest::addRow("tam tru") << u"tam tru"_s << true << ResidenceStatus::Temporary;
    QTest::addRow("KT3") << u"KT3"_s << true << ResidenceStatus::Temporary;
    QTest::addRow("Tạm vắng") << u"Tạm vắng"_s << true << ResidenceStatus::TemporarilyAbsent;
    QTest::addRow("tam vang") << u"tam vang"_s << true << ResidenceStatus::TemporarilyAbsent;
    QTest::addRow("Tạm NBSP vắng") << u"Tạm\u00a0vắng\u00a0"_s << true << ResidenceStatus::TemporarilyAbsent;
    QTest::addRow("with a reason") << u"Tạm vắng đi làm ăn xa"_s << true
                                   << ResidenceStatus::TemporarilyAbsent;
    QTest::addRow("note in a relation cell")
        << u"Con (tạm vắng)"_s << true << ResidenceStatus::TemporarilyAbsent;
    QTest::addRow("note after a dash") << u"Vợ - Tạm trú"_s << true << ResidenceStatus::Temporary;
    QTest::addRow("storage word") << u"absent"_s << true << ResidenceStatus::TemporarilyAbsent;
    QTest::addRow("relation only") << u"Con"_s << false << ResidenceStatus::Permanent;
    QTest::addRow("TT inside a word is not TT") << u"TTX"_s << false << ResidenceStatus::Permanent;
    QTest::addRow("unknown") << u"Đi vắng"_s << false << ResidenceStatus::Permanent;
    QTest::addRow("empty") << QString() << false << ResidenceStatus::Permanent;
}

void TestVocabulary::parseResidence()
{
    QFETCH(QString, text);
    QFETCH(bool, recognised);
    QFETCH(ResidenceStatus, status);
    // Start from another value than the expected one: it must be set when recognised, left alone otherwise.
    ResidenceStatus out = status == ResidenceStatus::Temporary ? ResidenceStatus::TemporarilyAbsent
                                                               : ResidenceStatus::Temporary;
    const ResidenceStatus before = out;
    QCOMPARE(sht::parseResidence(text, &out), recognised);
    QCOMPARE(out, recognised ? status : before);
    QCOMPARE(sht::parseResidence(text, nullptr), recognised);
}

void TestVocabulary::residenceStorageAndWords()
{
    QCOMPARE(residenceToStorage(ResidenceStatus::Permanent), u"permanent"_s);
    QCOMPARE(residenceToStorage(ResidenceStatus::Temporary), u"temporary"_s);
    QCOMPARE(residenceToStorage(ResidenceStatus::TemporarilyAbsent), u"absent"_s);
    for (ResidenceStatus s : kStatuses) {
        QCOMPARE(residenceFromStorage(residenceToStorage(s)), s);
        ResidenceStatus parsed = ResidenceStatus::Permanent;
        QVERIFY(sht::parseResidence(residenceRegisterWord(s), &parsed));
        QCOMPARE(parsed, s);
    }
    QCOMPARE(residenceFromStorage(QString()), ResidenceStatus::Permanent);
    QCOMPARE(residenceRegisterWord(ResidenceStatus::Permanent), u"Thường trú"_s);
    QCOMPARE(residenceRegisterWord(ResidenceStatus::Temporary), u"Tạm trú"_s);
    QCOMPARE(residenceRegisterWord(ResidenceStatus::TemporarilyAbsent), u"Tạm vắng"_s);
    QCOMPARE(residenceLabel(ResidenceStatus::Permanent), u"Permanent resident"_s);
    QCOMPARE(residenceLabel(ResidenceStatus::Temporary), u"Temporary resident"_s);
    QCOMPARE(residenceLabel(ResidenceStatus::TemporarilyAbsent), u"Temporarily absent"_s);
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
