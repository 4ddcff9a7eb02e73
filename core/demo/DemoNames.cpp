#include "DemoNames.h"

#include "DemoRandom.h"

namespace sht::demo {

namespace {

struct Weighted
{
    QList<QString> names;
    QList<double> weights;
};

Weighted familyNames()
{
    // Approximate national shares (per cent); the tail shares the remainder.
    return {
        {QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),    QStringLiteral("Phạm"),
         QStringLiteral("Hoàng"),  QStringLiteral("Phan"), QStringLiteral("Vũ"),    QStringLiteral("Đặng"),
         QStringLiteral("Bùi"),    QStringLiteral("Đỗ"),   QStringLiteral("Hồ"),    QStringLiteral("Ngô"),
         QStringLiteral("Dương"),  QStringLiteral("Lý"),   QStringLiteral("Đinh"),  QStringLiteral("Đào"),
         QStringLiteral("Trịnh"),  QStringLiteral("Mai"),  QStringLiteral("Lương"), QStringLiteral("Tạ"),
         QStringLiteral("Hà"),     QStringLiteral("Lưu"),  QStringLiteral("Cao"),   QStringLiteral("Chu"),
         QStringLiteral("Kiều"),   QStringLiteral("Đoàn"), QStringLiteral("Triệu"), QStringLiteral("Khuất")},
        {38, 11,  9.5, 7,   5,   4.5, 3.9, 2.1, 2,   1.4, 1.3, 1.3, 1,   0.5,
         1,  0.9, 0.8, 0.7, 0.6, 0.5, 0.5, 0.4, 0.4, 0.4, 0.3, 0.4, 0.3, 0.2}};
}

QString pickWeighted(DemoRandom &random, const Weighted &table)
{
    return table.names.at(random.weighted(table.weights));
}

} // namespace

QString DemoNames::familyName(DemoRandom &random)
{
    static const Weighted table = familyNames();
    return pickWeighted(random, table);
}

QString DemoNames::middleName(DemoRandom &random, Sex sex, int birthYear)
{
    if (sex == Sex::Female) {
        if (birthYear < 1975)
            return random.chance(0.9)
                       ? QStringLiteral("Thị")
                       : random.pick(QList<QString>{QStringLiteral("Thu"), QStringLiteral("Ngọc")});
        if (birthYear < 2000) {
            static const QList<QString> middle{QStringLiteral("Thị"),      QStringLiteral("Thị Thu"),
                                               QStringLiteral("Thu"),      QStringLiteral("Thị Thanh"),
                                               QStringLiteral("Ngọc"),     QStringLiteral("Thanh"),
                                               QStringLiteral("Thị Ngọc"), QStringLiteral("Minh")};
            return random.chance(0.55) ? QStringLiteral("Thị") : random.pick(middle);
        }
        static const QList<QString> young{
            QStringLiteral("Thị"),      QStringLiteral("Ngọc"), QStringLiteral("Phương"),
            QStringLiteral("Khánh"),    QStringLiteral("Bảo"),  QStringLiteral("Minh"),
            QStringLiteral("Thị Thu"),  QStringLiteral("Gia"),  QStringLiteral("Thảo"),
            QStringLiteral("Ngọc Bảo"), QStringLiteral("Hà")};
        return random.pick(young);
    }
    if (birthYear < 1975)
        return random.chance(0.8) ? QStringLiteral("Văn")
                                  : random.pick(QList<QString>{QStringLiteral("Đức"), QStringLiteral("Hữu"),
                                                               QStringLiteral("Xuân"), QStringLiteral("Đình"),
                                                               QStringLiteral("Công")});
    if (birthYear < 2000) {
        static const QList<QString> middle{
            QStringLiteral("Văn"),  QStringLiteral("Đức"),  QStringLiteral("Minh"), QStringLiteral("Quang"),
            QStringLiteral("Hữu"),  QStringLiteral("Xuân"), QStringLiteral("Ngọc"), QStringLiteral("Thanh"),
            QStringLiteral("Tiến"), QStringLiteral("Mạnh"), QStringLiteral("Đình")};
        return random.chance(0.5) ? QStringLiteral("Văn") : random.pick(middle);
    }
    static const QList<QString> young{QStringLiteral("Văn"), QStringLiteral("Minh"),  QStringLiteral("Gia"),
                                      QStringLiteral("Đức"), QStringLiteral("Quang"), QStringLiteral("Bảo"),
                                      QStringLiteral("Anh"), QStringLiteral("Hoàng"), QStringLiteral("Đăng"),
                                      QStringLiteral("Tuấn")};
    return random.pick(young);
}

