#pragma once

#include "ImportPlan.h"
#include "ImportRepository.h"
#include "ParsedRegister.h"
#include "Status.h"

#include <QCoreApplication>

namespace sht {
class Database;
}

namespace sht::importing {

// Turns what the layout step understood (ParsedRegister) into what the import will do to this commune file
// (ImportPlan), without writing anything. See docs/IMPORT.md for the rules; in short:
// - villages: matched to an existing village by any of its names, old names included, accent- and
//   case-insensitively ("Thôn Đông" = "thon dong" = "Đông"); a village merged into another leads to the one
//   it was merged into; otherwise created ("Tổ dân phố …" as a residential group);
// - households: matched by village + code, else by their head (same name key and birth date) among the
//   village's heads; otherwise new (a household without a code gets the next free number);
// - people in a matched household: matched to its current members by name key (and birth date when two
//   share a name): unchanged, or updated field by field (only values the register has and that differ; a
//   less precise birth date never replaces a more precise one; notes only fill empty notes);
// - everyone else is inserted; possible duplicates (within the input and against the file) and IDs shared
//   by two different names are reported with both places, never merged;
// - clans: matched NFC/NFD-, tone-placement- and case-insensitively, created once.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)

public:
    explicit ImportPlanner(Database &db);
    Status plan(const ParsedRegister &input, ImportPlan *out);
    // The same on a snapshot already read (no database needed).
    static ImportPlan plan(const ParsedRegister &input, const ImportSnapshot &snapshot);

private:
    Database &m_db;
};

} // namespace sht::importing
