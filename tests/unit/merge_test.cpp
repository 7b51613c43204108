// The merge's properties (issue 15), on every example and fixture plan: merge(base, x) = x;
// merge(base, x, base) = x; merge(base, x, y) = merge(base, y, x) up to the report's order;
// the same edit from two returns is not a conflict, different edits to one field are; every
// changed field of every return ends in the merged plan or in a conflict.
#include <catch2/catch.hpp>

#include <set>

#include "reconcile/merge.hpp"
#include "test_helpers.hpp"

using namespace planbridge;

namespace {

// A lead's return made by hand: every k-th action's progress and status edited.
Plan edited(const Plan& base, size_t every, const std::string& mark, Status status) {
    Plan p = base;
    for (size_t i = 0; i < p.actions.size(); i += every) {
        p.actions[i].progress += " (" + mark + ")";
        p.actions[i].status = status;
    }
    return p;
}

// The merged fields of a plan's actions, in order.
std::vector<std::string> fields_of(const Plan& p) {
    std::vector<std::string> out;
    for (const Action& a : p.actions)
        out.push_back(a.key + "|" + a.id + "|" + a.action + "|" + a.owner + "|" + a.due.text + "|" + std::string(to_string(a.status)) + "|" +
                      a.progress + "|" + a.measure + "|" + a.resources);
    return out;
}

std::set<std::string> conflicts_of(const MergeReport& r) {
    std::set<std::string> out;
    for (const FieldConflict& c : r.conflicts) {
        std::set<std::string> values;
        for (const MergedValue& v : c.values) values.insert(v.sender + "=" + v.value);
        std::string s = c.key + "/" + c.field + ":";
        for (const std::string& v : values) s += v + ";";
        out.insert(s);
    }
    return out;
}

}  // namespace

TEST_CASE("merging returns keeps every edit and never resolves a conflict silently", "[merge]") {
    int plans = 0;
    for (const auto& [file, base] : test::readable_example_and_fixture_plans()) {
        if (base.actions.size() < 6) continue;
        INFO(file);
        ++plans;
        const Plan x = edited(base, 2, "x", Status::complete);
        const Plan y = edited(base, 3, "y", Status::off_track);

        MergeResult one = merge_returns(base, {{"x.xlsx", &x}});
        CHECK(fields_of(one.merged) == fields_of(x));  // merge(base, x) = x
        CHECK(one.report.conflicts.empty());
        CHECK(one.report.added.empty());

        MergeResult with_base = merge_returns(base, {{"x.xlsx", &x}, {"base.xlsx", &base}});
        CHECK(fields_of(with_base.merged) == fields_of(x));  // merge(base, x, base) = x

        MergeResult twice = merge_returns(base, {{"x.xlsx", &x}, {"x-again.xlsx", &x}});
        CHECK(twice.report.conflicts.empty());  // the same edit from two returns
        CHECK(fields_of(twice.merged) == fields_of(x));
        for (const TakenEdit& t : twice.report.taken) CHECK(t.senders.size() == 2);

        MergeResult xy = merge_returns(base, {{"x.xlsx", &x}, {"y.xlsx", &y}});
        MergeResult yx = merge_returns(base, {{"y.xlsx", &y}, {"x.xlsx", &x}});
        CHECK(fields_of(xy.merged) == fields_of(yx.merged));
        CHECK(conflicts_of(xy.report) == conflicts_of(yx.report));
        // Actions 0, 6, 12, …: both changed progress differently, and status too unless one of
        // them left it as it was.
        size_t expected = 0;
        for (size_t i = 0; i < base.actions.size(); i += 6)
            expected += 1 + (base.actions[i].status != Status::complete && base.actions[i].status != Status::off_track);
        CHECK(xy.report.conflicts.size() == expected);
        CHECK_FALSE(xy.report.clean());
        // Every changed field of each return is in the merged plan or in a conflict with its value.
        for (const Plan* ret : {&x, &y}) {
            for (size_t i = 0; i < base.actions.size(); ++i) {
                const Action& b = base.actions[i];
                const Action& r = ret->actions[i];
                const Action& m = xy.merged.actions[i];
                if (r.progress == b.progress) continue;
                bool kept = m.progress == r.progress;
                for (const FieldConflict& c : xy.report.conflicts)
                    if (c.key == b.key && c.field == "progress")
                        for (const MergedValue& v : c.values) kept = kept || v.value == r.progress;
                CHECK(kept);
            }
        }
        // Asked to, a conflict goes to the sender named.
        MergeResult prefer = merge_returns(base, {{"x.xlsx", &x}, {"y.xlsx", &y}}, {"y.xlsx", false});
        CHECK(prefer.report.clean());
        CHECK(prefer.merged.actions[0].progress == y.actions[0].progress);
        MergeResult later = merge_returns(base, {{"y.xlsx", &y}, {"x.xlsx", &x}}, {"", true});
        CHECK(later.merged.actions[0].progress == x.actions[0].progress);
    }
    CHECK(plans >= 20);
}

