#include "Relation.h"

#include "TextNormalizer.h"

#include <QCoreApplication>
#include <QHash>

namespace sht {

namespace {

struct Meaning
{
    Relation relation = Relation::Unknown;
    Sex sex = Sex::Unknown;
    bool ambiguous = false;
};

struct Word
{
    const char16_t *text; // lower case, NFC, tone on the first vowel of oa/oe/uy
    Relation relation;
    Sex sex;
};

constexpr Sex M = Sex::Male;
constexpr Sex F = Sex::Female;
constexpr Sex U = Sex::Unknown;

// What registers write. The register words of relationRegisterWord() are all here, so export and import
// agree.
constexpr Word kWords[] = {
    {u"chủ hộ", Relation::Head, U},
    {u"ch", Relation::Head, U},
    {u"chủ", Relation::Head, U},
    {u"chủ hộ gia đình", Relation::Head, U},

    {u"vợ", Relation::Spouse, F},
    {u"chồng", Relation::Spouse, M},
    {u"vợ/chồng", Relation::Spouse, U},
    {u"vợ chủ hộ", Relation::Spouse, F},
    {u"chồng chủ hộ", Relation::Spouse, M},

    {u"con", Relation::Child, U},
    {u"con trai", Relation::Child, M},
    {u"con gái", Relation::Child, F},
    {u"con đẻ", Relation::Child, U},
    {u"con ruột", Relation::Child, U},
    {u"con nuôi", Relation::Child, U},
    {u"con riêng", Relation::Child, U},
    {u"con trưởng", Relation::Child, U},
    {u"con cả", Relation::Child, U},
    {u"con thứ", Relation::Child, U},
    {u"con út", Relation::Child, U},

    {u"bố", Relation::Parent, M},
    {u"cha", Relation::Parent, M},
    {u"ba", Relation::Parent, M}, // the southern word for father; "bà" is a grandmother
    {u"tía", Relation::Parent, M},
    {u"mẹ", Relation::Parent, F},
    {u"má", Relation::Parent, F},
    {u"bố/mẹ", Relation::Parent, U},
    {u"bố đẻ", Relation::Parent, M},
    {u"cha đẻ", Relation::Parent, M},
    {u"mẹ đẻ", Relation::Parent, F},
    {u"bố ruột", Relation::Parent, M},
    {u"cha ruột", Relation::Parent, M},
    {u"mẹ ruột", Relation::Parent, F},
    {u"bố nuôi", Relation::Parent, M},
    {u"cha nuôi", Relation::Parent, M},
    {u"mẹ nuôi", Relation::Parent, F},
    {u"bố dượng", Relation::Parent, M},
    {u"cha dượng", Relation::Parent, M},
    {u"mẹ kế", Relation::Parent, F},

    {u"bố chồng", Relation::ParentInLaw, M},
    {u"mẹ chồng", Relation::ParentInLaw, F},
    {u"bố vợ", Relation::ParentInLaw, M},
    {u"mẹ vợ", Relation::ParentInLaw, F},
    {u"cha chồng", Relation::ParentInLaw, M},
    {u"cha vợ", Relation::ParentInLaw, M},
    {u"ba chồng", Relation::ParentInLaw, M},
    {u"ba vợ", Relation::ParentInLaw, M},
    {u"má chồng", Relation::ParentInLaw, F},
    {u"má vợ", Relation::ParentInLaw, F},
    {u"bố vợ/chồng", Relation::ParentInLaw, M},
    {u"mẹ vợ/chồng", Relation::ParentInLaw, F},
    {u"bố/mẹ vợ/chồng", Relation::ParentInLaw, U},

    {u"con dâu", Relation::ChildInLaw, F},
    {u"con rể", Relation::ChildInLaw, M},
    {u"dâu", Relation::ChildInLaw, F},
    {u"rể", Relation::ChildInLaw, M},
    {u"con dâu/rể", Relation::ChildInLaw, U},

    {u"cháu", Relation::Grandchild, U},
    {u"cháu nội", Relation::Grandchild, U},
    {u"cháu ngoại", Relation::Grandchild, U},
    {u"cháu ruột", Relation::Grandchild, U},
    {u"cháu trai", Relation::Grandchild, M},
    {u"cháu gái", Relation::Grandchild, F},
    {u"cháu nội trai", Relation::Grandchild, M},
    {u"cháu nội gái", Relation::Grandchild, F},
    {u"cháu ngoại trai", Relation::Grandchild, M},
    {u"cháu ngoại gái", Relation::Grandchild, F},

    {u"ông", Relation::Grandparent, M},
    {u"bà", Relation::Grandparent, F},
    {u"ông nội", Relation::Grandparent, M},
    {u"bà nội", Relation::Grandparent, F},
    {u"ông ngoại", Relation::Grandparent, M},
    {u"bà ngoại", Relation::Grandparent, F},
    {u"ông/bà", Relation::Grandparent, U},

    {u"anh", Relation::Sibling, M},
    {u"chị", Relation::Sibling, F},
    {u"em", Relation::Sibling, U},
    {u"anh trai", Relation::Sibling, M},
    {u"chị gái", Relation::Sibling, F},
    {u"em trai", Relation::Sibling, M},
    {u"em gái", Relation::Sibling, F},
    {u"anh ruột", Relation::Sibling, M},
    {u"chị ruột", Relation::Sibling, F},
    {u"em ruột", Relation::Sibling, U},
    {u"anh/em trai", Relation::Sibling, M},
    {u"chị/em gái", Relation::Sibling, F},
    {u"anh/chị/em", Relation::Sibling, U},

    {u"khác", Relation::Other, U},
    {u"quan hệ khác", Relation::Other, U},
    {u"cô", Relation::Other, F},
    {u"dì", Relation::Other, F},
    {u"chú", Relation::Other, M},
    {u"bác", Relation::Other, U},
    {u"cậu", Relation::Other, M},
    {u"mợ", Relation::Other, F},
    {u"thím", Relation::Other, F},
    {u"dượng", Relation::Other, M},
    {u"cháu họ", Relation::Other, U},
    {u"chắt", Relation::Other, U},
    {u"cụ", Relation::Other, U},
    {u"cố", Relation::Other, U},
    {u"chị dâu", Relation::Other, F},
    {u"em dâu", Relation::Other, F},
    {u"anh rể", Relation::Other, M},
    {u"em rể", Relation::Other, M},
    {u"anh vợ", Relation::Other, M},
    {u"chị vợ", Relation::Other, F},
    {u"em vợ", Relation::Other, U},
    {u"anh chồng", Relation::Other, M},
    {u"chị chồng", Relation::Other, F},
    {u"em chồng", Relation::Other, U},
    {u"họ hàng", Relation::Other, U},
    {u"người giúp việc", Relation::Other, U},
    {u"giúp việc", Relation::Other, U},
    {u"ở nhờ", Relation::Other, U},
    {u"người ở nhờ", Relation::Other, U},
    {u"ở ghép", Relation::Other, U},
    {u"bạn", Relation::Other, U},
};

struct Vocabulary
{
    QHash<QString, Meaning> exact;      // folded NFC spelling -> meaning
    QHash<QString, Meaning> accentFree; // text::searchKey -> meaning, ambiguous keys marked

