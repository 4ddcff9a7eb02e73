#pragma once

#include "AdminUnit.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewCommuneDialog;
}

namespace sht {

// Asks what File > New needs: the commune's kind (xã / phường), its name and where to save the file.
// Only asks; MainWindow creates the file through core.
class NewCommuneDialog : public QDialog
{
    Q_OBJECT

public:
    // folder: where the proposed file goes until the user chooses another place.
    explicit NewCommuneDialog(const QString &folder, QWidget *parent = nullptr);
    ~NewCommuneDialog() override;

    // The official name: "Xã Hòa An" when the user typed "Hòa An" (the kind's word is added once).
    QString communeName() const;
    AdminUnit::Kind kind() const;
    QString filePath() const;

    void setCommuneName(const QString &name);
    void setKind(AdminUnit::Kind kind);
    void setFilePath(const QString &path);

    void accept() override;

private:
    void update();
    void browse();
    QString proposedPath() const;

    std::unique_ptr<Ui::NewCommuneDialog> m_ui;
    QString m_folder;
    bool m_pathChosen = false; // the user typed or browsed a path: stop proposing one from the name
};

} // namespace sht
