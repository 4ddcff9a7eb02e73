#pragma once

#include "NavigationModel.h"
#include "StatisticsRepository.h"

#include <QWidget>

class QTreeView;

namespace sht {

// The left pane of the main window: the overview, the villages with their counts, and the registers.
// Arrows move, Enter (or a click) opens: the pane asks, the main window shows the page.
class NavigationPane : public QWidget
{
    Q_OBJECT

public:
    explicit NavigationPane(QWidget *parent = nullptr);

    void setSummary(const CommuneSummary &summary);
    // Marks what the window shows, without asking for it again.
    void markOverview();
    void markPeople(qint64 villageId);
    void markRegister(NavigationModel::Target target);

    NavigationModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }

signals:
    void overviewRequested();
    // villageId 0: the whole commune.
    void peopleRequested(qint64 villageId, const QString &villageName);
    // Households, Clans, LocalUnits or LearningCentre.
    void registerRequested(NavigationModel::Target target);

private:
    void open(const QModelIndex &index);
    void mark(const QModelIndex &index);

    NavigationModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
};

} // namespace sht
