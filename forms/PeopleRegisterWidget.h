#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Ui {
class PeopleRegisterWidget;
}

namespace sht {

class Database;
class PeopleTableModel;

// The People register: a filter box that narrows the list as the clerk types (any part of a name, with or
// without accents, a CCCD fragment, a household code), the list, and "shown / total" under it. By default it
// lists the current residents (living, with a current household) of the whole commune or of one village.
class PeopleRegisterWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PeopleRegisterWidget(QWidget *parent = nullptr);
    ~PeopleRegisterWidget() override;

    // Reads through db from the next ensureLoaded() on (nullptr clears at once).
    void setDatabase(Database *db);
    // Loads the people once, when the register is first shown.
    void ensureLoaded();
    // Reads the people again (after an edit), keeping the filter, the scope and the sort.
    void refresh();
    // The people changed while the register was not shown: read them again at the next ensureLoaded().
    void markStale();
    // villageId 0: the whole commune; villageName is shown in the heading.
    void setVillage(qint64 villageId, const QString &villageName = QString());
    qint64 village() const;
    // Moves the keyboard focus to the filter box and selects its text.
    void focusFilter();

    PeopleTableModel *model() const { return m_model; }
    QLineEdit *filterEdit() const;
    QCheckBox *formerCheck() const;
    QTableView *table() const;
    QLabel *countLabel() const;

signals:
    // Enter or a double click on a person: open their household.
    void personActivated(qint64 personId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeading();
    void updateCount(int matches, int total);

    std::unique_ptr<Ui::PeopleRegisterWidget> m_ui;
    PeopleTableModel *m_model = nullptr;
    Database *m_db = nullptr;
    bool m_loaded = false;
    QString m_villageName;
    QString m_readError;
};

} // namespace sht
