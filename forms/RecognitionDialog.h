#pragma once

#include "Catalogue.h"
#include "Status.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sht {

// Records a recognition decision (quyết định công nhận) for the chosen subjects, all met: its number, date
// and signer (offered again from the last decision), and shows the validity the catalogue gives (e.g. 36
// months for the TT 24 / TT 25 levels). OK (Enter) writes it through `apply`; a refusal is shown in the
// dialog, which stays open.
class RecognitionDialog : public QDialog
{
    Q_OBJECT

public:
    using Apply =
        std::function<Status(const QString &decisionNumber, const QDate &date, const QString &signer)>;

    RecognitionDialog(int year, criteria::Title title, const QStringList &subjectNames, int validityMonths,
                      const QString &signer, Apply apply, QWidget *parent = nullptr);

    QString decisionNumber() const;
    QDate decisionDate() const;
    QString signer() const;
    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *signerEdit() const { return m_signer; }
    QDateEdit *dateEdit() const { return m_date; }
    QLabel *validityLabel() const { return m_validity; }

    void accept() override;

private:
    void updateValidity();

    int m_validityMonths = 12;
    Apply m_apply;
    QLineEdit *m_number = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_signer = nullptr;
    QLabel *m_validity = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace sht
