#pragma once

#include "Catalogue.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace sht {

class Database;

// Asks the version label and the province of a new clone; the label is checked as it is typed (free, no
// accents) and a suggestion follows the province until the clerk types a label of their own.
class CatalogueCloneDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogueCloneDialog(Database &db, const criteria::Catalogue &source, QWidget *parent = nullptr);

    QString version() const;
    QString province() const;

    void accept() override;

private:
    void provinceChanged();
    bool check();

    Database &m_db;
    criteria::Catalogue m_source;
    QLineEdit *m_provinceEdit = nullptr;
    QLineEdit *m_versionEdit = nullptr;
    QLabel *m_error = nullptr;
    bool m_versionTyped = false;
};

} // namespace sht