QString DemoNames::givenName(DemoRandom &random, Sex sex, int birthYear)
{
    static const QList<QString> maleOld{
        QStringLiteral("Hùng"),  QStringLiteral("Dũng"), QStringLiteral("Thắng"), QStringLiteral("Lợi"),
        QStringLiteral("Bình"),  QStringLiteral("Minh"), QStringLiteral("Hải"),   QStringLiteral("Sơn"),
        QStringLiteral("Tuấn"),  QStringLiteral("Nam"),  QStringLiteral("Thành"), QStringLiteral("Cường"),
        QStringLiteral("Quang"), QStringLiteral("Hòa"),  QStringLiteral("Phúc"),  QStringLiteral("Lộc"),
        QStringLiteral("Tư"),    QStringLiteral("Ba"),   QStringLiteral("Toàn"),  QStringLiteral("Chiến"),
        QStringLiteral("Thịnh"), QStringLiteral("Khải"), QStringLiteral("Đức"),   QStringLiteral("Vinh")};
    static const QList<QString> maleMiddle{
        QStringLiteral("Tuấn"), QStringLiteral("Anh"),   QStringLiteral("Dũng"),  QStringLiteral("Hùng"),
        QStringLiteral("Hải"),  QStringLiteral("Long"),  QStringLiteral("Nam"),   QStringLiteral("Trung"),
        QStringLiteral("Hiếu"), QStringLiteral("Cường"), QStringLiteral("Thắng"), QStringLiteral("Quân"),
        QStringLiteral("Huy"),  QStringLiteral("Đạt"),   QStringLiteral("Tùng"),  QStringLiteral("Hoàng"),
        QStringLiteral("Sơn"),  QStringLiteral("Thành"), QStringLiteral("Việt"),  QStringLiteral("Phong")};
    static const QList<QString> maleYoung{
        QStringLiteral("Minh"),  QStringLiteral("Huy"),  QStringLiteral("Khang"),  QStringLiteral("Bảo"),
        QStringLiteral("Phúc"),  QStringLiteral("Nam"),  QStringLiteral("Quân"),   QStringLiteral("Duy"),
        QStringLiteral("Khôi"),  QStringLiteral("Đăng"), QStringLiteral("An"),     QStringLiteral("Đức"),
        QStringLiteral("Hoàng"), QStringLiteral("Long"), QStringLiteral("Kiên"),   QStringLiteral("Vinh"),
        QStringLiteral("Tuấn"),  QStringLiteral("Hưng"), QStringLiteral("Nguyên"), QStringLiteral("Lâm")};
    static const QList<QString> femaleOld{
        QStringLiteral("Lan"),  QStringLiteral("Hoa"),  QStringLiteral("Hương"), QStringLiteral("Mai"),
        QStringLiteral("Hằng"), QStringLiteral("Nga"),  QStringLiteral("Thủy"),  QStringLiteral("Tuyết"),
        QStringLiteral("Lụa"),  QStringLiteral("Hạnh"), QStringLiteral("Nhung"), QStringLiteral("Liên"),
        QStringLiteral("Cúc"),  QStringLiteral("Đào"),  QStringLiteral("Xuân"),  QStringLiteral("Thơm"),
        QStringLiteral("Hồng"), QStringLiteral("Loan"), QStringLiteral("Tâm"),   QStringLiteral("Vân")};
    static const QList<QString> femaleMiddle{
        QStringLiteral("Hương"), QStringLiteral("Trang"), QStringLiteral("Linh"),  QStringLiteral("Thảo"),
        QStringLiteral("Hà"),    QStringLiteral("Huyền"), QStringLiteral("Ngọc"),  QStringLiteral("Phương"),
        QStringLiteral("Thủy"),  QStringLiteral("Hằng"),  QStringLiteral("Nga"),   QStringLiteral("Hạnh"),
        QStringLiteral("Dung"),  QStringLiteral("Yến"),   QStringLiteral("Nhung"), QStringLiteral("Giang"),
        QStringLiteral("Vân"),   QStringLiteral("Oanh"),  QStringLiteral("Hiền"),  QStringLiteral("Lan")};
    static const QList<QString> femaleYoung{
        QStringLiteral("Linh"),  QStringLiteral("Anh"), QStringLiteral("Ngọc"),  QStringLiteral("Vy"),
        QStringLiteral("Trang"), QStringLiteral("Hà"),  QStringLiteral("My"),    QStringLiteral("Chi"),
        QStringLiteral("Thảo"),  QStringLiteral("Nhi"), QStringLiteral("An"),    QStringLiteral("Hân"),
        QStringLiteral("Nhung"), QStringLiteral("Yến"), QStringLiteral("Diệp"),  QStringLiteral("Khánh"),
        QStringLiteral("Thư"),   QStringLiteral("Như"), QStringLiteral("Quỳnh"), QStringLiteral("Trâm")};
    if (sex == Sex::Female)
        return random.pick(birthYear < 1975 ? femaleOld : birthYear < 2000 ? femaleMiddle : femaleYoung);
    return random.pick(birthYear < 1975 ? maleOld : birthYear < 2000 ? maleMiddle : maleYoung);
}

} // namespace sht::demo
