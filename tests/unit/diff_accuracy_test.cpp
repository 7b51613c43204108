// Pairs of monthly versions (tests/fixtures/*.diff-truth.json, written by make_diff_fixtures.py
// from the same edits that made the new version): at least 98% of the pairs planbridge makes are
// right (precision) and at least 98% of the true pairs are found (recall), every added and
// removed action is reported, and the changed-field lists agree with the truth in at least 95%
// of judgements (each true pair found × each field: changed or not).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "read/reader.hpp"
#include "reconcile/diff.hpp"
#include "reconcile/match.hpp"
#include "test_helpers.hpp"

using namespace planbridge;
namespace fs = std::filesystem;

TEST_CASE("monthly versions of plans pair and diff as an officer would", "[reconcile][accuracy]") {
    const std::vector<std::string> fields = {"status", "due", "owner", "action", "progress", "id", "section"};
    int files = 0;
    for (const auto& entry : fs::directory_iterator(test::fixture(""))) {
        std::string path = entry.path().string();
        if (path.size() < 16 || path.substr(path.size() - 16) != ".diff-truth.json") continue;
        ++files;
        INFO(path);
        std::ifstream in(path);
        nlohmann::json truth = nlohmann::json::parse(in);
        Plan old_plan = import_file(test::fixture(truth["old"].get<std::string>()), {}).plan;
        Plan new_plan = import_file(test::fixture(truth["new"].get<std::string>()), {}).plan;
        Version old_version = Version::of(old_plan), new_version = Version::of(new_plan);
        Alignment a = align(old_version, new_version);
        PlanDiff d = diff_plans(old_version, new_version, a);

        std::map<int, int> want, got;
        std::map<std::pair<int, int>, std::set<std::string>> want_fields;
        for (const auto& p : truth["pairs"]) {
            want[p[0].get<int>()] = p[1].get<int>();
            want_fields[{p[0].get<int>(), p[1].get<int>()}] = p[2].get<std::set<std::string>>();
        }
        for (const ActionPair& p : a.pairs) got[p.old_index] = p.new_index;
        int right = 0;
        for (const auto& [o, n] : got)
            if (want.count(o) && want.at(o) == n) ++right;
            else WARN("wrong pair: old " << o << " '" << old_plan.actions[static_cast<size_t>(o)].action << "' → new " << n << " '"
                                         << new_plan.actions[static_cast<size_t>(n)].action << "'");
        for (const auto& [o, n] : want)
            if (!got.count(o) || got.at(o) != n) WARN("missed pair: old " << o << " → new " << n);
        INFO(right << " right of " << got.size() << " pairs made, " << want.size() << " true pairs");
        CHECK(right * 100 >= static_cast<int>(got.size()) * 98);   // precision
        CHECK(right * 100 >= static_cast<int>(want.size()) * 98);  // recall
        std::set<int> want_added = truth["added"].get<std::set<int>>(), want_removed = truth["removed"].get<std::set<int>>();
        for (int j : want_added) CHECK(std::find(a.added.begin(), a.added.end(), j) != a.added.end());
        for (int i : want_removed) CHECK(std::find(a.removed.begin(), a.removed.end(), i) != a.removed.end());

        int judged = 0, agreed = 0;
        for (const ActionChange& c : d.changes) {
            if (!c.match) continue;
            auto it = want_fields.find({c.old_index, c.new_index});
            if (it == want_fields.end()) continue;
            for (const std::string& f : fields) {
                bool want_changed = it->second.count(f) > 0, got_changed = c.field(f) != nullptr;
                ++judged;
                if (want_changed == got_changed) ++agreed;
                else WARN("old " << c.old_index << " → new " << c.new_index << " field " << f << ": got " << got_changed << ", want " << want_changed);
            }
        }
        INFO(agreed << " of " << judged << " field judgements agree");
        CHECK(judged > 0);
        CHECK(agreed * 100 >= judged * 95);
    }
    CHECK(files >= 3);
}
