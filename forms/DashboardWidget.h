#pragma once

#include "AchievementReport.h"
#include "AchievementRepository.h"

#include <QMap>
#include <QMetaObject>
#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sht {

class ChangeNotifier;
class Database;
class DashboardTableModel;
class EditCommands;

// The "Targets" page: for a year and a scope (the commune or one village), how many subjects of each title
// are in scope, registered, met and recognised, the share recognised against the national target (with its
// source and marks) and the local one, and the gap in words and colour; a bar chart of the shares against
// the targets and a line chart of the shares over the years. Reads lazily on first show; reloads when
// registrations, evaluations, recognitions, targets or the registers change.
//
// Keys: Alt+Y year, Alt+C scope, Ctrl+T (or Alt+T) the targets dialog.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget *parent = nullptr);
    ~DashboardWidget() override;

    // db and commands null: file closed, clear everything.
    void setSession(Database *db, EditCommands *commands, ChangeNotifier *notifier);
    void setYear(int year);
    int year() const;
    // The village shown, empty for the whole commune.
    std::optional<qint64> village() const;
    void setVillage(std::optional<qint64> villageId);
    void openTargets();

    DashboardTableModel *model() const { return m_model; }
    QChartView *barChartView() const { return m_barView; }
    QChartView *trendChartView() const { return m_trendView; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void load();
    void reloadYears();
    void reloadVillages();
    void refresh();
    const YearAchievements *achievementsOf(int year);
    void say(const QString &message);

    Database *m_db = nullptr;
    EditCommands *m_edits = nullptr;
    QMetaObject::Connection m_notifierConnection;
    bool m_loaded = false;
    int m_wantedYear = 0;
    QList<criteria::Target> m_national;
    QMap<int, YearAchievements> m_cache;

    DashboardTableModel *m_model = nullptr;
    QComboBox *m_yearCombo = nullptr;
    QComboBox *m_scopeCombo = nullptr;
    QPushButton *m_targetsButton = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QChartView *m_barView = nullptr;
    QChartView *m_trendView = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace sht
