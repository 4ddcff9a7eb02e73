#include "RegistrationDialog.h"

#include "AdminUnitRepository.h"
#include "ErrorLabel.h"
#include "FilterField.h"
#include "RegistrationCandidateModel.h"
#include "RegistrationCommands.h"
#include "RegistrationRepository.h"
#include "RegistrationService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace sht {

using criteria::Title;

RegistrationDialog::RegistrationDialog(Database &db, RegistrationCommands &commands, int year, Title title,
                                       qint64 villageId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
    , m_year(year)
    , m_model(new RegistrationCandidateModel(this))
{
    setObjectName(QStringLiteral("registrationDialog"));
    setWindowTitle(tr("Registrations for %1").arg(year));

    m_titleCombo = new QComboBox(this);
    m_titleCombo->setObjectName(QStringLiteral("titleCombo"));
    for (Title t : criteria::allTitles())
        if (RegistrationService::needsRegistration(t))
            m_titleCombo->addItem(RegistrationService::titleLabel(t), int(t));
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_titleCombo);

    m_villageCombo = new QComboBox(this);
    m_villageCombo->setObjectName(QStringLiteral("villageCombo"));
    m_villageCombo->addItem(tr("All villages"), qint64(0));
    for (const AdminUnit &v : AdminUnitRepository(db).villages())
        m_villageCombo->addItem(v.name, v.id);
    auto *villageLabel = new QLabel(tr("&Village:"), this);
    villageLabel->setBuddy(m_villageCombo);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("candidateFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Part of a name, household code or village…"));
    m_filter->setToolTip(tr("Type to find; Down or Enter goes to the list, where Space ticks. Esc clears."));
    m_filter->installEventFilter(this);
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setAccessibleName(tr("Subjects that may register"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RegistrationCandidateModel::NameColumn,
                            fontMetrics().horizontalAdvance(QStringLiteral("00.000 – Nguyễn Thị Thu Hương")) +
                                48);
    m_table->setColumnWidth(RegistrationCandidateModel::VillageColumn,
                            fontMetrics().horizontalAdvance(QStringLiteral("Tổ dân phố Đông Hòa")) + 16);
    m_table->installEventFilter(this);
    m_table->setToolTip(tr("Space ticks or clears the selected rows"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("registrationCount"));
    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_villageButton = buttons->addButton(tr("Register &whole village"), QDialogButtonBox::ActionRole);
    m_villageButton->setObjectName(QStringLiteral("wholeVillageButton"));
    m_villageButton->setAutoDefault(false);
    const QKeySequence villageKey(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    m_villageButton->setToolTip(tr("Registers every subject of the chosen village that may register (%1)")
                                    .arg(villageKey.toString(QKeySequence::NativeText)));
    connect(m_villageButton, &QPushButton::clicked, this, &RegistrationDialog::registerWholeVillage);
    auto *villageShortcut = new QShortcut(villageKey, this);
    connect(villageShortcut, &QShortcut::activated, this, &RegistrationDialog::registerWholeVillage);
    m_communeButton = buttons->addButton(tr("Register &every village"), QDialogButtonBox::ActionRole);
    m_communeButton->setObjectName(QStringLiteral("wholeCommuneButton"));
    m_communeButton->setAutoDefault(false);
    const QKeySequence communeKey(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_communeButton->setToolTip(
        tr("Registers every subject of every village of the commune that may register, as one step (%1)")
            .arg(communeKey.toString(QKeySequence::NativeText)));
    connect(m_communeButton, &QPushButton::clicked, this, &RegistrationDialog::registerWholeCommune);
    auto *communeShortcut = new QShortcut(communeKey, this);
    connect(communeShortcut, &QShortcut::activated, this, &RegistrationDialog::registerWholeCommune);
    auto *tickButton = buttons->addButton(tr("Tic&k selected"), QDialogButtonBox::ActionRole);
    tickButton->setObjectName(QStringLiteral("tickButton"));
    tickButton->setAutoDefault(false);
    tickButton->setToolTip(
        tr("Registers the selected rows, or takes them back when all are registered (Space)"));
    connect(tickButton, &QPushButton::clicked, this, &RegistrationDialog::toggleSelected);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout;
    grid->addWidget(titleLabel, 0, 0);
    grid->addWidget(m_titleCombo, 0, 1);
    grid->addWidget(villageLabel, 0, 2);
    grid->addWidget(m_villageCombo, 0, 3);
    grid->addWidget(filterLabel, 1, 0);
    grid->addWidget(m_filter, 1, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_titleCombo, m_villageCombo);
    setTabOrder(m_villageCombo, m_filter);
    setTabOrder(m_filter, m_table);
    resize(760, 520);

    setTitle(title);
    setVillage(villageId);
    reload();
    connect(m_titleCombo, &QComboBox::currentIndexChanged, this, &RegistrationDialog::reload);
    connect(m_villageCombo, &QComboBox::currentIndexChanged, this, &RegistrationDialog::reload);
    connect(m_filter, &QLineEdit::textChanged, m_model, &RegistrationCandidateModel::setFilterText);
    connect(m_model, &RegistrationCandidateModel::countsChanged, this, &RegistrationDialog::updateCount);
    connect(m_model, &RegistrationCandidateModel::toggleRequested, this,
            [this](const QString &uuid, bool registered) { setRegistered({uuid}, registered); });
    m_filter->setFocus();
}

Title RegistrationDialog::title() const
{
    return Title(m_titleCombo->currentData().toInt());
}

qint64 RegistrationDialog::villageId() const
{
    return m_villageCombo->currentData().toLongLong();
}

void RegistrationDialog::setTitle(Title title)
{
    const int at = m_titleCombo->findData(int(title));
    if (at >= 0)
        m_titleCombo->setCurrentIndex(at);
}

void RegistrationDialog::setVillage(qint64 villageId)
{
    const int at = m_villageCombo->findData(villageId);
    m_villageCombo->setCurrentIndex(at >= 0 ? at : 0);
}

void RegistrationDialog::reload()
{
    showError(m_error, QString());
    RegistrationRepository repository(m_db);
    QList<RegistrationCandidate> candidates;
    const Status status =
        repository.candidates(m_year, title(), villageId(), repository.citizenMinAge(), &candidates);
    if (!status)
        showError(m_error, status.message());
    m_model->setCandidates(candidates);
    m_villageButton->setEnabled(villageId() != 0);
    updateCount();
}

void RegistrationDialog::updateCount()
{
    const int total = m_model->totalCount();
    QString text = tr("%1 registered of %2 that may register")
                       .arg(m_model->registeredCount())
                       .arg(RegistrationService::subjectsLabel(title(), total));
    if (m_model->matchCount() != total)
        text += QStringLiteral(" · ") + tr("%n shown", nullptr, m_model->matchCount());
    m_count->setText(text);
}

void RegistrationDialog::setRegistered(const QStringList &uuids, bool registered)
{
    if (uuids.isEmpty())
        return;
    int changed = 0;
    const Status status = registered ? m_commands.registerSubjects(m_year, title(), uuids, &changed)
                                     : m_commands.unregister(m_year, title(), uuids, &changed);
    if (!status) {
        showError(m_error, status.message());
        return;
    }
    showError(m_error, QString());
    m_changes += registered ? changed : -changed;
    m_model->setRegistered(uuids, registered);
}

void RegistrationDialog::toggleSelected()
{
    QStringList unregistered;
    QStringList all;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex();
    for (const QModelIndex &index : rows) {
        const RegistrationCandidate &c = m_model->candidateAt(index.row());
        all << c.uuid;
        if (!c.registered)
            unregistered << c.uuid;
    }
    // A mixed selection is ticked whole; a fully ticked one is cleared.
    if (!unregistered.isEmpty())
        setRegistered(unregistered, true);
    else
        setRegistered(all, false);
}

void RegistrationDialog::registerWholeVillage()
{
    if (villageId() == 0) {
        showError(m_error, tr("Choose a village first (Alt+V)."));
        return;
    }
    int added = 0;
    const Status status = m_commands.registerVillage(m_year, title(), villageId(), &added);
    if (!status) {
        showError(m_error, status.message());
        return;
    }
    m_changes += added;
    reload();
    showError(m_error, QString());
    m_count->setText(m_count->text() + QStringLiteral(" · ") +
                     tr("%1 newly registered").arg(RegistrationService::subjectsLabel(title(), added)));
}

void RegistrationDialog::registerWholeCommune()
{
    int added = 0;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // ~1 s per 100,000 citizens
    const Status status = m_commands.registerCommune(m_year, title(), &added);
    QGuiApplication::restoreOverrideCursor();
    if (!status) {
        showError(m_error, status.message());
        return;
    }
    m_changes += added;
    reload();
    showError(m_error, QString());
    m_count->setText(
        m_count->text() + QStringLiteral(" · ") +
        tr("%1 newly registered in every village").arg(RegistrationService::subjectsLabel(title(), added)));
}

bool RegistrationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && handleFilterFieldKey(m_filter, m_table, event))
        return true;
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace sht
