#pragma once

#include "Person.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class PersonForm;
}

namespace sht {

class Database;

// The fields of one person, checked as the clerk types: each wrong value is explained in a red line under its
// field, and isValid() stays false until every field reads. Only reads and shows; whoever embeds the form
// saves the person through EditCommands (and shows a refusal from core with setCoreError()).
class PersonForm : public QWidget
{
    Q_OBJECT

public:
    // db: to tell at once when the typed ID number already belongs to someone else.
    explicit PersonForm(Database &db, QWidget *parent = nullptr);
    ~PersonForm() override;

    // Fills the fields; what the form does not show (id, uuid, revision, dates of death or moving away,
    // school status) is kept and returned by person().
    void setPerson(const Person &person);
    // The person as typed (meaningful when isValid()).
    Person person() const;
    bool isValid() const { return m_valid; }

    // A refusal from core (a duplicate ID found when saving, a failed write), shown under the fields until
    // the next edit.
    void setCoreError(const QString &message);
    QString coreError() const;

    // The day a birth date may not be after; today unless a test says otherwise.
    void setToday(const QDate &today);

    QWidget *firstField() const;
    QWidget *lastField() const;
    // The fields in tab order, for a dialog that embeds the form.
    QList<QWidget *> fields() const;

signals:
    void validityChanged(bool valid);

private:
    void revalidate();

    std::unique_ptr<Ui::PersonForm> m_ui;
    Database &m_db;
    Person m_person;
    QDate m_today;
    bool m_valid = false;
    bool m_nameTouched = false; // "enter the name" only once the clerk has been in the field
};

} // namespace sht
