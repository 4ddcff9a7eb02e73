#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class StartPageWidget;
}

namespace sht {

// What the window shows when no file is open: big New / Open buttons and the recent files
// (arrow keys + Enter, or a double click, opens one).
class StartPageWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PathRole = Qt::UserRole + 1;

    explicit StartPageWidget(QWidget *parent = nullptr);
    ~StartPageWidget() override;

    void setRecentFiles(const QStringList &files);

signals:
    void newRequested();
    void openRequested();
    void recentFileRequested(const QString &path);

private:
    std::unique_ptr<Ui::StartPageWidget> m_ui;
};

} // namespace sht
