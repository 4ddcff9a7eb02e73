#include "LocalUnitDialog.h"

#include "AdminUnitRepository.h"
#include "ErrorLabel.h"
#include "LocalUnitKind.h"
#include "LocalUnitService.h"
#include "MemberFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sht {

namespace {
void selectData(QComboBox *combo, const QVariant &value)
{
    const int at = combo->findData(value);
    if (at >= 0)
        combo->setCurrentIndex(at);
}

// Notes are short; Tab must leave the box like any other field, and Enter still means OK.
class NotesEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            !(event->modifiers() & Qt::ShiftModifier)) {
            event->ignore(); // on to the dialog's default button; Shift+Enter starts a new line
            return;
        }
        QPlainTextEdit::keyPressEvent(event);
    }
};
} // namespace

LocalUnitDialog::LocalUnitDialog(Database &db, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setMinimumWidth(360);
    m_nameEdit->setPlaceholderText(tr("e.g. Trường Tiểu học Hòa An"));
    m_nameError = makeErrorLabel(this, QStringLiteral("nameError"));
    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_nameEdit);
    nameBox->addWidget(m_nameError);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, nameBox);

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    for (const LocalUnitKind kind : localUnitKinds())
        m_kindCombo->addItem(localUnitKindLabel(kind), localUnitKindToStorage(kind));
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kindCombo);
    form->addRow(kindLabel, m_kindCombo);

    m_levelCombo = new QComboBox(this);
    m_levelCombo->setObjectName(QStringLiteral("levelCombo"));
    for (const ManagingLevel level : managingLevels())
        m_levelCombo->addItem(managingLevelLabel(level), managingLevelToStorage(level));
    auto *levelLabel = new QLabel(tr("&Managed by:"), this);
    levelLabel->setBuddy(m_levelCombo);
    form->addRow(levelLabel, m_levelCombo);

    m_criteriaLabel = new QLabel(this);
    m_criteriaLabel->setObjectName(QStringLiteral("criteriaLabel"));
    m_criteriaLabel->setWordWrap(true);
    form->addRow(QString(), m_criteriaLabel);

    m_villageCombo = new QComboBox(this);
    m_villageCombo->setObjectName(QStringLiteral("villageCombo"));
    m_villageCombo->addItem(tr("(none)"), qint64(0));
    for (const AdminUnit &village : AdminUnitRepository(db).villages())
        m_villageCombo->addItem(village.name, village.id);
    auto *villageLabel = new QLabel(tr("&Village:"), this);
    villageLabel->setBuddy(m_villageCombo);
    form->addRow(villageLabel, m_villageCombo);

    m_staffSpin = new QSpinBox(this);
    m_staffSpin->setObjectName(QStringLiteral("staffSpin"));
    m_staffSpin->setRange(0, 100000);
    m_staffSpin->setToolTip(tr("Everyone who works there, including those who live outside the commune"));
    auto *staffLabel = new QLabel(tr("Total &staff:"), this);
    staffLabel->setBuddy(m_staffSpin);
    form->addRow(staffLabel, m_staffSpin);

    m_notesEdit = new NotesEdit(this);
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setFixedHeight(m_notesEdit->fontMetrics().height() * 3 + 12);
    auto *notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(m_notesEdit);
    form->addRow(notesLabel, m_notesEdit);
    layout->addLayout(form);

    m_coreError = makeErrorLabel(this, QStringLiteral("coreError"));
    layout->addWidget(m_coreError);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LocalUnitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    memberfields::chainTabOrder(
        {m_nameEdit, m_kindCombo, m_levelCombo, m_villageCombo, m_staffSpin, m_notesEdit, m_buttons});
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &LocalUnitDialog::updateCriteria);
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, &LocalUnitDialog::updateCriteria);
    // The name's rule is explained once the clerk has typed (not on an empty new form).
    connect(m_nameEdit, &QLineEdit::textEdited, this, &LocalUnitDialog::updateNameError);

    m_unit.kind = localUnitKindToStorage(LocalUnitKind::PrimarySchool);
    m_unit.managingLevel = managingLevelToStorage(ManagingLevel::Commune);
    setUnit(m_unit);
    m_nameEdit->setFocus();
}

void LocalUnitDialog::setUnit(const LocalUnit &unit)
{
    m_unit = unit;
    m_nameEdit->setText(unit.name);
    selectData(m_kindCombo, unit.kind);
    selectData(m_levelCombo, unit.managingLevel);
    if (unit.villageId != 0 && m_villageCombo->findData(unit.villageId) < 0) {
        // A village merged away since: still shown, so saving does not silently drop it.
        const auto village = AdminUnitRepository(m_db).find(unit.villageId);
        m_villageCombo->addItem(village ? village->name : tr("(village %1)").arg(unit.villageId),
                                unit.villageId);
    }
    selectData(m_villageCombo, unit.villageId);
    m_staffSpin->setValue(unit.staffCount);
    m_notesEdit->setPlainText(unit.notes);
    showError(m_nameError, QString());
    showError(m_coreError, QString());
    updateCriteria();
    m_nameEdit->selectAll();
}

LocalUnit LocalUnitDialog::unit() const
{
    LocalUnit unit = m_unit;
    unit.name = m_nameEdit->text();
    unit.kind = m_kindCombo->currentData().toString();
    unit.managingLevel = m_levelCombo->currentData().toString();
    unit.villageId = m_villageCombo->currentData().toLongLong();
    unit.staffCount = m_staffSpin->value();
    unit.notes = m_notesEdit->toPlainText();
    return unit;
}

void LocalUnitDialog::updateCriteria()
{
    const auto kind = localUnitKindFromStorage(m_kindCombo->currentData().toString());
    const auto level = managingLevelFromStorage(m_levelCombo->currentData().toString());
    m_criteriaLabel->setText(kind && level ? criteriaExplanation(*kind, *level) : QString());
}

void LocalUnitDialog::updateNameError()
{
    const Status status = LocalUnitService(m_db).validateName(m_nameEdit->text(), m_unit.id);
    showError(m_nameError, status.message());
}

void LocalUnitDialog::accept()
{
    const Status name = LocalUnitService(m_db).validateName(m_nameEdit->text(), m_unit.id);
    showError(m_nameError, name.message());
    if (!name) {
        m_nameEdit->setFocus();
        return;
    }
    LocalUnit typed = unit();
    if (m_saver) {
        const Status status = m_saver(typed);
        if (!status) {
            showError(m_coreError, status.message());
            return;
        }
    }
    m_unit = typed;
    QDialog::accept();
}

} // namespace sht