    Vocabulary()
    {
        for (const Word &w : kWords) {
            const QString spelling = QString::fromUtf16(w.text);
            exact.insert(spelling, Meaning{w.relation, w.sex});
            Meaning &m = accentFree[text::searchKey(spelling)];
            if (m.relation == Relation::Unknown && !m.ambiguous) {
                m = Meaning{w.relation, w.sex};
            } else if (m.relation != w.relation) {
                m.ambiguous = true; // "ba": Ba (father) or Bà (grandmother)
            } else if (m.sex != w.sex) {
                m.sex = Sex::Unknown; // "co": Cô (aunt, female) or Cố (great-grandparent)
            }
        }
    }
};

const Vocabulary &vocabulary()
{
    static const Vocabulary v;
    return v;
}

bool lookUp(const QString &segment, Meaning *meaning)
{
    QString folded = text::foldCase(text::normalizeToneMarkPlacement(text::normalized(segment)));
    while (folded.endsWith(QLatin1Char('.')) || folded.endsWith(QLatin1Char(':')))
        folded.chop(1);
    folded = folded.trimmed();
    const Vocabulary &v = vocabulary();
    if (const auto it = v.exact.constFind(folded); it != v.exact.cend()) {
        *meaning = *it;
        return true;
    }
    if (const auto it = v.accentFree.constFind(text::searchKey(folded));
        it != v.accentFree.cend() && !it->ambiguous) {
        *meaning = *it;
        return true;
    }
    const Relation stored = relationFromStorage(folded);
    if (stored != Relation::Unknown) {
        *meaning = Meaning{stored, Sex::Unknown};
        return true;
    }
    return false;
}

} // namespace

QString relationToStorage(Relation relation)
{
    switch (relation) {
    case Relation::Head:
        return QStringLiteral("head");
    case Relation::Spouse:
        return QStringLiteral("spouse");
    case Relation::Child:
        return QStringLiteral("child");
    case Relation::Parent:
        return QStringLiteral("parent");
    case Relation::ParentInLaw:
        return QStringLiteral("parent_in_law");
    case Relation::ChildInLaw:
        return QStringLiteral("child_in_law");
    case Relation::Grandchild:
        return QStringLiteral("grandchild");
    case Relation::Grandparent:
        return QStringLiteral("grandparent");
    case Relation::Sibling:
        return QStringLiteral("sibling");
    case Relation::Other:
        return QStringLiteral("other");
    case Relation::Unknown:
        break;
    }
    return QString();
}

Relation relationFromStorage(const QString &stored)
{
    for (Relation r : {Relation::Head, Relation::Spouse, Relation::Child, Relation::Parent,
                       Relation::ParentInLaw, Relation::ChildInLaw, Relation::Grandchild,
                       Relation::Grandparent, Relation::Sibling, Relation::Other}) {
        if (stored == relationToStorage(r))
            return r;
    }
    return Relation::Unknown;
}

QString relationLabel(Relation relation, Sex sex)
{
    const bool male = sex == Sex::Male, female = sex == Sex::Female;
    switch (relation) {
    case Relation::Head:
        return QCoreApplication::translate("Relation", "Head of household");
    case Relation::Spouse:
        return female ? QCoreApplication::translate("Relation", "Wife")
               : male ? QCoreApplication::translate("Relation", "Husband")
                      : QCoreApplication::translate("Relation", "Spouse");
    case Relation::Child:
        return QCoreApplication::translate("Relation", "Child");
    case Relation::Parent:
        return female ? QCoreApplication::translate("Relation", "Mother")
               : male ? QCoreApplication::translate("Relation", "Father")
                      : QCoreApplication::translate("Relation", "Parent");
    case Relation::ParentInLaw:
        return female ? QCoreApplication::translate("Relation", "Mother-in-law")
               : male ? QCoreApplication::translate("Relation", "Father-in-law")
                      : QCoreApplication::translate("Relation", "Parent-in-law");
    case Relation::ChildInLaw:
        return female ? QCoreApplication::translate("Relation", "Daughter-in-law")
               : male ? QCoreApplication::translate("Relation", "Son-in-law")
                      : QCoreApplication::translate("Relation", "Child-in-law");
    case Relation::Grandchild:
        return QCoreApplication::translate("Relation", "Grandchild");
    case Relation::Grandparent:
        return female ? QCoreApplication::translate("Relation", "Grandmother")
               : male ? QCoreApplication::translate("Relation", "Grandfather")
                      : QCoreApplication::translate("Relation", "Grandparent");
    case Relation::Sibling:
        return female ? QCoreApplication::translate("Relation", "Sister")
               : male ? QCoreApplication::translate("Relation", "Brother")
                      : QCoreApplication::translate("Relation", "Sibling");
    case Relation::Other:
        return QCoreApplication::translate("Relation", "Other");
    case Relation::Unknown:
        break;
    }
    return QString();
}

QString relationRegisterWord(Relation relation, Sex sex)
{
    const bool male = sex == Sex::Male, female = sex == Sex::Female;
    switch (relation) {
    case Relation::Head:
        return QStringLiteral("Chủ hộ");
    case Relation::Spouse:
        return female ? QStringLiteral("Vợ") : male ? QStringLiteral("Chồng") : QStringLiteral("Vợ/Chồng");
    case Relation::Child:
        return QStringLiteral("Con");
    case Relation::Parent:
        return female ? QStringLiteral("Mẹ") : male ? QStringLiteral("Bố") : QStringLiteral("Bố/Mẹ");
    case Relation::ParentInLaw:
        return female ? QStringLiteral("Mẹ vợ/chồng")
               : male ? QStringLiteral("Bố vợ/chồng")
                      : QStringLiteral("Bố/Mẹ vợ/chồng");
    case Relation::ChildInLaw:
        return female ? QStringLiteral("Con dâu")
               : male ? QStringLiteral("Con rể")
                      : QStringLiteral("Con dâu/rể");
    case Relation::Grandchild:
        return QStringLiteral("Cháu");
    case Relation::Grandparent:
        return female ? QStringLiteral("Bà") : male ? QStringLiteral("Ông") : QStringLiteral("Ông/Bà");
    case Relation::Sibling:
        return female ? QStringLiteral("Chị/Em gái")
               : male ? QStringLiteral("Anh/Em trai")
                      : QStringLiteral("Anh/Chị/Em");
    case Relation::Other:
        return QStringLiteral("Khác");
    case Relation::Unknown:
        break;
    }
    return QString();
}

Relation parseRelation(const QString &text, Sex *impliedSex)
{
    if (impliedSex)
        *impliedSex = Sex::Unknown;
    Meaning meaning;
    bool found = lookUp(text, &meaning);
    if (!found) {
        for (const QString &part : text::splitNotes(text)) {
            if ((found = lookUp(part, &meaning)))
                break;
        }
    }
    if (!found)
        return Relation::Unknown;
    if (impliedSex)
        *impliedSex = meaning.sex;
    return meaning.relation;
}

} // namespace sht
