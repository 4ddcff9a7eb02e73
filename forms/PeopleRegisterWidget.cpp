#include "PeopleRegisterWidget.h"

#include "Database.h"
#include "FilterField.h"
#include "PeopleIndex.h"
#include "PeopleIndexRepository.h"
#include "PeopleTableModel.h"
#include "RegisterTable.h"
#include "ui_PeopleRegisterWidget.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>

namespace sht {

PeopleRegisterWidget::PeopleRegisterWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PeopleRegisterWidget>())
    , m_model(new PeopleTableModel(this))
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);

    m_ui->peopleTable->setModel(m_model);
    setUpRegisterTable(m_ui->peopleTable,
                       {{PeopleIndex::NameColumn, QStringLiteral("Nguyễn Thị Thu Hương")},
                        {PeopleIndex::BirthDateColumn, QStringLiteral("00/00/0000")},
                        {PeopleIndex::SexColumn, QStringLiteral("Female")},
                        {PeopleIndex::CitizenIdColumn, QStringLiteral("000000000000")},
                        {PeopleIndex::VillageColumn, QStringLiteral("Thôn Đồng Quang")},
                        {PeopleIndex::HouseholdColumn, QStringLiteral("00.000")},
                        {PeopleIndex::RelationColumn, QStringLiteral("Cháu")},
                        {PeopleIndex::EducationColumn, QStringLiteral("Thạc sĩ")}},
                       PeopleIndex::NameColumn);

    m_ui->filterEdit->installEventFilter(this);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_model, &PeopleTableModel::setFilterText);
    connect(m_ui->formerCheck, &QCheckBox::toggled, m_model, &PeopleTableModel::setIncludeFormer);
    connect(m_model, &PeopleTableModel::countsChanged, this, &PeopleRegisterWidget::updateCount);
    connect(m_ui->peopleTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit personActivated(m_model->personIdAt(index.row()));
    });
    setFocusProxy(m_ui->filterEdit);
    updateHeading();
    updateCount(0, 0);
}

PeopleRegisterWidget::~PeopleRegisterWidget() = default;

void PeopleRegisterWidget::setDatabase(Database *db)
{
    m_db = db;
    m_loaded = false;
    m_readError.clear();
    m_model->setIndex(nullptr);
    if (!db) {
        m_ui->filterEdit->clear();
        m_ui->formerCheck->setChecked(false);
        m_model->setVillage(0);
        m_villageName.clear();
        updateHeading();
    }
}

void PeopleRegisterWidget::ensureLoaded()
{
    if (!m_loaded && m_db)
        refresh();
}

void PeopleRegisterWidget::refresh()
{
    if (!m_db)
        return;
    auto index = std::make_shared<PeopleIndex>();
    const Status read = PeopleIndexRepository::load(*m_db, index.get());
    // A failed read must not look like an empty commune: the message replaces the counts.
    m_readError = read ? QString() : read.message();
    m_loaded = true;
    m_model->setIndex(std::move(index));
    updateCount(m_model->matchCount(), m_model->scopeCount());
}

void PeopleRegisterWidget::markStale()
{
    m_loaded = false;
}

void PeopleRegisterWidget::setVillage(qint64 villageId, const QString &villageName)
{
    m_villageName = villageId == 0 ? QString() : villageName;
    m_model->setVillage(villageId);
    updateHeading();
}

qint64 PeopleRegisterWidget::village() const
{
    return m_model->village();
}

void PeopleRegisterWidget::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

QLineEdit *PeopleRegisterWidget::filterEdit() const
{
    return m_ui->filterEdit;
}

QCheckBox *PeopleRegisterWidget::formerCheck() const
{
    return m_ui->formerCheck;
}

QTableView *PeopleRegisterWidget::table() const
{
    return m_ui->peopleTable;
}

QLabel *PeopleRegisterWidget::countLabel() const
{
    return m_ui->countLabel;
}

bool PeopleRegisterWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->filterEdit && handleFilterFieldKey(m_ui->filterEdit, m_ui->peopleTable, event))
        return true;
    return QWidget::eventFilter(watched, event);
}

void PeopleRegisterWidget::updateHeading()
{
    m_ui->headingLabel->setText(m_villageName.isEmpty() ? tr("People of the whole commune")
                                                        : tr("People of %1").arg(m_villageName));
}

void PeopleRegisterWidget::updateCount(int matches, int total)
{
    if (!m_readError.isEmpty()) {
        m_ui->countLabel->setText(m_readError);
        return;
    }
    m_ui->countLabel->setText(tr("%L1 / %L2 shown").arg(matches).arg(total));
}

} // namespace sht
