#include "CommuneOverviewWidget.h"

#include "VillageSortProxyModel.h"
#include "VillageTableModel.h"
#include "ui_CommuneOverviewWidget.h"

#include <QHeaderView>
#include <QLocale>

namespace sht {

CommuneOverviewWidget::CommuneOverviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CommuneOverviewWidget>())
    , m_model(new VillageTableModel(this))
    , m_proxy(new VillageSortProxyModel(this))
{
    m_ui->setupUi(this);

    QFont heading = m_ui->communeNameLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    m_ui->communeNameLabel->setFont(heading);

    m_proxy->setSourceModel(m_model);
    QTableView *table = m_ui->villageTable;
    table->setModel(m_proxy);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(VillageTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(VillageTableModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VillageTableModel::HouseholdsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VillageTableModel::PeopleColumn, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(90);
    // Keep core's order (by sort order, then name) until the user clicks a header.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    setFocusProxy(table);
}

CommuneOverviewWidget::~CommuneOverviewWidget() = default;

void CommuneOverviewWidget::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void CommuneOverviewWidget::refresh()
{
    m_readError.clear();
    if (m_db) {
        CommuneSummary summary;
        const Status read = StatisticsRepository(*m_db).summary(&summary);
        if (!read)
            m_readError = read.message();
        m_model->setSummary(summary);
    } else {
        m_model->clear();
    }
    showSummary();
}

const CommuneSummary &CommuneOverviewWidget::summary() const
{
    return m_model->summary();
}

QTableView *CommuneOverviewWidget::table() const
{
    return m_ui->villageTable;
}

void CommuneOverviewWidget::showSummary()
{
    const CommuneSummary &s = m_model->summary();
    if (!m_db) {
        m_ui->communeNameLabel->clear();
        m_ui->factsLabel->clear();
        return;
    }
    m_ui->communeNameLabel->setText(s.communeName.isEmpty() ? tr("(commune without a name)") : s.communeName);
    if (!m_readError.isEmpty()) {
        // A failed read must not look like an empty commune.
        m_ui->factsLabel->setText(m_readError);
        return;
    }

    QStringList facts;
    facts << tr("%Ln clan(s)", nullptr, s.clans);
    facts << tr("%Ln local unit(s)", nullptr, s.localUnits);
    if (s.learningCentre.isEmpty())
        facts << tr("no learning centre yet");
    else
        facts << tr("Learning centre: %1 (%Ln course(s))", nullptr, s.courses).arg(s.learningCentre);
    m_ui->factsLabel->setText(facts.join(QStringLiteral(" · ")));
}

} // namespace sht
