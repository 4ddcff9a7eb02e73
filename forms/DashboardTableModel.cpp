#include "DashboardTableModel.h"

#include <QBrush>
#include <QColor>

namespace sht {

using namespace criteria;

namespace {

// The figure and its marks first (a narrow column elides the end): "80% by 2030 [provisional] · QĐ
// 387/QĐ-TTg, theo kế hoạch tỉnh".
QString targetText(const std::optional<Target> &target, int year)
{
    if (!target)
        return QStringLiteral("–");
    QString text = target->year == year
                       ? target->shareText()
                       : DashboardTableModel::tr("%1 by %2").arg(target->shareText()).arg(target->year);
    if (target->provincialPlan)
        text += QStringLiteral(" (theo kế hoạch tỉnh)");
    if (target->isProvisional())
        text += DashboardTableModel::tr(" [provisional]");
    text +=
        QStringLiteral(" · ") + (target->source.isEmpty() ? targetScopeName(target->scope) : target->source);
    if (target->area == TargetArea::Difficult)
        text += DashboardTableModel::tr(", difficult areas");
    return text;
}

QString targetTip(const std::optional<Target> &target)
{
    if (!target)
        return DashboardTableModel::tr("No target applies to this year.");
    QStringList lines{DashboardTableModel::tr("%1 by %2, set by %3")
                          .arg(target->shareText())
                          .arg(target->year)
                          .arg(target->source)};
    if (target->isProvisional())
        lines << DashboardTableModel::tr(
            "Provisional: the figure is inferred (e.g. repeated by provincial plans) "
            "and not yet confirmed in the national text.");
    if (!target->notes.isEmpty())
        lines << target->notes;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void DashboardTableModel::setRows(const QList<AchievementRow> &rows, int year)
{
    beginResetModel();
    m_rows = rows;
    m_year = year;
    endResetModel();
}

int DashboardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AchievementRow &row = m_rows.at(index.row());
    const bool judged = row.goal && row.share;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return targetIndicatorName(row.indicator);
        case InScopeColumn:
            return row.counts.inScope;
        case RegisteredColumn:
            return QStringLiteral("%1 / %2").arg(row.counts.registered).arg(row.counts.met);
        case RecognisedColumn:
            return row.counts.recognised;
        case ShareColumn:
            return AchievementReport::percentText(row.share);
        case NationalColumn:
            return targetText(row.national, m_year);
        case LocalColumn:
            return targetText(row.local, m_year);
        case GapColumn:
            return AchievementReport::gapText(row);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return targetIndicatorDescription(row.indicator);
        case RegisteredColumn:
            return tr("%1 registered for the title this year, %2 evaluated and met")
                .arg(row.counts.registered)
                .arg(row.counts.met);
        case NationalColumn:
            return targetTip(row.national);
        case LocalColumn:
            return targetTip(row.local);
        case GapColumn:
            return judged ? tr("Compared with the highest target that applies: %1")
                                .arg(AchievementReport::percentText(row.goal))
                          : QVariant();
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == GapColumn && judged)
            return QBrush(row.reached() ? QColor(0x1b, 0x6e, 0x20) : QColor(0xb0, 0x1c, 0x1c));
        break;
    case Qt::BackgroundRole:
        if (index.column() == GapColumn && judged)
            return QBrush(row.reached() ? QColor(0xe3, 0xf4, 0xe4) : QColor(0xfb, 0xe4, 0xe4));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= InScopeColumn && index.column() <= ShareColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant DashboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case InScopeColumn:
        return tr("In scope");
    case RegisteredColumn:
        return tr("Registered / met");
    case RecognisedColumn:
        return tr("Recognised");
    case ShareColumn:
        return tr("%");
    case NationalColumn:
        return tr("National target");
    case LocalColumn:
        return tr("Local target");
    case GapColumn:
        return tr("Gap");
    }
    return {};
}

} // namespace sht
