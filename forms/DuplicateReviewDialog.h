#pragma once

#include "DuplicateService.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QFrame;
class QLabel;
class QPushButton;

namespace sht {

class Database;
class EditCommands;

// The possible duplicates after an import, one pair at a time and side by side: the clerk chooses the
// record to keep (Left / Right), then merges the other into it (M, undoable through EditCommands) or keeps
// the two apart (K, never proposed again), or moves on (N or Down; Up goes back). Esc closes. A merge the
// service refuses (the other heads a household with members, ...) is explained and the pair stays.
class DuplicateReviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Outcome { Pending, Merged, KeptApart };

    // commands may be null (no undo stack, e.g. the CLI's tests): merges then go straight to
    // DuplicateService.
    DuplicateReviewDialog(Database &db, EditCommands *commands, const QList<DuplicatePair> &pairs,
                          QWidget *parent = nullptr);

    // For tests and the caller.
    int currentPair() const { return m_current; }
    int pairCount() const { return int(m_pairs.size()); }
    Outcome outcome(int pair) const { return m_outcomes.value(pair, Outcome::Pending); }
    bool keepsLeft() const { return m_keepLeft; }
    int mergedCount() const;
    int keptApartCount() const;

    void choose(bool keepLeft);
    void mergePair();
    void keepApart();
    void next();
    void previous();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Side
    {
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *name = nullptr;
        QLabel *sex = nullptr;
        QLabel *birthDate = nullptr;
        QLabel *citizenId = nullptr;
        QLabel *place = nullptr;
    };
    struct Shown
    {
        bool found = false;
        QString name, sex, birthDate, citizenId, place;
    };

    Side makeSide(const QString &objectName);
    Shown describe(qint64 personId) const;
    qint64 resolve(qint64 personId) const;
    bool decidable() const;
    void showPair();
    void fillSide(const Side &side, const Shown &shown, const Shown &other, bool kept, const QString &title);
    void afterDecision();

    Database &m_db;
    EditCommands *m_commands = nullptr;
    QList<DuplicatePair> m_pairs;
    QList<Outcome> m_outcomes;
    // A merged-away person's record lives on in the kept one: later pairs naming it show the kept person.
    QHash<qint64, qint64> m_mergedInto;
    // A merged pair shows the two records as they were before the merge, the kept one highlighted.
    struct MergedView
    {
        Shown left, right;
        bool keptLeft = true;
    };
    QHash<int, MergedView> m_mergedViews;
    int m_current = 0;
    bool m_keepLeft = true;

    QLabel *m_counter = nullptr;
    QLabel *m_why = nullptr;
    Side m_left;
    Side m_right;
    QPushButton *m_keepLeftButton = nullptr;
    QPushButton *m_keepRightButton = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QPushButton *m_keepApartButton = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
};

} // namespace sht
