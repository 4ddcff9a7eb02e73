#include "StartPageWidget.h"

#include "ui_StartPageWidget.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QListWidgetItem>
#include <QStyle>

namespace sht {

StartPageWidget::StartPageWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StartPageWidget>())
{
    m_ui->setupUi(this);

    m_ui->titleLabel->setText(QStringLiteral("Sổ Học Tập"));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 2.2);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->subtitleLabel->setMaximumWidth(640);
    m_ui->recentList->setMinimumWidth(560);
    m_ui->recentList->setMaximumWidth(760);

    m_ui->newButton->setIcon(
        QIcon::fromTheme(QStringLiteral("document-new"), style()->standardIcon(QStyle::SP_FileIcon)));
    m_ui->openButton->setIcon(QIcon::fromTheme(QStringLiteral("document-open"),
                                               style()->standardIcon(QStyle::SP_DialogOpenButton)));
    m_ui->newButton->setAutoDefault(true);
    m_ui->openButton->setAutoDefault(true);

    connect(m_ui->newButton, &QPushButton::clicked, this, &StartPageWidget::newRequested);
    connect(m_ui->openButton, &QPushButton::clicked, this, &StartPageWidget::openRequested);
    // itemActivated comes from Enter/Return as well as from a double click (or a single click, per style).
    connect(m_ui->recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item)
            emit recentFileRequested(item->data(PathRole).toString());
    });
    setFocusProxy(m_ui->newButton);
    setRecentFiles({});
}

StartPageWidget::~StartPageWidget() = default;

void StartPageWidget::setRecentFiles(const QStringList &files)
{
    QListWidget *list = m_ui->recentList;
    list->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_FileIcon);
    for (const QString &file : files) {
        const QFileInfo info(file);
        auto *item = new QListWidgetItem(icon, info.fileName() + QLatin1Char('\n') +
                                                   QDir::toNativeSeparators(info.absolutePath()));
        item->setData(PathRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
        list->addItem(item);
    }
    if (list->count() > 0)
        list->setCurrentRow(0);
    list->setVisible(!files.isEmpty());
    m_ui->recentLabel->setVisible(!files.isEmpty());
    m_ui->hintLabel->setVisible(!files.isEmpty());
    m_ui->noRecentLabel->setVisible(files.isEmpty());
}

} // namespace sht
