#pragma once

#include "StatisticsRepository.h"

#include <QWidget>

#include <memory>

class QTableView;

namespace Ui {
class CommuneOverviewWidget;
}

namespace sht {

class Database;
class VillageSortProxyModel;
class VillageTableModel;

// The commune at a glance: its name, a table of its villages with households and people (and totals), and
// a line of facts (clans, local units, the learning centre and its courses).
class CommuneOverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CommuneOverviewWidget(QWidget *parent = nullptr);
    ~CommuneOverviewWidget() override;

    // Shows the commune of db (nullptr clears). The widget reads through db until it is given another.
    void setDatabase(Database *db);
    // Reads the summary again from the database.
    void refresh();

    const CommuneSummary &summary() const;
    VillageTableModel *model() const { return m_model; }
    QTableView *table() const;

private:
    void showSummary();

    std::unique_ptr<Ui::CommuneOverviewWidget> m_ui;
    Database *m_db = nullptr;
    QString m_readError;
    VillageTableModel *m_model = nullptr;
    VillageSortProxyModel *m_proxy = nullptr;
};

} // namespace sht
