#include "HouseholdEditor.h"

#include "AdminUnitRepository.h"
#include "ChangeHeadDialog.h"
#include "ChangeNotifier.h"
#include "EditCommands.h"
#include "HouseholdDetailsDialog.h"
#include "HouseholdMembersModel.h"
#include "HouseholdRepository.h"
#include "MemberFields.h"
#include "MemberTransferDialog.h"
#include "MessageBox.h"
#include "PartialDateDialog.h"
#include "PersonDialog.h"
#include "PersonReferences.h"
#include "PersonRepository.h"
#include "SplitHouseholdDialog.h"
#include "ui_HouseholdEditor.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>

namespace sht {

HouseholdEditor::HouseholdEditor(Database &db, EditCommands &edits, ChangeNotifier &notifier, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HouseholdEditor>())
    , m_db(db)
    , m_edits(edits)
    , m_model(new HouseholdMembersModel(db, this))
{
    m_ui->setupUi(this);
    m_ui->membersView->setModel(m_model);
    m_ui->membersView->verticalHeader()->hide();
    m_ui->membersView->horizontalHeader()->setStretchLastSection(true);
    m_ui->membersView->setMinimumWidth(640);

    const struct
    {
        QPushButton *button;
        QKeySequence key;
        void (HouseholdEditor::*slot)();
    } actions[] = {
        {m_ui->addNewButton, QKeySequence(Qt::Key_Insert), &HouseholdEditor::addNewMember},
        {m_ui->addExistingButton, QKeySequence(Qt::CTRL | Qt::Key_E), &HouseholdEditor::addExistingPerson},
        {m_ui->editButton, QKeySequence(Qt::Key_F2), &HouseholdEditor::editPerson},
        {m_ui->makeHeadButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), &HouseholdEditor::makeHead},
        {m_ui->moveButton, QKeySequence(Qt::CTRL | Qt::Key_M), &HouseholdEditor::moveMember},
        {m_ui->markDeceasedButton, QKeySequence(Qt::CTRL | Qt::Key_D), &HouseholdEditor::markDeceased},
        {m_ui->markMovedAwayButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
         &HouseholdEditor::markMovedAway},
        {m_ui->deleteButton, QKeySequence(QKeySequence::Delete), &HouseholdEditor::deletePerson},
        {m_ui->splitButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &HouseholdEditor::splitHousehold},
        {m_ui->detailsButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &HouseholdEditor::editDetails},
    };
    for (const auto &a : actions) {
        auto *action = new QAction(a.button->text(), this);
        action->setObjectName(
            a.button->objectName().replace(QStringLiteral("Button"), QStringLiteral("Action")));
        action->setShortcut(a.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, a.slot);
        connect(a.button, &QPushButton::clicked, this, a.slot);
        a.button->setToolTip(a.key.toString(QKeySequence::NativeText));
    }
    connect(m_ui->membersView, &QAbstractItemView::activated, this, &HouseholdEditor::editPerson);
    connect(m_ui->showHistoryCheck, &QCheckBox::toggled, this, [this](bool on) {
        const qint64 selected = selectedPersonId();
        // Columns first: a hidden column is not measured when the model resets.
        for (int column : {HouseholdMembersModel::ToColumn, HouseholdMembersModel::EndReasonColumn})
            m_ui->membersView->setColumnHidden(column, !on);
        m_model->setShowHistory(on);
        selectPerson(selected);
    });
    for (int column : {HouseholdMembersModel::ToColumn, HouseholdMembersModel::EndReasonColumn})
        m_ui->membersView->setColumnHidden(column, true);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        QTableView *view = m_ui->membersView;
        view->resizeColumnsToContents();
        // A little air, so that bold headers and the head's bold row never touch the grid.
        for (int column = 0; column < m_model->columnCount(); ++column)
            view->setColumnWidth(column, view->columnWidth(column) + 12);
        updateActions();
    });
    connect(m_ui->membersView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HouseholdEditor::updateActions);
    connect(&notifier, &ChangeNotifier::changed, this, [this](const QSet<QString> &tables) {
        static const QStringList watched = {QStringLiteral("person"),     QStringLiteral("membership"),
                                            QStringLiteral("household"),  QStringLiteral("household_village"),
                                            QStringLiteral("admin_unit"), QStringLiteral("admin_unit_name")};
        for (const QString &table : watched)
            if (tables.contains(table)) {
                refresh();
                return;
            }
    });
    updateActions();
}

HouseholdEditor::~HouseholdEditor() = default;

void HouseholdEditor::setHousehold(qint64 householdId)
{
    m_householdId = householdId;
    refresh();
    m_ui->membersView->setFocus();
    if (m_model->rowCount() > 0)
        m_ui->membersView->selectRow(0);
}

