#include "PersonForm.h"

#include "ErrorLabel.h"
#include "MemberFields.h"
#include "PersonRepository.h"
#include "ui_PersonForm.h"

#include <QRegularExpression>

namespace sht {

namespace {

// The 54 ethnic groups of Việt Nam, the most numerous first; proper names, the same in every language.
const char *const kEthnicities[] = {
    "Kinh",    "Tày",        "Thái",  "Mường",    "Khmer",    "Hoa",          "Nùng",    "H'Mông",  "Dao",
    "Gia Rai", "Ê Đê",       "Ba Na", "Sán Chay", "Chăm",     "Cơ Ho",        "Xơ Đăng", "Sán Dìu", "Hrê",
    "Ra Glai", "Mnông",      "Thổ",   "Xtiêng",   "Khơ Mú",   "Bru-Vân Kiều", "Cơ Tu",   "Giáy",    "Tà Ôi",
    "Mạ",      "Giẻ Triêng", "Co",    "Chơ Ro",   "Xinh Mun", "Hà Nhì",       "Chu Ru",  "Lào",     "La Chí",
    "Kháng",   "Phù Lá",     "La Hủ", "La Ha",    "Pà Thẻn",  "Lự",           "Ngái",    "Chứt",    "Lô Lô",
    "Mảng",    "Cơ Lao",     "Bố Y",  "Cống",     "Si La",    "Pu Péo",       "Rơ Măm",  "Brâu",    "Ơ Đu"};

// As the registers write them; "Không" (none) is by far the most common entry.
const char *const kReligions[] = {"Không",   "Phật giáo", "Công giáo", "Tin Lành",
                                  "Cao Đài", "Hòa Hảo",   "Hồi giáo",  "Tứ Ân Hiếu Nghĩa"};

QString typed(const QComboBox *combo)
{
    return combo->currentText().simplified();
}

void setComboText(QComboBox *combo, const QString &text)
{
    const int at = combo->findText(text);
    if (at >= 0)
        combo->setCurrentIndex(at);
    else
        combo->setEditText(text);
}

} // namespace

PersonForm::PersonForm(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PersonForm>())
    , m_db(db)
    , m_today(QDate::currentDate())
{
    m_ui->setupUi(this);
    m_ui->sexCombo->addItem(QStringLiteral("—"), int(Sex::Unknown));
    m_ui->sexCombo->addItem(sexLabel(Sex::Male), int(Sex::Male));
    m_ui->sexCombo->addItem(sexLabel(Sex::Female), int(Sex::Female));
    for (const char *name : kEthnicities)
        m_ui->ethnicityCombo->addItem(QString::fromUtf8(name));
    for (const char *name : kReligions)
        m_ui->religionCombo->addItem(QString::fromUtf8(name));
    for (QComboBox *combo : {m_ui->ethnicityCombo, m_ui->religionCombo}) {
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setCurrentIndex(-1);
        combo->setEditText(QString());
    }
    m_ui->nameEdit->setMinimumWidth(320);
    m_ui->citizenIdEdit->setMaxLength(20);

    for (QLabel *label : {m_ui->nameError, m_ui->birthDateError, m_ui->citizenIdError, m_ui->educationError,
                          m_ui->phoneError, m_ui->formError})
        styleErrorLabel(label);
    for (QLabel *info : {m_ui->citizenIdInfo, m_ui->educationInfo}) {
        info->setMinimumWidth(120);
        info->setForegroundRole(QPalette::PlaceholderText);
    }

    memberfields::chainTabOrder(fields());

    const auto edited = [this] {
        m_ui->formError->clear();
        m_ui->formError->hide();
        revalidate();
    };
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this, edited] {
        m_nameTouched = true;
        edited();
    });
    connect(m_ui->nameEdit, &QLineEdit::editingFinished, this, [this] {
        m_nameTouched = true;
        revalidate();
    });
    for (QLineEdit *edit : {m_ui->birthDateEdit, m_ui->citizenIdEdit, m_ui->educationEdit, m_ui->phoneEdit,
                            m_ui->occupationEdit, m_ui->notesEdit})
        connect(edit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->sexCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->ethnicityCombo, &QComboBox::editTextChanged, this, edited);
    connect(m_ui->religionCombo, &QComboBox::editTextChanged, this, edited);
    revalidate();
}

PersonForm::~PersonForm() = default;

