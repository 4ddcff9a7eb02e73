#include "ReportPreviewModel.h"

#include <QFont>
#include <QLocale>

namespace sht {

using namespace reporting;

namespace {

bool isNumeric(CellKind kind)
{
    return kind == CellKind::Integer || kind == CellKind::Decimal || kind == CellKind::Percent;
}

QVariant ratio(const QVariant &numerator, const QVariant &denominator)
{
    if (!numerator.isValid() || !denominator.isValid())
        return {};
    const double d = denominator.toDouble();
    // As the workbook's =IF(d=0,"",n/d): no share of nothing.
    return d == 0 ? QVariant() : QVariant(numerator.toDouble() / d);
}

} // namespace

ReportPreviewModel::ReportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportPreviewModel::setTable(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    // Only the first rows of a long list are held for the preview (the export streams them all); held rows
    // in the fast form become keyed rows.
    // One row more than shown tells whether there are more.
    m_truncated = false;
    if (!m_table.materialise(m_table.isStreamed() ? PreviewRows + 1 : -1))
        m_table.rows.clear();
    if (m_table.rows.size() > PreviewRows) {
        m_table.rows.resize(PreviewRows);
        m_truncated = true;
    }
    computeTotals();
    endResetModel();
}

QString ReportPreviewModel::truncationNote() const
{
    if (!m_truncated)
        return {};
    const QLocale locale;
    return tr("first %1 of %2 rows shown")
        .arg(locale.toString(qint64(m_table.rows.size())), locale.toString(m_table.streamedRowCount));
}

void ReportPreviewModel::clear()
{
    setTable(ReportTable());
}

void ReportPreviewModel::computeTotals()
{
    m_totals.clear();
    if (!m_table.totalsRow)
        return;
    for (const ReportColumn &column : std::as_const(m_table.columns)) {
        if (!column.summed)
            continue;
        // Integers stay integers (a sum of counts is shown without decimals).
        qint64 whole = 0;
        double fraction = 0;
        bool integral = column.kind != CellKind::Decimal;
        for (const ReportRow &row : std::as_const(m_table.rows)) {
            const QVariant v = row.values.value(column.figure);
            if (!v.isValid())
                continue;
            if (v.typeId() == QMetaType::Double)
                integral = false;
            whole += v.toLongLong();
            fraction += v.toDouble();
        }
        m_totals.insert(column.figure, integral ? QVariant(whole) : QVariant(fraction));
    }
    QString labelFigure = m_table.totalsLabelFigure;
    if (labelFigure.isEmpty())
        for (const ReportColumn &column : std::as_const(m_table.columns))
            if (column.kind == CellKind::Text) {
                labelFigure = column.figure;
                break;
            }
    if (!labelFigure.isEmpty() && !m_totals.contains(labelFigure))
        m_totals.insert(labelFigure,
                        m_table.totalsLabel.isEmpty() ? QStringLiteral("Tổng cộng") : m_table.totalsLabel);
    for (const ReportColumn &column : std::as_const(m_table.columns))
        if (column.kind == CellKind::Percent && !column.numerator.isEmpty() && !column.denominator.isEmpty())
            m_totals.insert(column.figure,
                            ratio(m_totals.value(column.numerator), m_totals.value(column.denominator)));
}

int ReportPreviewModel::totalsRow() const
{
    return m_table.totalsRow ? int(m_table.rows.size()) : -1;
}

int ReportPreviewModel::columnOf(const QString &figure) const
{
    for (int c = 0; c < m_table.columns.size(); ++c)
        if (m_table.columns.at(c).figure == figure)
            return c;
    return -1;
}

int ReportPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_table.rows.size()) + (m_table.totalsRow ? 1 : 0);
}

int ReportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportPreviewModel::value(int row, int column) const
{
    const ReportColumn &c = m_table.columns.at(column);
    if (row == totalsRow())
        return m_totals.value(c.figure);
    const QVariantMap &values = m_table.rows.at(row).values;
    const QVariant v = values.value(c.figure);
    if (v.isValid() || c.kind != CellKind::Percent || c.numerator.isEmpty() || c.denominator.isEmpty())
        return v;
    return ratio(values.value(c.numerator), values.value(c.denominator));
}

QVariant ReportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportColumn &column = m_table.columns.at(index.column());
    const bool totals = index.row() == totalsRow();
    switch (role) {
    case Qt::DisplayRole: {
        QString text = format(value(index.row(), index.column()), column.kind);
        const int indent = totals ? 0 : m_table.rows.at(index.row()).indent;
        if (indent > 0 && column.kind == CellKind::Text)
            text.prepend(QString(indent * 3, QLatin1Char(' ')));
        return text;
    }
    case ValueRole:
        return value(index.row(), index.column());
    case FigureRole:
        return column.figure;
    case Qt::TextAlignmentRole:
        return isNumeric(column.kind) ? int(Qt::AlignRight | Qt::AlignVCenter)
                                      : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totals || m_table.rows.at(index.row()).emphasised) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        if (column.kind == CellKind::Percent && !column.target.isEmpty())
            return tr("Target: %1").arg(column.target);
        // Long texts (requirements, reasons) are cut in the cell: the whole text on hover.
        const QString text = value(index.row(), index.column()).toString();
        return column.kind == CellKind::Text && text.size() > 30 ? QVariant(text) : QVariant();
    }
    default:
        return {};
    }
}

QVariant ReportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section == totalsRow() ? QString() : QString::number(section + 1);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_table.columns.size())
        return {};
    const ReportColumn &column = m_table.columns.at(section);
    switch (role) {
    case Qt::DisplayRole: {
        // Two-row headers as one cell: the group above, the column under it; the target beside a share.
        QString text =
            column.group.isEmpty() ? column.header : column.group + QLatin1Char('\n') + column.header;
        if (!column.target.isEmpty())
            text += QStringLiteral(" (%1)").arg(column.target);
        if (m_table.numberRow)
            text += QStringLiteral("\n(%1)").arg(section + 1);
        return text;
    }
    case Qt::ToolTipRole:
        return column.group.isEmpty() ? column.header : column.group + QStringLiteral(": ") + column.header;
    case FigureRole:
        return column.figure;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QString ReportPreviewModel::format(const QVariant &value, CellKind kind)
{
    if (!value.isValid() || value.isNull())
        return {};
    const QLocale locale;
    switch (kind) {
    case CellKind::Integer:
        if (value.typeId() == QMetaType::QString)
            return value.toString();
        return locale.toString(qlonglong(qRound64(value.toDouble())));
    case CellKind::Decimal:
        return value.typeId() == QMetaType::QString ? value.toString()
                                                    : locale.toString(value.toDouble(), 'f', 1);
    case CellKind::Percent:
        if (value.typeId() == QMetaType::QString)
            return value.toString();
        return locale.toString(value.toDouble() * 100, 'f', 1) + QLatin1Char('%');
    case CellKind::Date:
        return value.canConvert<QDate>() && value.toDate().isValid()
                   ? value.toDate().toString(QStringLiteral("dd/MM/yyyy"))
                   : value.toString();
    case CellKind::Text:
        break;
    }
    return value.toString();
}

} // namespace sht
