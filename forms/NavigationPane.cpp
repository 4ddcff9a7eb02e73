#include "NavigationPane.h"

#include "NavigationModel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace sht {

NavigationPane::NavigationPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new NavigationModel(this))
    , m_tree(new QTreeView(this))
{
    m_tree->setObjectName(QStringLiteral("navigationTree"));
    m_tree->setAccessibleName(tr("Navigation"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(false); // a double click opens, like Enter
    // The names take what the counts leave: the counts get the width of a big commune's numbers.
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    header->setMinimumSectionSize(24);
    header->setSectionResizeMode(NavigationModel::NameColumn, QHeaderView::Stretch);
    for (int column : {int(NavigationModel::HouseholdsColumn), int(NavigationModel::PeopleColumn)}) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(fontMetrics().horizontalAdvance(QStringLiteral("000,000")),
                                           fontMetrics().horizontalAdvance(title)) +
                                          14);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    setFocusProxy(m_tree);

    connect(m_tree, &QTreeView::activated, this, &NavigationPane::open);
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        // A click opens a page; headings fold with their arrow or Enter (a double click would fold twice).
        if (NavigationModel::targetOf(index.siblingAtColumn(NavigationModel::NameColumn)) !=
            NavigationModel::Target::None)
            open(index);
    });
    setSummary(CommuneSummary());
}

void NavigationPane::setSummary(const CommuneSummary &summary)
{
    m_model->setSummary(summary);
    m_tree->expandAll();
    mark(m_model->overviewIndex());
}

void NavigationPane::markOverview()
{
    mark(m_model->overviewIndex());
}

void NavigationPane::markPeople(qint64 villageId)
{
    mark(villageId == 0 ? m_model->peopleIndex() : m_model->villageIndex(villageId));
}

void NavigationPane::markRegister(NavigationModel::Target target)
{
    mark(m_model->registerIndex(target));
}

void NavigationPane::mark(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void NavigationPane::open(const QModelIndex &index)
{
    const QModelIndex first = index.siblingAtColumn(NavigationModel::NameColumn);
    switch (NavigationModel::targetOf(first)) {
    case NavigationModel::Target::None: // a heading folds and unfolds
        m_tree->setExpanded(first, !m_tree->isExpanded(first));
        break;
    case NavigationModel::Target::Overview:
        emit overviewRequested();
        break;
    case NavigationModel::Target::Village:
        emit peopleRequested(NavigationModel::villageIdOf(first), first.data().toString());
        break;
    case NavigationModel::Target::People:
        emit peopleRequested(0, QString());
        break;
    case NavigationModel::Target::Households:
    case NavigationModel::Target::Clans:
    case NavigationModel::Target::LocalUnits:
    case NavigationModel::Target::LearningCentre:
    case NavigationModel::Target::Evaluation:
    case NavigationModel::Target::Targets:
    case NavigationModel::Target::Reports:
        emit registerRequested(NavigationModel::targetOf(first));
        break;
    }
}

} // namespace sht
