// Shared by the unit tests: where the fixtures and the corpus live.
#pragma once
#include <algorithm>
#include <filesystem>
#include <vector>
#include <catch2/catch.hpp>

#include <string>

#include "model/plan.hpp"
#include "profile/profile.hpp"
#include "read/reader.hpp"

namespace planbridge::test {

inline std::string source_path(const std::string& rel) { return std::string(PLANBRIDGE_SOURCE_DIR) + "/" + rel; }
inline std::string fixture(const std::string& name) { return source_path("tests/fixtures/" + name); }
// Every example and fixture plan file (.xlsx, .docx, .csv, .html), sorted.
inline std::vector<std::string> example_and_fixture_plans() {
    std::vector<std::string> files;
    for (const std::string& dir : {std::string("examples"), std::string("tests/fixtures")})
        for (const auto& e : std::filesystem::directory_iterator(source_path(dir))) {
            std::string ext = e.path().extension().string();
            if (ext == ".xlsx" || ext == ".docx" || ext == ".csv" || ext == ".html") files.push_back(e.path().string());
        }
    std::sort(files.begin(), files.end());
    return files;
}
// Those of them that import (some fixtures are broken files on purpose), with their plans.
inline std::vector<std::pair<std::string, Plan>> readable_example_and_fixture_plans() {
    std::vector<std::pair<std::string, Plan>> out;
    for (const std::string& f : example_and_fixture_plans()) {
        try {
            out.emplace_back(f, import_file(f, ImportOptions{}).plan);
        } catch (const std::exception&) {
        }
    }
    return out;
}
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