void HouseholdEditor::refresh()
{
    const qint64 selected = selectedPersonId();
    const int selectedRow = m_ui->membersView->currentIndex().row();
    m_household = HouseholdRepository(m_db).find(m_householdId);
    m_model->setHousehold(m_household ? m_householdId : 0);
    if (!m_household) {
        for (QLabel *label : {m_ui->codeValue, m_ui->villageValue, m_ui->addressValue, m_ui->headValue})
            label->clear();
        updateActions();
        if (m_householdId != 0)
            emit householdRemoved();
        return;
    }
    m_ui->codeValue->setText(m_household->code);
    const auto village = AdminUnitRepository(m_db).find(m_household->villageId);
    m_ui->villageValue->setText(village ? village->name : QString());
    m_ui->addressValue->setText(m_household->address);
    QString head;
    if (m_model->currentCount() > 0 && m_model->rowAt(0).membership.relation == Relation::Head)
        head = m_model->rowAt(0).person.name.full();
    m_ui->headValue->setText(head.isEmpty() ? tr("(no head recorded)") : head);
    // Keep the clerk where they were: the same person, else the same row.
    if (m_model->rowCount() > 0) {
        int row = m_model->rowOfPerson(selected);
        if (row < 0)
            row = qBound(0, selectedRow, m_model->rowCount() - 1);
        m_ui->membersView->selectRow(row);
    }
    updateActions();
}

qint64 HouseholdEditor::selectedPersonId() const
{
    const QModelIndex index = m_ui->membersView->currentIndex();
    return index.isValid() ? index.data(HouseholdMembersModel::PersonIdRole).toLongLong() : 0;
}

void HouseholdEditor::selectPerson(qint64 personId)
{
    const int row = m_model->rowOfPerson(personId);
    if (row >= 0)
        m_ui->membersView->selectRow(row);
}

bool HouseholdEditor::selectedIsCurrent() const
{
    const QModelIndex index = m_ui->membersView->currentIndex();
    return index.isValid() && index.data(HouseholdMembersModel::IsCurrentRole).toBool();
}

std::optional<Person> HouseholdEditor::selectedPerson() const
{
    const qint64 id = selectedPersonId();
    return id ? PersonRepository(m_db).find(id) : std::nullopt;
}

void HouseholdEditor::updateActions()
{
    const bool exists = m_household.has_value();
    const bool any = exists && m_ui->membersView->currentIndex().isValid();
    const bool current = any && selectedIsCurrent();
    const bool head =
        current && m_ui->membersView->currentIndex().data(HouseholdMembersModel::RelationRole).toInt() ==
                       int(Relation::Head);
    const struct
    {
        QPushButton *button;
        bool enabled;
    } states[] = {{m_ui->addNewButton, exists},
                  {m_ui->addExistingButton, exists},
                  {m_ui->editButton, any},
                  {m_ui->makeHeadButton, current && !head},
                  {m_ui->moveButton, current},
                  {m_ui->markDeceasedButton, current},
                  {m_ui->markMovedAwayButton, current},
                  {m_ui->deleteButton, any},
                  {m_ui->splitButton, exists && m_model->currentCount() > 1},
                  {m_ui->detailsButton, exists}};
    for (const auto &s : states) {
        s.button->setEnabled(s.enabled);
        const QString actionName =
            s.button->objectName().replace(QStringLiteral("Button"), QStringLiteral("Action"));
        if (auto *action = findChild<QAction *>(actionName, Qt::FindDirectChildrenOnly))
            action->setEnabled(s.enabled);
    }
    m_ui->showHistoryCheck->setEnabled(exists);
}

bool HouseholdEditor::report(const Status &status, const QString &title)
{
    if (!status)
        MessageBox::warning(this, title, status.message());
    return status.ok();
}

void HouseholdEditor::addNewMember()
{
    if (!m_household)
        return;
    PersonDialog dialog(m_db, tr("New member of household %1").arg(m_household->code), this);
    dialog.showMembershipFields(Relation::Child);
    dialog.setSaver([this, &dialog](Person &person) {
        return m_edits.addMember(m_householdId, person, dialog.relation(), dialog.residence(),
                                 dialog.since());
    });
    if (dialog.exec() == QDialog::Accepted)
        selectPerson(dialog.person().id);
}

