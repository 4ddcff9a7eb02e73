#include "NewHouseholdDialog.h"

#include "AdminUnitRepository.h"
#include "EditCommands.h"
#include "ErrorLabel.h"
#include "HouseholdRepository.h"
#include "MemberFields.h"
#include "PersonForm.h"
#include "ui_NewHouseholdDialog.h"

#include <QHash>
#include <QPushButton>
#include <QRegularExpression>

namespace sht {

NewHouseholdDialog::NewHouseholdDialog(Database &db, EditCommands &edits, qint64 villageId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewHouseholdDialog>())
    , m_db(db)
    , m_edits(edits)
{
    m_ui->setupUi(this);
    m_headForm = new PersonForm(db, m_ui->headGroup);
    m_ui->headLayout->addWidget(m_headForm);
    styleErrorLabel(m_ui->codeError);
    styleErrorLabel(m_ui->formError);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);

    for (const AdminUnit &village : AdminUnitRepository(db).villages())
        m_ui->villageCombo->addItem(village.name, village.id);
    const int at = m_ui->villageCombo->findData(villageId);
    m_ui->villageCombo->setCurrentIndex(at >= 0 ? at : 0);

    memberfields::chainTabOrder(
        QList<QWidget *>{m_ui->villageCombo, m_ui->codeEdit, m_ui->addressEdit, m_ui->sinceEdit}
        << m_headForm->fields() << m_ui->buttonBox);

    connect(m_ui->villageCombo, &QComboBox::currentIndexChanged, this, &NewHouseholdDialog::villageChanged);
    connect(m_ui->codeEdit, &QLineEdit::textEdited, this, [this] { m_codeTyped = true; });
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this, &NewHouseholdDialog::revalidate);
    connect(m_ui->addressEdit, &QLineEdit::textChanged, this, &NewHouseholdDialog::revalidate);
    connect(m_headForm, &PersonForm::validityChanged, this, &NewHouseholdDialog::revalidate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewHouseholdDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    villageChanged();
    m_ui->villageCombo->setFocus();
}

NewHouseholdDialog::~NewHouseholdDialog() = default;

QString NewHouseholdDialog::suggestCode(Database &db, qint64 villageId)
{
    HouseholdRepository households(db);
    // Codes end in a number ("03.214", "HK-17"); the pattern most of the village's codes share wins.
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
    struct Pattern
    {
        int count = 0;
        qint64 highest = 0;
        int width = 0;
    };
    QHash<QString, Pattern> patterns;
    for (const Household &household : households.inVillage(villageId)) {
        const auto match = numbered.match(household.code);
        if (!match.hasMatch())
            continue;
        Pattern &p = patterns[match.captured(1)];
        ++p.count;
        p.highest = qMax(p.highest, match.captured(2).toLongLong());
        p.width = qMax(p.width, int(match.capturedLength(2)));
    }
    QString prefix;
    Pattern best;
    for (auto it = patterns.cbegin(); it != patterns.cend(); ++it)
        if (it->count > best.count || (it->count == best.count && it.key() < prefix)) {
            prefix = it.key();
            best = *it;
        }
    if (best.count == 0) {
        const auto village = AdminUnitRepository(db).find(villageId);
        prefix = village && !village->code.isEmpty() ? village->code + QLatin1Char('.') : QString();
        best.width = 3;
    }
    for (qint64 n = best.highest + 1;; ++n) {
        const QString code = prefix + QStringLiteral("%1").arg(n, best.width, 10, QLatin1Char('0'));
        if (!households.findByCode(villageId, code))
            return code;
    }
}

void NewHouseholdDialog::villageChanged()
{
    const qint64 villageId = m_ui->villageCombo->currentData().toLongLong();
    if (!m_codeTyped && villageId != 0)
        m_ui->codeEdit->setText(suggestCode(m_db, villageId));
    revalidate();
}

void NewHouseholdDialog::revalidate()
{
    showError(m_ui->formError, QString());
    const qint64 villageId = m_ui->villageCombo->currentData().toLongLong();
    const QString code = m_ui->codeEdit->text().simplified();
    QString codeError;
    if (villageId == 0)
        codeError = tr("The commune has no village yet: create the village first.");
    else if (code.isEmpty())
        codeError = tr("Enter the household code.");
    else if (HouseholdRepository(m_db).findByCode(villageId, code))
        codeError = tr("The code %1 is already used in this village; %2 is free.")
                        .arg(code, suggestCode(m_db, villageId));
    showError(m_ui->codeError, codeError);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(codeError.isEmpty() && m_headForm->isValid());
}

void NewHouseholdDialog::accept()
{
    revalidate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    Household household;
    household.villageId = m_ui->villageCombo->currentData().toLongLong();
    household.code = m_ui->codeEdit->text().simplified();
    household.address = m_ui->addressEdit->text().simplified();
    Person head = m_headForm->person();
    const Status status = m_edits.createHousehold(household, head, m_ui->sinceEdit->date());
    if (!status) {
        showError(m_ui->formError, status.message());
        return;
    }
    m_householdId = household.id;
    QDialog::accept();
}

} // namespace sht
