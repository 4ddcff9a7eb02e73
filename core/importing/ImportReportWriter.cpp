#include "ImportReportWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <functional>
#include <xlsxwriter.h>

namespace sht::importing {

namespace {

// A sheet written row by row: each call to row() writes the next one.
class SheetWriter
{
public:
    SheetWriter(lxw_workbook *book, const QString &name, lxw_format *bold)
        : m_sheet(workbook_add_worksheet(book, name.toUtf8().constData()))
        , m_bold(bold)
    {}
    void header(const QStringList &titles, const QList<double> &widths)
    {
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
        text(titles, m_bold);
        worksheet_freeze_panes(m_sheet, m_row, 0);
    }
    void text(const QStringList &values, lxw_format *format = nullptr)
    {
        for (int c = 0; c < values.size(); ++c)
            if (!values.at(c).isEmpty())
                worksheet_write_string(m_sheet, m_row, lxw_col_t(c), values.at(c).toUtf8().constData(),
                                       format);
        ++m_row;
    }
    // Text columns first, then numbers.
    void mixed(const QStringList &texts, const QList<int> &numbers, lxw_format *format = nullptr)
    {
        for (int c = 0; c < texts.size(); ++c)
            if (!texts.at(c).isEmpty())
                worksheet_write_string(m_sheet, m_row, lxw_col_t(c), texts.at(c).toUtf8().constData(),
                                       format);
        for (int i = 0; i < numbers.size(); ++i)
            worksheet_write_number(m_sheet, m_row, lxw_col_t(texts.size() + i), numbers.at(i), format);
        ++m_row;
    }
    void skip() { ++m_row; }
    bool valid() const { return m_sheet != nullptr; }

private:
    lxw_worksheet *m_sheet;
    lxw_format *m_bold;
    lxw_row_t m_row = 0;
};

QString rowText(int row)
{
    return row > 0 ? QString::number(row) : QString();
}

QString actionText(PlannedPerson::Action action)
{
    switch (action) {
    case PlannedPerson::Action::Insert:
        return ImportReportWriter::tr("add");
    case PlannedPerson::Action::Update:
        return ImportReportWriter::tr("update");
    case PlannedPerson::Action::Unchanged:
        return ImportReportWriter::tr("unchanged");
    }
    return QString();
}

} // namespace

Status ImportReportWriter::write(const ImportPlan &plan, const QString &path)
{
    QTemporaryDir scratch;
    const QByteArray target = QFile::encodeName(path);
    const QByteArray tmp = QFile::encodeName(scratch.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *book = workbook_new_opt(target.constData(), &options);
    if (!book)
        return Status::failure(
            tr("The report %1 could not be created; check that the folder exists and may be "
               "written.")
                .arg(QDir::toNativeSeparators(path)));
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);

    SheetWriter summary(book, tr("Summary"), bold);
    summary.text({tr("Import dry run: nothing has been written yet")}, bold);
    for (const ImportFile &file : plan.files)
        summary.text({tr("File"), file.name, file.encoding});
    summary.text({plan.summaryText()});
    summary.skip();
    summary.header({tr("Village"), tr("New village"), tr("Households to add"),
                    tr("Households already in the file"), tr("People to add"), tr("People to update"),
                    tr("People unchanged")},
                   {28, 12, 18, 18, 14, 14, 14});
    for (const PlannedVillage &village : plan.villages) {
        const ImportPlan::Counts c = plan.countsFor(village);
        summary.mixed(
            {village.name, village.isNew() ? tr("yes") : tr("no")},
            {c.householdsNew, c.householdsExisting, c.peopleNew, c.peopleUpdated, c.peopleUnchanged});
    }
    const ImportPlan::Counts total = plan.counts();
    summary.mixed({tr("Total"), QString::number(total.villagesNew)},
                  {total.householdsNew, total.householdsExisting, total.peopleNew, total.peopleUpdated,
                   total.peopleUnchanged},
                  bold);

    SheetWriter problems(book, tr("Problems"), bold);
    problems.header({tr("File"), tr("Sheet"), tr("Row"), tr("Column"), tr("Problem"),
                     tr("What the import does"), tr("Other place")},
                    {22, 16, 6, 7, 60, 50, 40});
    for (const ImportProblem &p : plan.problems)
        problems.text({p.where.file, p.where.sheet, rowText(p.where.row), p.where.column, p.message, p.action,
                       p.otherPlace});

    SheetWriter duplicates(book, tr("Duplicates"), bold);
    duplicates.header({tr("Name"), tr("Why"), tr("ID"), tr("In the register"), tr("Also")},
                      {28, 26, 14, 45, 60});
    for (const PossibleDuplicate &d : plan.duplicates)
        duplicates.text({d.name, ImportPlan::reasonText(d.reason), d.citizenId, d.firstPlace, d.secondPlace});

    SheetWriter updates(book, tr("Updates"), bold);
    updates.header({tr("File"), tr("Sheet"), tr("Row"), tr("Name"), tr("Action"), tr("Field"), tr("Now"),
                    tr("From the register")},
                   {22, 16, 6, 28, 10, 18, 24, 24});
    for (const PlannedVillage &village : plan.villages)
        for (const PlannedHousehold &household : village.households)
            for (const PlannedPerson &person : household.members)
                for (const FieldChange &change : person.changes)
                    updates.text({person.source.where.file, person.source.where.sheet,
                                  rowText(person.source.where.row), person.person.name.full(),
                                  actionText(person.action), change.label, change.before, change.after});

    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        return Status::failure(
            tr("The report %1 could not be written: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error))));
    return Status::success();
}

} // namespace sht::importing
