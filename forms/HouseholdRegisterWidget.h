#pragma once

#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Ui {
class HouseholdRegisterWidget;
}

namespace sht {

class ChangeNotifier;
class Database;
class EditCommands;
class HouseholdTableModel;

// The Households register: a filter box that narrows the list as the clerk types (any part of the code, the
// head's name with or without accents, or the address), the households of the commune or of one village,
// and "shown / total". Enter opens a household; F2 edits its code and address; Del deletes an empty one.
class HouseholdRegisterWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdRegisterWidget(QWidget *parent = nullptr);
    ~HouseholdRegisterWidget() override;

    // db and commands null: file closed, clear everything. Reads lazily when first shown.
    void setSession(Database *db, EditCommands *commands, ChangeNotifier *notifier);
    void ensureLoaded();
    void refresh();
    // villageId 0: the whole commune; villageName is shown in the heading.
    void setVillage(qint64 villageId, const QString &villageName = QString());
    qint64 village() const;
    void focusFilter();
    // Selects the household's row when it is shown.
    void selectHousehold(qint64 householdId);

    HouseholdTableModel *model() const { return m_model; }
    QLineEdit *filterEdit() const;
    QTableView *table() const;
    QLabel *countLabel() const;

signals:
    void householdActivated(qint64 householdId);
    void newHouseholdRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    qint64 currentHousehold() const;
    void editDetails();
    void deleteHousehold();
    void tablesChanged(const QSet<QString> &tables);
    void updateHeading();
    void updateCount(int matches, int total);
    void updateActions();

    std::unique_ptr<Ui::HouseholdRegisterWidget> m_ui;
    HouseholdTableModel *m_model = nullptr;
    Database *m_db = nullptr;
    EditCommands *m_commands = nullptr;
    ChangeNotifier *m_notifier = nullptr;
    bool m_loaded = false;
    QString m_villageName;
    QString m_readError;
};

} // namespace sht
