#pragma once

#include "PeopleIndex.h"
#include "Status.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;

namespace sht {

class Database;

// Finds a person or a household by typing: a find field, the matches under it (Up/Down move through them
// from the field) and a line saying how many were found. The people of the file are held in memory (as the
// People register reads them), so each keystroke filters 100,000 people in a few milliseconds.
//
// - People: every person the candidate filter lets through (by default: the living).
// - Households: one line per current household, found by its code or its head's name.
//
// Enter in the field or on the list, or a double click, emits activated() when setEnterActivates(true)
// (a page that adds the chosen person at once); otherwise Enter goes on to the dialog's default button.
class PeopleFinder : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { People, Households };
    using CandidateFilter = std::function<bool(const PeopleIndex &index, quint32 row)>;

    explicit PeopleFinder(Mode mode, QWidget *parent = nullptr);

    // Reads the people of db (again); the find text is kept and applied. A failure is shown under the list
    // and returned.
    Status load(Database &db);
    // Which rows may be offered (applied at once when loaded). The mode's default still applies: the living
    // in People mode, heads of current households in Households mode.
    void setCandidateFilter(CandidateFilter filter);
    void setEnterActivates(bool on);
    // The label text above the field, with its mnemonic ("&Find the person ..."); its buddy is the field.
    void setLabelText(const QString &text);

    // The chosen match: its row in index(), or nothing.
    std::optional<quint32> currentRow() const;
    qint64 personId() const; // 0 when nothing is chosen
    // Households mode: the chosen household's id, looked up in db (0 when none or gone).
    qint64 householdId(Database &db) const;
    // One line describing a row as the list shows it.
    QString describe(quint32 row) const;

    const PeopleIndex &index() const { return m_index; }
    QLineEdit *findEdit() const { return m_findEdit; }
    QListWidget *resultList() const { return m_list; }
    QLabel *countLabel() const { return m_countLabel; }
    // Clears the find text and puts the focus in the field: ready for the next name.
    void restart();

signals:
    void currentChanged();
    void activated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildCandidates();
    void refilter();

    Mode m_mode;
    PeopleIndex m_index;
    CandidateFilter m_filter;
    bool m_enterActivates = false;
    std::vector<quint32> m_candidates;
    std::vector<quint32> m_shown;
    QLabel *m_label = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace sht
