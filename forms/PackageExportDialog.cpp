#include "PackageExportDialog.h"

#include "AdminUnitRepository.h"
#include "EntryTemplateWriter.h"
#include "ErrorLabel.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PackageExporter.h"
#include "TextNormalizer.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace sht {

namespace {
constexpr int UuidRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;

QString slug(const QString &name)
{
    QString s = text::searchKey(name);
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}
} // namespace

PackageExportDialog::PackageExportDialog(Database &db, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_mode(mode)
{
    const bool package = mode == Mode::Package;
    setObjectName(package ? QStringLiteral("packageExportDialog") : QStringLiteral("entryTemplateDialog"));
    setWindowTitle(package ? tr("Export a volunteer package") : tr("Export an Excel entry template"));

    auto *intro = new QLabel(
        package ? tr("A volunteer package holds the chosen villages' households and people (and nothing of "
                     "the other villages). The volunteer opens it in Sổ Học Tập on their own laptop, enters "
                     "their data and sends the file back for you to merge.")
                : tr("An Excel workbook with the village's households and people filled in and drop-down "
                     "lists, for a volunteer without the app. Filled in, it comes back through File > Import "
                     "registers, matched row by row."),
        this);
    intro->setWordWrap(true);
    auto *listLabel = new QLabel(package ? tr("&Villages (type to find, Space ticks):")
                                         : tr("&Village (type to find, Space ticks):"),
                                 this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("villageFilter"));
    m_filter->setPlaceholderText(tr("Village name, with or without accents"));
    m_filter->setClearButtonEnabled(true);
    listLabel->setBuddy(m_filter);
    m_villages = new QListWidget(this);
    m_villages->setObjectName(QStringLiteral("villageList"));
    m_villages->setMinimumSize(380, 200);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->button(QDialogButtonBox::Ok);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setToolTip(tr("Choose where to save the file, then write it (Enter)"));
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PackageExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PackageExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_villages, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &PackageExportDialog::refilter);
    connect(m_villages, &QListWidget::itemChanged, this,
            [this](QListWidgetItem *item) { onItemChanged(m_villages->row(item)); });
    m_filter->installEventFilter(this);
    loadVillages();
    m_filter->setFocus();
}

void PackageExportDialog::loadVillages()
{
    QList<AdminUnit> villages = AdminUnitRepository(m_db).villages();
    std::stable_sort(villages.begin(), villages.end(), [](const AdminUnit &a, const AdminUnit &b) {
        return text::sortKey(a.name) < text::sortKey(b.name);
    });
    const QSignalBlocker blocker(m_villages);
    m_villages->clear();
    for (const AdminUnit &village : villages) {
        auto *item = new QListWidgetItem(village.name, m_villages);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(UuidRole, village.uuid);
        item->setData(SearchRole, text::searchKey(village.name));
    }
    // One village: nothing to choose.
    if (m_villages->count() == 1)
        m_villages->item(0)->setCheckState(Qt::Checked);
    refilter();
}