void HouseholdEditor::addExistingPerson()
{
    if (!m_household)
        return;
    MemberTransferDialog dialog(m_db, MemberTransferDialog::Mode::AddExistingPerson, m_householdId, QString(),
                                this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 personId = dialog.personId();
    Status status;
    if (dialog.livesElsewhere()) {
        // Someone of another household comes here: a move, so both households keep their history.
        status = m_edits.moveMember(personId, m_householdId, dialog.relation(), dialog.date());
    } else {
        auto person = PersonRepository(m_db).find(personId);
        if (!person)
            return;
        status =
            m_edits.addMember(m_householdId, *person, dialog.relation(), dialog.residence(), dialog.date());
    }
    if (report(status, tr("Add an existing person")))
        selectPerson(personId);
}

void HouseholdEditor::editPerson()
{
    const auto person = selectedPerson();
    if (!person)
        return;
    PersonDialog dialog(m_db, tr("Edit %1").arg(person->name.full()), this);
    dialog.setPerson(*person);
    dialog.setSaver([this](Person &p) { return m_edits.updatePerson(p); });
    dialog.exec();
}

void HouseholdEditor::makeHead()
{
    const auto person = selectedPerson();
    if (!person || !selectedIsCurrent())
        return;
    const Relation relation =
        Relation(m_ui->membersView->currentIndex().data(HouseholdMembersModel::RelationRole).toInt());
    if (relation == Relation::Head)
        return;
    QString formerHead;
    if (m_model->currentCount() > 0 && m_model->rowAt(0).membership.relation == Relation::Head)
        formerHead = m_model->rowAt(0).person.name.full();
    ChangeHeadDialog dialog(person->name.full(), formerHead, memberfields::formerHeadRelation(relation),
                            this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(m_edits.changeHead(m_householdId, person->id, dialog.formerHeadRelation(), dialog.date()),
           tr("Change the head of household"));
}

void HouseholdEditor::moveMember()
{
    const auto person = selectedPerson();
    if (!person || !selectedIsCurrent())
        return;
    MemberTransferDialog dialog(m_db, MemberTransferDialog::Mode::MoveToHousehold, m_householdId,
                                person->name.full(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(m_edits.moveMember(person->id, dialog.householdId(), dialog.relation(), dialog.date()),
           tr("Move to another household"));
}

void HouseholdEditor::markDeceased()
{
    const auto person = selectedPerson();
    if (!person || !selectedIsCurrent())
        return;
    PartialDateDialog dialog(tr("Mark deceased"),
                             tr("Record the death of %1. They leave the household from that date; their "
                                "record is kept.")
                                 .arg(person->name.full()),
                             tr("&Date of death:"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(m_edits.markDeceased(person->id, dialog.date()), tr("Mark deceased"));
}

void HouseholdEditor::markMovedAway()
{
    const auto person = selectedPerson();
    if (!person || !selectedIsCurrent())
        return;
    PartialDateDialog dialog(tr("Mark moved away"),
                             tr("Record that %1 moved away from the commune. They leave the household from "
                                "that date; their record is kept.")
                                 .arg(person->name.full()),
                             tr("&Date moved away:"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(m_edits.markMovedAway(person->id, dialog.date()), tr("Mark moved away"));
}

void HouseholdEditor::splitHousehold()
{
    if (!m_household)
        return;
    SplitHouseholdDialog dialog(m_db, m_edits, m_householdId, this);
    dialog.exec(); // the dialog saves and shows a refusal itself
}

void HouseholdEditor::editDetails()
{
    if (!m_household)
        return;
    HouseholdDetailsDialog dialog(m_edits, *m_household, this);
    dialog.exec(); // the dialog saves and shows a refusal itself
}

QString HouseholdEditor::deleteConfirmation(const Person &person) const
{
    const PersonReferences refs = PersonReferences::count(m_db, person.id);
    QStringList goes;
    if (refs.memberships > 0)
        goes << tr("%n household membership record(s) (current and past)", nullptr, refs.memberships);
    if (refs.attendance > 0)
        goes << tr("%n attendance record(s) at the learning centre", nullptr, refs.attendance);
    if (refs.staffRoles > 0)
        goes << tr("%n place(s) on the staff of a local unit", nullptr, refs.staffRoles);
    if (refs.clansHeaded > 0)
        goes << tr("the post of clan head (%n clan(s) will have no head)", nullptr, refs.clansHeaded);
    if (refs.directsCentre)
        goes << tr("the post of director of the learning centre");
    QString text = person.birthDate.isNull()
                       ? tr("Delete %1 from the registers for good?").arg(person.name.full())
                       : tr("Delete %1 (born %2) from the registers for good?")
                             .arg(person.name.full(), person.birthDate.toString());
    text += QLatin1Char('\n');
    if (goes.isEmpty())
        text += tr("Nothing else refers to this person.");
    else
        text += tr("This also deletes: %1.").arg(goes.join(QStringLiteral("; ")));
    text += QLatin1Char('\n');
    text += tr("Delete only a record entered by mistake: for a death or a move, use Mark deceased or Mark "
               "moved away, which keep the history. Edit > Undo (Ctrl+Z) brings the record back.");
    return text;
}

void HouseholdEditor::deletePerson()
{
    const auto person = selectedPerson();
    if (!person)
        return;
    const auto answer = MessageBox::question(this, tr("Delete person"), deleteConfirmation(*person),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    report(m_edits.removePerson(person->id), tr("Delete person"));
}

} // namespace sht
