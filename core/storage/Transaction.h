#pragma once

#include "Status.h"

namespace sht {

class Database;

// A scoped write transaction: rolls back in its destructor unless commit() succeeded. Nested scopes
// become SAVEPOINTs, so a service may call another service and still fail as a whole.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status status() const { return m_status; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    Status m_status;
    int m_level = 0;
    int m_journalMark = 0;
    bool m_open = false;
};

} // namespace sht