void PersonForm::setPerson(const Person &person)
{
    m_person = person;
    m_nameTouched = !person.name.isEmpty();
    m_ui->nameEdit->setText(person.name.full());
    m_ui->sexCombo->setCurrentIndex(m_ui->sexCombo->findData(int(person.sex)));
    m_ui->birthDateEdit->setText(person.birthDate.toString());
    m_ui->citizenIdEdit->setText(person.citizenId.digits());
    setComboText(m_ui->ethnicityCombo, person.ethnicity);
    setComboText(m_ui->religionCombo, person.religion);
    m_ui->educationEdit->setText(person.education.toString());
    m_ui->occupationEdit->setText(person.occupation);
    m_ui->phoneEdit->setText(person.phone);
    m_ui->notesEdit->setText(person.notes);
    setCoreError(QString());
    revalidate();
}

Person PersonForm::person() const
{
    Person p = m_person;
    p.name = PersonName(m_ui->nameEdit->text());
    p.sex = Sex(m_ui->sexCombo->currentData().toInt());
    p.birthDate = PartialDate::parse(m_ui->birthDateEdit->text());
    p.citizenId = CitizenId::parse(m_ui->citizenIdEdit->text());
    p.ethnicity = typed(m_ui->ethnicityCombo);
    p.religion = typed(m_ui->religionCombo);
    p.education = Education::parse(m_ui->educationEdit->text());
    p.occupation = m_ui->occupationEdit->text().simplified();
    p.phone = m_ui->phoneEdit->text().simplified();
    p.notes = m_ui->notesEdit->text().trimmed();
    return p;
}

void PersonForm::setCoreError(const QString &message)
{
    m_ui->formError->setText(message);
    m_ui->formError->setVisible(!message.isEmpty());
}

QString PersonForm::coreError() const
{
    return m_ui->formError->text();
}

void PersonForm::setToday(const QDate &today)
{
    m_today = today;
    revalidate();
}

QWidget *PersonForm::firstField() const
{
    return m_ui->nameEdit;
}

QList<QWidget *> PersonForm::fields() const
{
    return {m_ui->nameEdit,       m_ui->sexCombo,      m_ui->birthDateEdit, m_ui->citizenIdEdit,
            m_ui->ethnicityCombo, m_ui->religionCombo, m_ui->educationEdit, m_ui->occupationEdit,
            m_ui->phoneEdit,      m_ui->notesEdit};
}

QWidget *PersonForm::lastField() const
{
    return m_ui->notesEdit;
}

void PersonForm::revalidate()
{
    bool valid = true;
    const auto check = [&valid](QLabel *label, const QString &message) {
        showError(label, message);
        if (!message.isEmpty())
            valid = false;
    };

    const PersonName name(m_ui->nameEdit->text());
    if (name.isEmpty()) {
        valid = false;
        showError(m_ui->nameError, m_nameTouched ? tr("Enter the person's full name.") : QString());
    } else {
        showError(m_ui->nameError, QString());
    }

    QString dateError;
    const PartialDate birth = PartialDate::parse(m_ui->birthDateEdit->text(), &dateError);
    if (dateError.isEmpty() && birth.isAfter(m_today))
        dateError = tr("The birth date %1 is in the future. Check the year.").arg(birth.toString());
    check(m_ui->birthDateError, dateError);

    QString idError;
    const CitizenId id = CitizenId::parse(m_ui->citizenIdEdit->text(), &idError);
    QString idInfo;
    if (idError.isEmpty() && !id.isNull()) {
        const Sex sex = Sex(m_ui->sexCombo->currentData().toInt());
        idError = id.checkAgainst(sex, dateError.isEmpty() ? birth.year() : 0);
        if (idError.isEmpty()) {
            for (const Person &other : PersonRepository(m_db).findByCitizenId(id.digits()))
                if (other.id != m_person.id) {
                    idError = tr("This ID number already belongs to %1. Check both records.")
                                  .arg(other.name.full());
                    break;
                }
        }
        if (id.kind() == CitizenId::Kind::Cccd)
            idInfo = id.provinceName();
        else
            idInfo = tr("old CMND");
    }
    m_ui->citizenIdInfo->setText(idInfo);
    check(m_ui->citizenIdError, idError);

    QString educationError;
    const Education education = Education::parse(m_ui->educationEdit->text(), &educationError);
    m_ui->educationInfo->setText(educationError.isEmpty() ? education.label() : QString());
    check(m_ui->educationError, educationError);

    const QString phone = m_ui->phoneEdit->text().simplified();
    QString phoneError;
    if (!phone.isEmpty()) {
        static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 .()-]+$"));
        QString digits = phone;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (!allowed.match(phone).hasMatch() || digits.size() < 8 || digits.size() > 12)
            phoneError = tr("A phone number has 8 to 12 digits (for example 0912 345 678).");
    }
    check(m_ui->phoneError, phoneError);

    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

} // namespace sht