void PackageExportDialog::refilter()
{
    const QStringList words = text::searchKey(m_filter->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int firstShown = -1;
    for (int row = 0; row < m_villages->count(); ++row) {
        QListWidgetItem *item = m_villages->item(row);
        const QString key = item->data(SearchRole).toString();
        // "thon 1" must not show "Thôn 10": a word that is a number matches a whole word only.
        const bool match = std::all_of(words.begin(), words.end(), [&key](const QString &w) {
            if (!w.front().isDigit())
                return key.contains(w);
            return key.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(w);
        });
        item->setHidden(!match);
        if (match && firstShown < 0)
            firstShown = row;
    }
    QListWidgetItem *current = m_villages->currentItem();
    if ((!current || current->isHidden()) && firstShown >= 0)
        m_villages->setCurrentRow(firstShown);
    validate();
}

bool PackageExportDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the find field goes on to the list, where Space ticks.
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        QListWidgetItem *current = m_villages->currentItem();
        if (!current || current->isHidden()) {
            for (int row = 0; row < m_villages->count(); ++row)
                if (!m_villages->item(row)->isHidden()) {
                    m_villages->setCurrentRow(row);
                    break;
                }
        }
        m_villages->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void PackageExportDialog::onItemChanged(int row)
{
    // A template is one village's workbook: ticking another village moves the tick.
    if (m_mode == Mode::EntryTemplate && m_villages->item(row)->checkState() == Qt::Checked) {
        const QSignalBlocker blocker(m_villages);
        for (int other = 0; other < m_villages->count(); ++other)
            if (other != row)
                m_villages->item(other)->setCheckState(Qt::Unchecked);
    }
    validate();
}

QStringList PackageExportDialog::checkedVillageUuids() const
{
    QStringList uuids;
    for (int row = 0; row < m_villages->count(); ++row)
        if (m_villages->item(row)->checkState() == Qt::Checked)
            uuids << m_villages->item(row)->data(UuidRole).toString();
    return uuids;
}

QStringList PackageExportDialog::checkedVillageNames() const
{
    QStringList names;
    for (int row = 0; row < m_villages->count(); ++row)
        if (m_villages->item(row)->checkState() == Qt::Checked)
            names << m_villages->item(row)->text();
    return names;
}

void PackageExportDialog::validate()
{
    const QStringList names = checkedVillageNames();
    int shown = 0;
    for (int row = 0; row < m_villages->count(); ++row)
        shown += !m_villages->item(row)->isHidden();
    m_count->setText(names.isEmpty()
                         ? tr("No village ticked; %1 of %2 shown.").arg(shown).arg(m_villages->count())
                         : tr("Ticked: %1.").arg(names.join(QStringLiteral(", "))));
    m_exportButton->setEnabled(!names.isEmpty());
    if (m_villages->count() == 0)
        showError(m_error, tr("This commune has no village yet."));
    else
        showError(m_error, QString());
}

QString PackageExportDialog::defaultFileName(const QStringList &villageNames, const QDate &date, Mode mode)
{
    QStringList slugs;
    for (const QString &name : villageNames)
        if (const QString s = slug(name); !s.isEmpty())
            slugs << s;
    QString villages = slugs.join(QLatin1Char('-'));
    // Many villages would make a name no one can read: the first ones tell whose package it is.
    if (villages.size() > 60)
        villages = villages.left(60).section(QLatin1Char('-'), 0, -2);
    const QString prefix = mode == Mode::Package ? QStringLiteral("goi") : QStringLiteral("mau-nhap");
    const QString suffix = mode == Mode::Package ? QStringLiteral("shtpkg") : QStringLiteral("xlsx");
    QStringList parts{prefix};
    if (!villages.isEmpty())
        parts << villages;
    parts << date.toString(QStringLiteral("yyyy-MM-dd"));
    return parts.join(QLatin1Char('-')) + QLatin1Char('.') + suffix;
}

void PackageExportDialog::accept()
{
    const QStringList names = checkedVillageNames();
    if (names.isEmpty()) {
        showError(m_error, tr("Tick at least one village (Space ticks the one shown)."));
        return;
    }
    const bool package = m_mode == Mode::Package;
    const QString proposed =
        QDir(FileDialog::lastFolder()).filePath(defaultFileName(names, QDate::currentDate(), m_mode));
    const QString path = package ? FileDialog::getSaveFileName(this, tr("Save the volunteer package"),
                                                               tr("Volunteer packages (*.shtpkg)"),
                                                               QStringLiteral("shtpkg"), proposed)
                                 : FileDialog::getSaveFileName(this, tr("Save the entry template"),
                                                               tr("Excel workbooks (*.xlsx)"),
                                                               QStringLiteral("xlsx"), proposed);
    if (path.isEmpty())
        return; // the clerk cancelled the file dialog: stay here
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("File already exists"),
                            tr("%1 already exists and is left as it is. Choose another name, or delete or "
                               "move that file first.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (write(path))
        QDialog::accept();
}

bool PackageExportDialog::write(const QString &path)
{
    const bool package = m_mode == Mode::Package;
    QProgressDialog progress(package ? tr("Writing the volunteer package…")
                                     : tr("Writing the entry template…"),
                             tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoReset(false); // a reset would forget a Cancel pressed during the last step
    // Tests set the dynamic property "progressDelayMs" (0: at once) to see and cancel the progress.
    const QVariant delay = property("progressDelayMs");
    progress.setMinimumDuration(delay.isValid() ? delay.toInt() : 300);
    const auto step = [&progress](int done, int total) {
        progress.setMaximum(qMax(1, total));
        progress.setValue(qMin(done, qMax(1, total)));
        return !progress.wasCanceled();
    };
    const QStringList uuids = checkedVillageUuids();
    const QString villages = checkedVillageNames().join(QStringLiteral(", "));
    const Status status = package ? exchange::PackageExporter(m_db).exportVillages(uuids, path, step)
                                  : exchange::EntryTemplateWriter(m_db).write(uuids.value(0), path, step);
    const bool cancelled = progress.wasCanceled(); // reset() clears it
    progress.reset();
    if (cancelled) {
        MessageBox::information(this, tr("Export cancelled"),
                                tr("The export was cancelled: no file was written."));
        return false;
    }
    if (!status) {
        MessageBox::warning(this, tr("Cannot export"), status.message());
        return false;
    }
    m_written = path;
    const QString where = QDir::toNativeSeparators(path);
    if (package)
        MessageBox::information(
            this, tr("Volunteer package ready"),
            tr("The package for %1 is saved as:\n%2\n\nHand this file to the volunteer (on a USB stick or by "
               "message). They open it in Sổ Học Tập on their laptop, enter their data and send the file "
               "back. Then choose File > Merge volunteer package… to bring their work into this file.")
                .arg(villages, where));
    else
        MessageBox::information(
            this, tr("Entry template ready"),
            tr("The entry template for %1 is saved as:\n%2\n\nGive it to the volunteer who works in Excel. "
               "When it comes back filled in, import it with File > Import registers… (Ctrl+I): its rows are "
               "matched by their hidden identities.")
                .arg(villages, where));
    return true;
}

} // namespace sht
