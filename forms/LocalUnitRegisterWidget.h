#pragma once

#include "Status.h"

#include <QMetaObject>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Ui {
class LocalUnitRegisterWidget;
}

namespace sht {

class ChangeNotifier;
class Database;
class EditCommands;
class LocalUnitStaffModel;
class LocalUnitTableModel;

// The Local units register (schools, the People's Committee, agencies, enterprises, ...): a filter that
// narrows the list as the clerk types, the list ("shown / total" beside the filter), and under it the
// selected unit's staff who are in the commune's register (former staff greyed, behind a check box). Every
// change is one LocalUnitCommands call (one undo step); the page reloads whenever ChangeNotifier reports a
// change of its tables, so Edit > Undo shows here too.
//
// Keys (while the page has focus): Insert new unit (add staff when the staff list has focus), Ctrl+N new
// unit, F2 or Enter edit the unit, Delete delete the unit or the staff row that has focus (after asking),
// Ctrl+Shift+A add staff, Ctrl+Shift+L record the date a staff member left; every button has a mnemonic.
class LocalUnitRegisterWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LocalUnitRegisterWidget(QWidget *parent = nullptr);
    ~LocalUnitRegisterWidget() override;

    // db and commands null: file closed, clear everything. Loads lazily on first show or at once if visible.
    void setSession(Database *db, EditCommands *commands, ChangeNotifier *notifier);
    // Ctrl+F on the page: focus + select the filter field.
    void focusFilter();

    LocalUnitTableModel *unitModel() const { return m_units; }
    LocalUnitStaffModel *staffModel() const { return m_staff; }
    QTableView *unitTable() const;
    QTableView *staffTable() const;
    // The selected unit's id, 0 when none.
    qint64 selectedUnitId() const;
    void selectUnit(qint64 unitId);
    qint64 selectedStaffId() const;

    void newUnit();
    void editUnit();
    void deleteUnit();
    void addStaff();
    void endStaff();
    void removeStaff();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void reloadStaff();
    void updateCount(int matches, int total);
    void updateActions();
    bool staffHasFocus() const;
    bool report(const Status &status, const QString &title);
    QString unitName(qint64 unitId) const;

    std::unique_ptr<Ui::LocalUnitRegisterWidget> m_ui;
    LocalUnitTableModel *m_units = nullptr;
    LocalUnitStaffModel *m_staff = nullptr;
    Database *m_db = nullptr;
    EditCommands *m_commands = nullptr;
    QMetaObject::Connection m_notifierConnection;
    bool m_loaded = false;
    QString m_readError;
    QAction *m_insertAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace sht
