#pragma once

#include <QMetaObject>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;

namespace Ui {
class ClanRegisterWidget;
}

namespace sht {

class ChangeNotifier;
class ClanCommands;
class ClanHouseholdsModel;
class ClanTableModel;
class Database;
class EditCommands;

// The Clans register (dòng họ): the clans with head, member households and people, narrowed as the clerk
// types; beside them the chosen clan's member households. Every change is one undoable step through
// ClanCommands; the page reloads whenever the ChangeNotifier reports a change of what it shows (so Edit >
// Undo elsewhere shows here too).
//
// Keys: Insert or Ctrl+N new clan (Insert in the households list: add a household), F2 or Enter on a clan
// edit it, Del on a clan delete it (asks, saying how many households it releases), Ctrl+Shift+A add a
// household, Del in the households list remove it from the clan (asks), Enter on it open the household.
// Ctrl+N is taken from File > New while the focus is on this page, as on the other register pages.
class ClanRegisterWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ClanRegisterWidget(QWidget *parent = nullptr);
    ~ClanRegisterWidget() override;

    // db and commands null: file closed, clear everything. Loads lazily on first show or at once if visible.
    void setSession(Database *db, EditCommands *commands, ChangeNotifier *notifier);
    // Ctrl+F on the page: focus + select the filter field.
    void focusFilter();

    ClanTableModel *clanModel() const { return m_clans; }
    ClanHouseholdsModel *householdsModel() const { return m_households; }
    QLineEdit *filterEdit() const;
    QTableView *clanTable() const;
    QTableView *householdsTable() const;
    QLabel *countLabel() const;
    // The clan and the member household under the cursor, 0 when none.
    qint64 currentClanId() const;
    qint64 currentHouseholdId() const;
    void selectClan(qint64 clanId);

    void newClan();
    void editClan();
    void deleteClan();
    void addHousehold();
    void removeHousehold();
    void openHousehold();

signals:
    // Enter or a double click on a member household: open it.
    void householdActivated(qint64 householdId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Action { None, NewClan, EditClan, DeleteClan, AddHousehold, RemoveHousehold, OpenHousehold };
    Action actionFor(QObject *watched, int key, Qt::KeyboardModifiers modifiers) const;
    void run(Action action);
    void reload();
    void showHouseholds();
    void selectHousehold(qint64 householdId);
    void updateCount(int matches, int total);
    void updateActions();
    void report(const QString &title, const QString &message);

    std::unique_ptr<Ui::ClanRegisterWidget> m_ui;
    ClanTableModel *m_clans = nullptr;
    ClanHouseholdsModel *m_households = nullptr;
    Database *m_db = nullptr;
    std::unique_ptr<ClanCommands> m_commands;
    QMetaObject::Connection m_notifierConnection;
    bool m_stale = false;
    qint64 m_shownClanId = -1;
    QString m_readError;
};

} // namespace sht