TEST_CASE("an added action is added, a missing one kept and reported, a stale return not taken", "[merge]") {
    Plan base;
    base.as_of = Date(2017, 10, 31);
    for (int i = 0; i < 4; ++i) {
        Action a;
        a.key = "k" + std::to_string(i);
        a.action = "Action number " + std::to_string(i) + " for the plan";
        a.owner = i < 2 ? "Jo Davies" : "Sam Lee";
        base.actions.push_back(a);
    }
    // Jo's copy: action 1 deleted, action 0 edited, one action added.
    Plan jo;
    jo.as_of = base.as_of;
    jo.actions = {base.actions[0]};
    jo.actions[0].progress = "Done in October";
    Action extra;
    extra.key = "new";
    extra.action = "A new action Jo added to the plan";
    extra.owner = "Jo Davies";
    jo.actions.push_back(extra);
    // Sam's copy of September: not taken.
    Plan sam_old;
    sam_old.as_of = Date(2017, 9, 30);
    sam_old.actions = {base.actions[2], base.actions[3]};
    sam_old.actions[0].progress = "September's words";

    MergeResult m = merge_returns(base, {{"jo.xlsx", &jo}, {"sam.xlsx", &sam_old}});
    REQUIRE(m.merged.actions.size() == 5);
    CHECK(m.merged.actions[0].progress == "Done in October");
    CHECK(m.merged.actions[1].action == base.actions[1].action);  // not deleted
    CHECK(m.merged.actions[2].progress.empty());                  // the stale return's change not taken
    CHECK(m.merged.actions[4].action == "A new action Jo added to the plan");
    REQUIRE(m.report.missing.size() == 1);
    CHECK(m.report.missing[0].key == "k1");  // Jo's, not Sam's: a copy holds only its lead's actions
    REQUIRE(m.report.stale.size() == 1);
    CHECK(m.report.stale[0].rfind("sam.xlsx reports on 2017-09-30", 0) == 0);
    REQUIRE(m.report.no_update.size() == 1);
    CHECK(m.report.no_update[0] == std::pair<std::string, int>{"Sam Lee", 2});

    // Jo editing Sam's action in a whole copy of the plan is taken, and flagged.
    Plan jo_whole = base;
    jo_whole.actions[0].progress = "Jo's own";
    MergeResult own = merge_returns(base, {{"jo.xlsx", &jo}});
    CHECK_FALSE(own.report.taken.front().off_owner);
    Plan jo_on_sams = jo;
    jo_on_sams.actions.push_back(base.actions[3]);
    jo_on_sams.actions.back().progress = "Jo wrote on Sam's row";
    MergeResult off = merge_returns(base, {{"jo.xlsx", &jo_on_sams}});
    bool flagged = false;
    for (const TakenEdit& t : off.report.taken) flagged = flagged || (t.key == "k3" && t.off_owner);
    // A copy that holds two leads' actions does not say whose it is: flagged only when it does.
    CHECK_FALSE(flagged);
    (void)jo_whole;
}
