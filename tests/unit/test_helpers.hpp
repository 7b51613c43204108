// Shared by the unit tests: where the fixtures and the corpus live.
#pragma once
#include <catch2/catch.hpp>

#include <string>

#include "model/plan.hpp"
#include "profile/profile.hpp"

namespace planbridge::test {

inline std::string source_path(const std::string& rel) { return std::string(PLANBRIDGE_SOURCE_DIR) + "/" + rel; }
inline std::string fixture(const std::string& name) { return source_path("tests/fixtures/" + name); }
inline std::string corpus(const std::string& rel) { return std::string(PLANBRIDGE_CORPUS_DIR) + "/" + rel; }

// The default profile's date conventions with an optional reference date.
inline DateConventions conventions(std::optional<Date> reference = std::nullopt) {
    DateConventions c = default_profile().dates;
    c.reference = reference;
    return c;
}

// The action imported from this table and row (Word/HTML origins); fails the test when absent.
inline const Action& action_at(const Plan& p, int table, int row) {
    for (const Action& a : p.actions)
        if (a.origin.table == table && a.origin.row == row) return a;
    FAIL("no action at table " << table << " row " << row);
    return p.actions.front();
}

}  // namespace planbridge::test
