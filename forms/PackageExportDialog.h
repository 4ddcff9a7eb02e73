#pragma once

#include <QDialog>
#include <QStringList>

class QDate;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sht {

class Database;

// Chooses villages and writes what a volunteer takes away: a volunteer package (File > Export volunteer
// package…, several villages) or an Excel entry template (File > Export Excel entry template…, one village).
// The list narrows as the clerk types (accent-free); Down goes to the list, Space ticks, Enter exports. The
// file name is asked with a proposal ("goi-thon-1-2026-11-23.shtpkg"); the export shows progress with Cancel
// (a cancelled export leaves no file), and the message at the end says what to do with the file.
class PackageExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Package, EntryTemplate };

    explicit PackageExportDialog(Database &db, Mode mode = Mode::Package, QWidget *parent = nullptr);

    void accept() override;

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *villageList() const { return m_villages; }
    QStringList checkedVillageUuids() const;
    QStringList checkedVillageNames() const;
    // The file written by the last successful export; empty before.
    QString writtenPath() const { return m_written; }

    // "goi-thon-1-thon-2-2026-11-23.shtpkg" / "mau-nhap-thon-1-2026-11-23.xlsx": ASCII, no spaces, so the
    // name survives any USB stick, e-mail or chat app.
    static QString defaultFileName(const QStringList &villageNames, const QDate &date, Mode mode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadVillages();
    void refilter();
    void validate();
    void onItemChanged(int row);
    bool write(const QString &path);

    Database &m_db;
    Mode m_mode;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_villages = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_exportButton = nullptr;
    QString m_written;
};

} // namespace sht
