// Every fixture plan (tests/fixtures/*.truth.json, written by the make_*.py scripts from the same
// data as the file) must import with every action row found, none invented, and at least 95% of
// the judged fields right — id, owner, due end, status, progress, and action, section,
// recommendations and measure where the truth states them — in each file and over all of them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "read/reader.hpp"
#include "test_helpers.hpp"

using namespace planbridge;
namespace fs = std::filesystem;

namespace {
std::string str_or_empty(const nlohmann::json& j) { return j.is_null() ? "" : j.get<std::string>(); }

std::string joined(const std::vector<std::string>& parts) {
    std::string s;
    for (const std::string& p : parts) s += (s.empty() ? "" : " › ") + p;
    return s;
}
}  // namespace

TEST_CASE("fixture plans in other councils' layouts import accurately", "[accuracy]") {
    int judged = 0, right = 0, files = 0;
    for (const auto& entry : fs::directory_iterator(test::fixture(""))) {
        std::string path = entry.path().string();
        if (path.size() < 11 || path.substr(path.size() - 11) != ".truth.json") continue;
        ++files;
        std::ifstream in(path);
        nlohmann::json truth = nlohmann::json::parse(in);
        std::string file = test::fixture(truth["file"].get<std::string>());
        INFO(file);
        ImportResult r = import_file(file, {});
        const Plan& plan = r.plan;

        // Where an action is: sheet and row, and for Word/HTML plans (rows counted per table) the table.
        bool by_table = false;
        for (const auto& t : truth["actions"]) by_table = by_table || t.contains("table");
        // A row that holds several actions (parallel numbered paragraphs) gives each its part
        // number, 1, 2, … in order; a row of one action has part 0.
        auto place_of = [&](const std::string& sheet, int table, int row, int part) {
            return sheet + "#" + (by_table ? std::to_string(table) : "") + "#" + std::to_string(row) + "#" + std::to_string(part);
        };
        auto truth_place = [&](const nlohmann::json& t) {
            return place_of(t["sheet"].get<std::string>(), t.value("table", 0), t["row"].get<int>(), t.value("part", 0));
        };
        std::map<std::string, int> per_row;
        for (const Action& a : plan.actions) ++per_row[place_of(a.origin.sheet, a.origin.table, a.origin.row, 0)];
        std::map<std::string, int> seen;
        std::vector<std::string> got_place;
        for (const Action& a : plan.actions) {
            std::string row = place_of(a.origin.sheet, a.origin.table, a.origin.row, 0);
            got_place.push_back(per_row[row] > 1 ? place_of(a.origin.sheet, a.origin.table, a.origin.row, ++seen[row]) : row);
        }
        std::set<std::string> want_rows, got_rows(got_place.begin(), got_place.end());
        for (const auto& t : truth["actions"]) want_rows.insert(truth_place(t));
        CHECK(got_rows == want_rows);  // every action row found, none invented
        if (!truth["as_of"].is_null()) CHECK((plan.as_of ? plan.as_of->iso() : "") == truth["as_of"].get<std::string>());

        int file_judged = 0, file_right = 0;
        for (const auto& t : truth["actions"]) {
            const Action* a = nullptr;
            for (size_t i = 0; i < plan.actions.size(); ++i)
                if (got_place[i] == truth_place(t)) a = &plan.actions[i];
            if (!a) continue;
            auto judge = [&](const char* field, const std::string& got, const std::string& want) {
                ++judged, ++file_judged;
                if (got == want) ++right, ++file_right;
                else WARN(file << " row " << a->origin.row << " " << field << ": got '" << got << "', want '" << want << "'");
            };
            judge("id", a->id, t["id"].get<std::string>());
            judge("owner", a->owner, t["owner"].get<std::string>());
            judge("due_end", a->due.end ? a->due.end->iso() : "", str_or_empty(t["due_end"]));
            judge("status", std::string(to_string(a->status)), t["status"].get<std::string>());
            judge("progress", a->progress, t["progress"].get<std::string>());
            if (t.contains("action")) judge("action", a->action, t["action"].get<std::string>());
            if (t.contains("section")) judge("section", joined(a->section), joined(t["section"].get<std::vector<std::string>>()));
            if (t.contains("recommendations"))
                judge("recommendations", joined(a->recommendations), joined(t["recommendations"].get<std::vector<std::string>>()));
            if (t.contains("measure")) judge("measure", a->measure, t["measure"].get<std::string>());
        }
        INFO(file_right << " of " << file_judged << " judged fields right in this file");
        CHECK(file_right * 100 >= file_judged * 95);
    }
    CHECK(files >= 8);
    INFO(right << " of " << judged << " judged fields right");
    CHECK(judged > 200);
    CHECK(right * 100 >= judged * 95);
}
