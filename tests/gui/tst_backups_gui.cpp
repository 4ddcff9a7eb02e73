// Backups in the window (issue 9), driven by the keyboard: the daily backup at first open, taken in a worker
// (the window answers meanwhile; closing the file or the window stops it and leaves nothing), Help > Restore
// from backup (the list with its checks, Restore into a new file in a worker with Cancel, the open file
// refused, an existing file replaced only when confirmed and kept aside, a damaged backup not restorable),
// File > Backups… (keep, folder chosen by typing or Browse…, take a backup now; Enter saves, Esc cancels).
#include "BackupListModel.h"
#include "BackupSettingsDialog.h"
#include "BackupStore.h"
#include "DailyBackup.h"
#include "Database.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RestoreBackupDialog.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace sht;
using namespace sht::test;

namespace {

QString databaseUuidOf(const QString &path)
{
    Database db;
    if (!db.open(path, Database::Mode::ReadOnly))
        return {};
    return BackupStore::databaseUuid(db);
}

qint64 peopleIn(const QString &path)
{
    Database db;
    if (!db.open(path, Database::Mode::ReadOnly))
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM person")) && q.next() ? q.value(0).toLongLong() : -1;
}

// Opens Help > Restore from backup… the way a clerk does: Alt+H, then R.
void openRestoreByKeys(MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_H, Qt::AltModifier);
    QMenu *help = window.findChild<QMenu *>(QStringLiteral("menuHelp"));
    QVERIFY(QTest::qWaitFor([help] { return help->isVisible(); }, 2000));
    QTest::keyClick(help, Qt::Key_R);
}

// Waits for the daily backup that opening a file started in its worker, and for its report.
bool waitForDailyBackup(MainWindow &window)
{
    auto *daily = window.findChild<DailyBackup *>();
    if (!daily || !QTest::qWaitFor([daily] { return !daily->isRunning(); }, 60000))
        return false;
    QCoreApplication::processEvents(); // the worker's last report is queued
    return true;
}

// Shows the window, opens the file and waits for its daily backup (taken or not), as most tests start.
bool openWithDailyBackup(MainWindow &window, const QString &path)
{
    showActive(&window);
    return window.openFile(path) && waitForDailyBackup(window);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

bool hasPartial(const QString &folder)
{
    return !QDir(folder).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden).isEmpty();
}

// Holds the worker at its first cancellation poll once `ready` is true, until it is cancelled or released:
// a backup or a restore half-way, whatever the machine's speed.
class Hold
{
public:
    explicit Hold(std::function<bool()> ready)
        : m_ready(std::move(ready))
    {}
    void operator()(const std::atomic_bool &cancelled)
    {
        if (m_released || !m_ready())
            return;
        m_reached = true;
        for (int i = 0; i < 6000 && !cancelled.load() && !m_released; ++i)
            QThread::msleep(5);
    }
    bool reached() const { return m_reached; }
    void release() { m_released = true; }

private:
    std::function<bool()> m_ready;
    std::atomic_bool m_reached{false};
    std::atomic_bool m_released{false};
};

// Presses Esc on the progress dialog of that name as soon as it shows (a clerk changing their mind), once
// `ready` is true.
class EscapeOnProgress
{
public:
    EscapeOnProgress(const QString &objectName, std::function<bool()> ready)
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this, objectName, ready] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *progress = qobject_cast<QProgressDialog *>(w);
                if (m_pressed || !progress || progress->objectName() != objectName ||
                    !progress->isVisible() || !ready())
                    continue;
                m_pressed = true;
                progress->grab().save(QDir::temp().filePath(QStringLiteral("A2-restore-progress.png")));
                QApplication::setActiveWindow(progress);
                QTest::keyClick(progress, Qt::Key_Escape);
            }
        });
        m_timer.start();
    }
    bool pressed() const { return m_pressed; }

private:
    QTimer m_timer;
    bool m_pressed = false;
};

bool allChecked(const BackupListModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (!model->summary(row))
            return false;
    return true;
}

} // namespace

class TestBackupsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SoHocTapTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_backups_gui"));
        QVERIFY(language::install(qApp, QStringLiteral("en")));
    }
    void init()
    {
        QSettings().clear();
        // A backup folder of each test's own: counts below are exact.
        m_backups = std::make_unique<QTemporaryDir>();
        BackupSettings own;
        own.folder = m_backups->path();
        own.save();
        MessageBox::setAutoAnswer(true);
        MessageBox::clearRecords();
    }
    void cleanup()
    {
        MessageBox::setAutoAnswer(false);
        MessageBox::clearRecords();
        DailyBackup::setProbe({});
        BackupSettings().save();
    }

    // The whole story: the daily backup is taken at the first open, Help > Restore lists it with what it
    // holds, Enter restores it into a new file named in the file dialog, and the window opens that file.
    void restoreThroughTheHelpMenu()
    {
        TempCommune temp;
        const QString path = temp.demo(400, 21);
        const QString uuid = databaseUuidOf(path);
        MainWindow window;
        showActive(&window);
        QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
        QVERIFY(window.openFile(path));
        QVERIFY(waitForDailyBackup(window));
        QCOMPARE(BackupStore().list(uuid).size(), 1);
        QCOMPARE(BackupStore().list(uuid).first().reason, BackupReason::Daily);
        QStringList said;
        for (const QList<QVariant> &message : messages)
            if (!message.constFirst().toString().isEmpty())
                said << message.constFirst().toString();
        QCOMPARE(said,
                 (QStringList{QStringLiteral("Taking today's backup…"),
                              QStringLiteral("Today's backup of this file was taken (File > Backups…).")}));
        // Once a day: opening again takes none, and says nothing.
        window.closeFile();
        messages.clear();
        QVERIFY(window.openFile(path));
        QVERIFY(waitForDailyBackup(window));
        QCOMPARE(BackupStore().list(uuid).size(), 1);
        QVERIFY(messages.isEmpty());

        const QString target = temp.path(QStringLiteral("restored/xa-restored.sqlite"));
        QDir().mkpath(QFileInfo(target).absolutePath());
        const bool shown = whileModal<RestoreBackupDialog>(
            [&] { openRestoreByKeys(window); },
            [&](RestoreBackupDialog *dialog) {
                BackupListModel *model = dialog->model();
                QAbstractItemModelTester tester(model,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
                QCOMPARE(model->rowCount(), 1);
                QVERIFY(QTest::qWaitFor([model] { return allChecked(model); }, 20000));
                QCOMPARE(model->index(0, BackupListModel::Check).data().toString(), QStringLiteral("intact"));
                QCOMPARE(model->index(0, BackupListModel::Reason).data().toString(), QStringLiteral("Daily"));
                QCOMPARE(model->summary(0)->people, peopleIn(path));
                QVERIFY(model->index(0, BackupListModel::Households).data().toString() !=
                        QStringLiteral("…"));
                QCOMPARE(focused()->objectName(), QStringLiteral("backupTable"));
                QVERIFY(dialog->grab().save(QDir::temp().filePath(QStringLiteral("A-restore-dialog.png"))));
                FileDialog::setNextFileName(target);
                key(Qt::Key_Return); // Restore…; "Open the restored file now?" is answered Yes (its default)
            });
        QVERIFY(shown);
        QVERIFY2(
            QFile::exists(target),
            qPrintable(MessageBox::records().isEmpty() ? QString() : MessageBox::records().constLast().text));
        QVERIFY(window.database());
        QCOMPARE(QFileInfo(window.database()->path()), QFileInfo(target));
        SHT_VERIFY_OK(window.database()->checkIntegrity(true));
        QCOMPARE(peopleIn(target), peopleIn(path));
    }

    // The open file is never the target: the dialog says so and stays open; nothing is written.
    void theOpenFileIsRefused()
    {
        TempCommune temp;
        const QString path = temp.demo(200, 3);
        MainWindow window;
        QVERIFY(openWithDailyBackup(window, path));
        const QByteArray before = fileHash(path);
        const bool shown = whileModal<RestoreBackupDialog>(
            [&] { window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"))->trigger(); },
            [&](RestoreBackupDialog *dialog) {
                QCOMPARE(dialog->model()->rowCount(), 1);
                FileDialog::setNextFileName(path);
                key(Qt::Key_Return);
                QVERIFY(dialog->isVisible());
                QCOMPARE(MessageBox::records().size(), 1);
                QVERIFY2(MessageBox::records().constFirst().text.contains(QStringLiteral("open now")),
                         qPrintable(MessageBox::records().constFirst().text));
            });
        QVERIFY(shown);
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QFileInfo(window.database()->path()), QFileInfo(path));
    }

    // An existing file of the chosen name: No leaves it as it was; Yes replaces it and keeps it aside.
    void anExistingFileIsReplacedOnlyWhenConfirmed()
    {
        TempCommune temp;
        const QString path = temp.demo(200, 4);
        MainWindow window;
        QVERIFY(openWithDailyBackup(window, path));
        const QString target = temp.path(QStringLiteral("other.sqlite"));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the clerk's other file");
        }
        const QByteArray oldHash = fileHash(target);
        const bool shown = whileModal<RestoreBackupDialog>(
            [&] { window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"))->trigger(); },
            [&](RestoreBackupDialog *dialog) {
                FileDialog::setNextFileName(target);
                key(Qt::Key_Return); // "Replace it?" answered by its default: No
                QCOMPARE(fileHash(target), oldHash);
                QVERIFY(dialog->isVisible());
                QVERIFY(MessageBox::records().constLast().text.contains(QStringLiteral("already exists")));

                MessageBox::clearRecords();
                FileDialog::setNextFileName(target);
                MessageBox::setNextAnswer(QMessageBox::Yes); // replace; then "Open now?" takes its default
                key(Qt::Key_Return);
            });
        QVERIFY(shown);
        QVERIFY(fileHash(target) != oldHash);
        QCOMPARE(QFileInfo(window.database()->path()), QFileInfo(target));
        const QStringList aside = QDir(temp.path(QString())).entryList({QStringLiteral("other.replaced-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(fileHash(temp.path(aside.constFirst())), oldHash);
    }

    // A damaged backup is listed with its problem and cannot be restored.
    void aDamagedBackupCannotBeRestored()
    {
        TempCommune temp;
        const QString path = temp.demo(200, 5);
        const QString uuid = databaseUuidOf(path);
        MainWindow window;
        QVERIFY(openWithDailyBackup(window, path));
        const QList<BackupEntry> entries = BackupStore().list(uuid);
        QCOMPARE(entries.size(), 1);
        {
            QFile file(entries.first().path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(file.size() / 2));
        }
        const bool shown = whileModal<RestoreBackupDialog>(
            [&] { window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"))->trigger(); },
            [&](RestoreBackupDialog *dialog) {
                BackupListModel *model = dialog->model();
                QVERIFY(QTest::qWaitFor([model] { return allChecked(model); }, 20000));
                QVERIFY(model->index(0, BackupListModel::Check)
                            .data()
                            .toString()
                            .startsWith(QStringLiteral("problem")));
                auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
                QVERIFY(!restore->isEnabled());
                FileDialog::setNextFileName(temp.path(QStringLiteral("never.sqlite")));
                key(Qt::Key_Return);
                QVERIFY(!QFile::exists(temp.path(QStringLiteral("never.sqlite"))));
                FileDialog::setNextFileName(QString());
                key(Qt::Key_Escape);
                QVERIFY(!dialog->isVisible());
            });
        QVERIFY(shown);
    }

    // "Only the backups of the open file" is on when a file is open; off shows every commune's.
    void theFilterShowsOtherCommunes()
    {
        TempCommune temp;
        const QString first = temp.demo(100, 6);
        const QString second = temp.demo(120, 8);
        MainWindow window;
        QVERIFY(openWithDailyBackup(window, second));
        QVERIFY(window.openFile(first));
        QVERIFY(waitForDailyBackup(window));
        const bool shown = whileModal<RestoreBackupDialog>(
            [&] { window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"))->trigger(); },
            [&](RestoreBackupDialog *dialog) {
                QAbstractItemModelTester tester(dialog->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
                auto *only = dialog->findChild<QCheckBox *>(QStringLiteral("onlyThisFileCheck"));
                QVERIFY(only->isChecked());
                QCOMPARE(dialog->model()->rowCount(), 1);
                key(Qt::Key_O, Qt::AltModifier); // moves to the check box and toggles it
                QTRY_VERIFY(!only->isChecked()); // a mnemonic clicks after a short animation
                QCOMPARE(dialog->model()->rowCount(), 2);
            });
        QVERIFY(shown);
    }

    // Opening a file by File > Open (Ctrl+O) starts today's backup in a worker: the window answers while it
    // runs (held half-way here), the status bar says so, and the backup file appears once it is done.
    void theDailyBackupRunsInTheBackground()
    {
        TempCommune temp;
        const QString path = temp.demo(600, 22);
        const QString uuid = databaseUuidOf(path);
        const QString folder = m_backups->path();
        auto hold = std::make_shared<Hold>([folder] { return hasPartial(folder); });
        DailyBackup::setProbe([hold](const std::atomic_bool &cancelled) { (*hold)(cancelled); });
        MainWindow window;
        showActive(&window);
        FileDialog::setNextFileName(path);
        key(Qt::Key_O, Qt::ControlModifier);
        QVERIFY(window.database());
        QTRY_VERIFY_WITH_TIMEOUT(hold->reached(), 20000);
        QTRY_COMPARE(window.statusBar()->currentMessage(), QStringLiteral("Taking today's backup…"));
        QVERIFY(window.grab().save(QDir::temp().filePath(QStringLiteral("A2-taking-backup.png"))));
        // The window is not frozen: the People register opens and takes a search meanwhile.
        auto *daily = window.findChild<DailyBackup *>();
        QVERIFY(daily->isRunning());
        key(Qt::Key_F, Qt::ControlModifier);
        type(QStringLiteral("nguyen"));
        QVERIFY(daily->isRunning());
        QVERIFY(BackupStore().list(uuid).isEmpty()); // the partial copy is never listed
        hold->release();
        QTRY_COMPARE_WITH_TIMEOUT(BackupStore().list(uuid).size(), 1, 30000);
        QVERIFY(waitForDailyBackup(window));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Today's backup of this file was taken (File > Backups…)."));
        QCOMPARE(filesIn(folder), QStringList{QFileInfo(BackupStore().list(uuid).first().path).fileName()});
        const BackupSummary summary = BackupStore::inspect(BackupStore().list(uuid).first().path);
        QVERIFY2(summary.intact, qPrintable(summary.problem));
        QCOMPARE(summary.people, peopleIn(path));
    }

    // Closing the window or the file (Ctrl+W) while the backup runs stops it at once: no crash, no partial
    // copy left, nothing listed; the next open takes the day's backup as if nothing had happened.
    void closingStopsTheBackup_data()
    {
        QTest::addColumn<bool>("closeWindow");
        QTest::newRow("close the window") << true;
        QTest::newRow("close the file (Ctrl+W)") << false;
    }

    void closingStopsTheBackup()
    {
        QFETCH(bool, closeWindow);
        TempCommune temp;
        const QString path = temp.demo(600, 23);
        const QString uuid = databaseUuidOf(path);
        const QString folder = m_backups->path();
        auto hold = std::make_shared<Hold>([folder] { return hasPartial(folder); });
        DailyBackup::setProbe([hold](const std::atomic_bool &cancelled) { (*hold)(cancelled); });
        {
            MainWindow window;
            showActive(&window);
            QVERIFY(window.openFile(path));
            QTRY_VERIFY_WITH_TIMEOUT(hold->reached(), 20000);
            auto *daily = window.findChild<DailyBackup *>();
            QVERIFY(daily->isRunning());
            QVERIFY(hasPartial(folder));
            QElapsedTimer timer;
            timer.start();
            if (closeWindow)
                QVERIFY(window.close());
            else
                key(Qt::Key_W, Qt::ControlModifier);
            qInfo("closed in %lld ms while the backup ran", timer.elapsed());
            QVERIFY(!daily->isRunning());
            QVERIFY(!window.database());
            QCOMPARE(filesIn(folder), QStringList());
            QCoreApplication::processEvents();
            QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("was taken")));
        }
        QCOMPARE(filesIn(folder), QStringList());
        QVERIFY(BackupStore().list(uuid).isEmpty());
        // The commune file is whole, and the next open backs it up.
        DailyBackup::setProbe({});
        MainWindow again;
        showActive(&again);
        QVERIFY(again.openFile(path));
        SHT_VERIFY_OK(again.database()->checkIntegrity(true));
        QVERIFY(waitForDailyBackup(again));
        QCOMPARE(BackupStore().list(uuid).size(), 1);
    }

    // Opening another file while the first one's backup runs stops that one; the new file gets its own.
    void openingAnotherFileStopsTheBackup()
    {
        TempCommune temp;
        const QString first = temp.demo(300, 24);
        const QString second = temp.demo(200, 25);
        const QString folder = m_backups->path();
        auto hold = std::make_shared<Hold>([folder] { return hasPartial(folder); });
        DailyBackup::setProbe([hold](const std::atomic_bool &cancelled) { (*hold)(cancelled); });
        MainWindow window;
        showActive(&window);
        QVERIFY(window.openFile(first));
        QTRY_VERIFY_WITH_TIMEOUT(hold->reached(), 20000);
        DailyBackup::setProbe({}); // read when a backup starts: the next one runs freely
        QVERIFY(window.openFile(second));
        QVERIFY(waitForDailyBackup(window));
        QVERIFY(BackupStore().list(databaseUuidOf(first)).isEmpty());
        QCOMPARE(BackupStore().list(databaseUuidOf(second)).size(), 1);
        QCOMPARE(filesIn(folder).size(), 1);
    }

    // Cancel (Esc) on the restore's progress: the temporary copy is removed, the target never appears, and
    // a file that was put aside to make room is back under its name.
    void aRestoreCanBeCancelled()
    {
        TempCommune temp;
        const QString path = temp.demo(400, 26);
        MainWindow window;
        QVERIFY(openWithDailyBackup(window, path));
        const QString folder = temp.path(QStringLiteral("restore-here"));
        QVERIFY(QDir().mkpath(folder));
        const QString target = QDir(folder).filePath(QStringLiteral("xa.sqlite"));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the clerk's other file");
        }
        const QByteArray oldHash = fileHash(target);
        // Held once the temporary copy exists beside the target, until Cancel.
        auto hold = std::make_shared<Hold>([folder] {
            return !QDir(folder)
                        .entryList({QStringLiteral(".xa.sqlite.restoring-*")}, QDir::Files | QDir::Hidden)
                        .isEmpty();
        });
        EscapeOnProgress escape(QStringLiteral("restoreProgress"), [hold] { return hold->reached(); });
        const bool shown = whileModal<RestoreBackupDialog>(
            [&] { window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"))->trigger(); },
            [&](RestoreBackupDialog *dialog) {
                dialog->setProbe([hold](const std::atomic_bool &cancelled) { (*hold)(cancelled); });
                FileDialog::setNextFileName(target);
                MessageBox::setNextAnswer(QMessageBox::Yes); // replace the file there (it is kept aside)
                key(Qt::Key_Return);
                QVERIFY(escape.pressed());
                QVERIFY(hold->reached());
                QVERIFY(dialog->isVisible());
                QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(),
                         QStringLiteral("The restore was cancelled; nothing was written."));
                QCOMPARE(MessageBox::records().size(), 1); // only "Replace it?": no error, no "Open it?"
                QCOMPARE(focused()->objectName(), QStringLiteral("backupTable"));
            });
        QVERIFY(shown);
        QCOMPARE(filesIn(folder), QStringList{QStringLiteral("xa.sqlite")});
        QCOMPARE(fileHash(target), oldHash);
        QCOMPARE(QFileInfo(window.database()->path()), QFileInfo(path));
    }

    // Browse… (Alt+B) chooses an existing folder through the folder dialog; cancelling it changes nothing.
    // The help text says which backups are kept.
    void browseChoosesTheFolder()
    {
        TempCommune temp;
        const QString chosen = temp.path(QStringLiteral("on-another-drive"));
        QVERIFY(QDir().mkpath(chosen));
        MainWindow window;
        showActive(&window);
        const bool shown = whileModal<BackupSettingsDialog>(
            [&] { window.findChild<QAction *>(QStringLiteral("actionBackupSettings"))->trigger(); },
            [&](BackupSettingsDialog *dialog) {
                auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("folderEdit"));
                const QString before = folder->text();
                FileDialog::setNextFileName(QString()); // the clerk cancels the folder dialog
                key(Qt::Key_B, Qt::AltModifier);
                QTest::qWait(300); // a mnemonic clicks after a short animation
                QCOMPARE(folder->text(), before);
                FileDialog::setNextFileName(chosen);
                key(Qt::Key_B, Qt::AltModifier);
                QTRY_COMPARE(folder->text(), QDir::toNativeSeparators(chosen));
                QCOMPARE(focused(), folder);
                const QString help = dialog->findChild<QLabel *>(QStringLiteral("introLabel"))->text();
                QVERIFY2(help.contains(QStringLiteral("the last 3 taken before an upgrade")),
                         qPrintable(help));
                key(Qt::Key_Return);
                QVERIFY(!dialog->isVisible());
            });
        QVERIFY(shown);
        QCOMPARE(QDir(BackupSettings::load().folder), QDir(chosen));
    }

    void settingsByKeys()
    {
        TempCommune temp;
        const QString path = temp.demo(100, 9);
        MainWindow window;
        QVERIFY(openWithDailyBackup(window, path));
        const QString folder = temp.path(QStringLiteral("my-backups"));
        bool shown = whileModal<BackupSettingsDialog>(
            [&] { window.findChild<QAction *>(QStringLiteral("actionBackupSettings"))->trigger(); },
            [&](BackupSettingsDialog *dialog) {
                QVERIFY(dialog->grab().save(QDir::temp().filePath(QStringLiteral("A-backup-settings.png"))));
                QCOMPARE(focused()->objectName(), QStringLiteral("keepSpin"));
                key(Qt::Key_A, Qt::ControlModifier);
                type(QStringLiteral("3"));
                key(Qt::Key_F, Qt::AltModifier);
                QCOMPARE(focused()->objectName(), QStringLiteral("folderEdit"));
                QTest::keyClicks(focused(), folder);
                key(Qt::Key_T, Qt::AltModifier); // Take a backup now, into the folder typed
                QTRY_VERIFY(!dialog->lastBackupPath().isEmpty());
                QVERIFY2(QFileInfo(dialog->lastBackupPath()).absolutePath() ==
                             QFileInfo(folder).absoluteFilePath(),
                         qPrintable(dialog->lastBackupPath()));
                key(Qt::Key_K, Qt::AltModifier);
                key(Qt::Key_Return); // saves
                QVERIFY(!dialog->isVisible());
                QCOMPARE(dialog->result(), int(QDialog::Accepted));
            });
        QVERIFY(shown);
        QCOMPARE(BackupSettings::load().keep, 3);
        QCOMPARE(QDir(BackupSettings::load().folder), QDir(folder));

        shown = whileModal<BackupSettingsDialog>(
            [&] { window.findChild<QAction *>(QStringLiteral("actionBackupSettings"))->trigger(); },
            [&](BackupSettingsDialog *dialog) {
                QCOMPARE(dialog->settings().keep, 3);
                key(Qt::Key_A, Qt::ControlModifier);
                type(QStringLiteral("7"));
                key(Qt::Key_Escape); // cancels
                QVERIFY(!dialog->isVisible());
            });
        QVERIFY(shown);
        QCOMPARE(BackupSettings::load().keep, 3);
    }

    // "Take a backup now" runs in a worker behind a busy dialog: Esc there stops it, leaves no partial copy
    // and says so; taken again, it completes.
    void takeNowCanBeCancelled()
    {
        TempCommune temp;
        const QString path = temp.demo(600, 23);
        MainWindow window;
        QVERIFY(openWithDailyBackup(window, path));
        const QString folder = temp.path(QStringLiteral("by-hand"));
        QVERIFY(QDir().mkpath(folder));
        auto hold = std::make_shared<Hold>([folder] { return hasPartial(folder); });
        EscapeOnProgress escape(QStringLiteral("takeNowProgress"), [hold] { return hold->reached(); });
        const bool shown = whileModal<BackupSettingsDialog>(
            [&] { window.findChild<QAction *>(QStringLiteral("actionBackupSettings"))->trigger(); },
            [&](BackupSettingsDialog *dialog) {
                dialog->setProbe([hold](const std::atomic_bool &cancelled) { (*hold)(cancelled); });
                key(Qt::Key_F, Qt::AltModifier);
                key(Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(focused(), folder);
                key(Qt::Key_T, Qt::AltModifier);
                QTRY_VERIFY(escape.pressed());
                QVERIFY(hold->reached());
                auto *result = dialog->findChild<QLabel *>(QStringLiteral("resultLabel"));
                QTRY_COMPARE(result->text(), QStringLiteral("The backup was cancelled; none was taken."));
                QVERIFY(dialog->lastBackupPath().isEmpty());
                QCOMPARE(filesIn(folder), QStringList());
                QCOMPARE(focused()->objectName(), QStringLiteral("takeNowButton"));

                hold->release();
                key(Qt::Key_Space); // the focused button again
                QTRY_VERIFY(!dialog->lastBackupPath().isEmpty());
                QCOMPARE(filesIn(folder), QStringList{QFileInfo(dialog->lastBackupPath()).fileName()});
                QVERIFY(result->text().startsWith(QStringLiteral("Backup taken: ")));
                key(Qt::Key_Escape);
            });
        QVERIFY(shown);
        const BackupSummary summary = BackupStore::inspect(QDir(folder).filePath(filesIn(folder).first()));
        QVERIFY2(summary.intact, qPrintable(summary.problem));
        QCOMPARE(summary.people, peopleIn(path));
    }

    // A folder that cannot be written is refused by the dialog, and a failed daily backup never stops the
    // open: the status bar says so.
    void unwritableFolder()
    {
        TempCommune temp;
        const QString path = temp.demo(100, 10);
        QFile blocker(temp.path(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        BackupSettings bad;
        bad.folder = temp.path(QStringLiteral("a-file/backups"));
        bad.save();
        MainWindow window;
        showActive(&window);
        QVERIFY(window.openFile(path));
        QVERIFY(window.database() && window.database()->isOpen());
        QVERIFY(waitForDailyBackup(window));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Warning")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(MessageBox::records().isEmpty()); // non-blocking

        const bool shown = whileModal<BackupSettingsDialog>(
            [&] { window.findChild<QAction *>(QStringLiteral("actionBackupSettings"))->trigger(); },
            [&](BackupSettingsDialog *dialog) {
                key(Qt::Key_Return);
                QVERIFY(dialog->isVisible());
                QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))
                            ->text()
                            .contains(QStringLiteral("cannot be written")));
            });
        QVERIFY(shown);
    }

    void menuMnemonicsDoNotClash()
    {
        MainWindow window;
        for (const QString &name : {QStringLiteral("menuFile"), QStringLiteral("menuHelp")}) {
            QStringList texts;
            for (QAction *action : window.findChild<QMenu *>(name)->actions())
                if (!action->isSeparator() && !action->text().isEmpty())
                    texts << action->text();
            QCOMPARE(clashingMnemonics(texts), QStringList());
        }
        BackupSettingsDialog settings(nullptr);
        QCOMPARE(mnemonicClashes(&settings), QStringList());
        RestoreBackupDialog restore(BackupSettings::load(), QString(), QString());
        QCOMPARE(mnemonicClashes(&restore), QStringList());
    }

private:
    std::unique_ptr<QTemporaryDir> m_backups;
};

QTEST_MAIN(TestBackupsGui)
#include "tst_backups_gui.moc"
