// Pairing evidence that can say no (src/reconcile/evidence.cpp, match.cpp): a renumbering must
// keep its place among its neighbours, text alone is not enough when the lead, deadline and
// progress all disagree, and a text several actions share is paired by place and fields.
#include <catch2/catch.hpp>

#include <map>

#include "model/due_date.hpp"
#include "reconcile/diff.hpp"
#include "reconcile/evidence.hpp"
#include "reconcile/match.hpp"
#include "write/diff_text.hpp"

using namespace planbridge;

namespace {

struct Row {
    std::string id, text, owner, due, progress;
    Status status = Status::on_track;
    std::string section = "1. PRACTICE";
};

Plan plan_of(const std::vector<Row>& rows) {
    Plan p;
    for (const Row& r : rows) {
        Action a;
        a.id = r.id;
        a.action = r.text;
        a.owner = r.owner;
        a.due = parse_due(r.due);
        a.progress = r.progress;
        a.status = r.status;
        a.section = {r.section};
        a.key = r.section + "|" + r.id + "|" + r.text;
        p.actions.push_back(std::move(a));
    }
    return p;
}

struct Aligned {
    Version o, n;
    Alignment a;
    Aligned(const Plan& x, const Plan& y) : o(Version::of(x)), n(Version::of(y)), a(align(o, n)) {}
    std::map<int, int> pairs() const {
        std::map<int, int> m;
        for (const ActionPair& p : a.pairs) m[p.old_index] = p.new_index;
        return m;
    }
    const ActionPair* pair_of_new(int j) const {
        for (const ActionPair& p : a.pairs)
            if (p.new_index == j) return &p;
        return nullptr;
    }
};

const std::string kStock = "Discuss at team manager training day";

// Two sections of distinct actions, references 1.1… and 2.1…
std::vector<Row> two_sections() {
    std::vector<Row> rows = {
        {"1.1", "Audit supervision records of children on protection plans", "Head of Safeguarding", "End Aug 2018", "Audit booked."},
        {"1.2", "Revise assessment formats so that risk analysis is explicit", "Service Manager A", "Dec 2018", "Draft shared."},
        {"1.3", kStock, "Service Manager B", "End Aug 2018", "Discussed in July."},
        {"1.4", "Recruit two additional child protection chairs", "Head of Service", "Mar 2019", "Advert out."},
        {"1.5", "Publish the threshold document with partners", "Service Manager C", "Spring 2019", "With legal."},
    };
    for (const char* t : {"Review return home interviews for care leavers", "Commission an independent review of placements",
                          "Train team managers as reflective supervisors", "Monitor caseload weighting every month"})
        rows.push_back({"2." + std::to_string(rows.size() - 4), t, "Service Manager D", "Jun 2019", "Started.", Status::on_track, "2. LEADERSHIP"});
    return rows;
}

void renumber(std::vector<Row>& rows) {
    std::map<std::string, int> next;
    for (Row& r : rows) r.id = r.section.substr(0, 1) + "." + std::to_string(++next[r.section]);
}

}  // namespace

TEST_CASE("identical text under a different reference, with every other field different, is not a pair", "[reconcile][evidence]") {
    std::vector<Row> old_rows = two_sections(), new_rows = old_rows;
    // 1.3 is dropped (1.4 and 1.5 renumber), and a new action with the same words is added at the
    // end of section 2: another lead, deadline, progress and status.
    new_rows.erase(new_rows.begin() + 2);
    new_rows.push_back({"", kStock, "Service Manager E", "Mar 2019", "New for October.", Status::off_track, "2. LEADERSHIP"});
    renumber(new_rows);
    Aligned al(plan_of(old_rows), plan_of(new_rows));
    CHECK(al.a.removed == std::vector<int>{2});
    CHECK(al.a.added == std::vector<int>{8});
    CHECK(al.pairs() == std::map<int, int>{{0, 0}, {1, 1}, {3, 2}, {4, 3}, {5, 4}, {6, 5}, {7, 6}, {8, 7}});

    SECTION("nor in the dropped one's place, its reference jumping while its neighbours keep theirs") {
        std::vector<Row> in_place = old_rows;
        in_place[2] = {"1.9", kStock, "Service Manager E", "Mar 2019", "New for October.", Status::off_track};
        Aligned here(plan_of(old_rows), plan_of(in_place));
        CHECK(here.a.removed == std::vector<int>{2});
        CHECK(here.a.added == std::vector<int>{2});
    }
    SECTION("but the same words moved with their lead and deadline are the action moved") {
        new_rows.back().owner = "Service Manager B";
        new_rows.back().due = "End Aug 2018";
        Aligned moved(plan_of(old_rows), plan_of(new_rows));
        CHECK(moved.pairs().at(2) == 8);
        const ActionPair* p = moved.pair_of_new(8);
        REQUIRE(p);
        CHECK(p->method == MatchMethod::same_text);
        CHECK(p->evidence.ref == RefEvidence::out_of_step);
    }
}

TEST_CASE("a real renumbering (8b → 8c, 8c → 8d after an insert) still pairs, even when all else changed", "[reconcile][evidence]") {
    std::vector<Row> old_rows = {
        {"8a", "Audit of strategy meeting timescales", "HoS", "End Aug 2018", "Started."},
        {"8b", "Secure agreement of health partners to attend strategy meetings", "SM CAAS", "Dec 2018", "Letters sent."},
        {"8c", "Audit of engagement in strategy meetings", "SM CAAS", "Mar 2019", "Planned."},
        {"8d", "Report strategy meeting attendance to the board", "HoS", "Mar 2019", ""},
        {"9a", "Identify barriers to uptake of return home interviews", "SM CiC", "Spring 2019", "Survey out.", Status::on_track, "9"},
    };
    std::vector<Row> new_rows = old_rows;
    new_rows.insert(new_rows.begin() + 1, {"8b", "Commission training for strategy meeting chairs", "HoS", "Jun 2019", ""});
    new_rows[2].id = "8c", new_rows[3].id = "8d", new_rows[4].id = "8e";
    // The audit changed hands, its deadline and progress too, and it is now off track.
    new_rows[3].owner = "Head of Quality Assurance", new_rows[3].due = "Jun 2019", new_rows[3].progress = "Moved to QA.",
    new_rows[3].status = Status::off_track;
    Aligned al(plan_of(old_rows), plan_of(new_rows));
    CHECK(al.pairs() == std::map<int, int>{{0, 0}, {1, 2}, {2, 3}, {3, 4}, {4, 5}});
    CHECK(al.a.added == std::vector<int>{1});
    for (int j : {2, 3, 4}) {
        const ActionPair* p = al.pair_of_new(j);
        REQUIRE(p);
        CHECK(p->evidence.ref == RefEvidence::in_step);
    }
}

TEST_CASE("the same text under several references pairs by the other fields and place, not first come", "[reconcile][evidence]") {
    std::vector<Row> old_rows = {
        {"1.1", kStock, "Service Manager A", "End Aug 2018", "July session held."},
        {"1.2", "Audit of strategy meeting timescales", "HoS", "Dec 2018", "Started."},
        {"1.3", kStock, "Service Manager B", "Mar 2019", "Booked for March."},
        {"1.4", "Audit of engagement in strategy meetings", "HoS", "Mar 2019", "Planned."},
    };
    // The first is dropped and two new actions put first: everything renumbers.
    std::vector<Row> new_rows = {
        {"", "Recruit two additional child protection chairs", "HoS", "Jun 2019", ""},
        {"", "Commission training for strategy meeting chairs", "HoS", "Jun 2019", ""},
        old_rows[1], old_rows[2], old_rows[3],
    };
    renumber(new_rows);
    Aligned al(plan_of(old_rows), plan_of(new_rows));
    CHECK(al.pairs() == std::map<int, int>{{1, 2}, {2, 3}, {3, 4}});
    CHECK(al.a.removed == std::vector<int>{0});
    const ActionPair* p = al.pair_of_new(3);
    REQUIRE(p);
    CHECK(p->evidence.text_shared);
    CHECK(p->evidence.owner == Agreement::same);
}

TEST_CASE("diff --explain gives the evidence for and against a pair", "[reconcile][evidence]") {
    std::vector<Row> old_rows = two_sections(), new_rows = old_rows;
    new_rows.insert(new_rows.begin(), {"", "Recruit a principal social worker", "DCS", "Mar 2019", ""});
    renumber(new_rows);
    new_rows[3].progress = "Discussed again in October.";
    Version o = Version::of(plan_of(old_rows)), n = Version::of(plan_of(new_rows));
    Alignment a = align(o, n);
    PlanDiff d = diff_plans(o, n, a);
    std::string text = write_diff_text(d, o, n, {false, true, false});
    CHECK(text.find("matched: same_text (score 1.00, text 1.00), old #2 → new #3\n"
                    "        for: the same text; reference 1.3 → 1.4, in step with its neighbours; the same section; the same lead; the same deadline\n"
                    "        against: new progress\n") != std::string::npos);
}

TEST_CASE("references order as their authors number them", "[reconcile][evidence]") {
    CHECK(compare_references("8b", "8c") < 0);
    CHECK(compare_references("3 9", "3 10") < 0);  // folded '3.9', '3.10'
    CHECK(compare_references("3.10", "3.9") > 0);
    CHECK(compare_references("A2", "b1") < 0);
    CHECK(compare_references("8", "8a") < 0);
    CHECK(compare_references("8.1", "8a") < 0);
    CHECK(compare_references("1.02", "1.2") == 0);
    CHECK(compare_references("2", "10") < 0);
    CHECK(compare_references("", "1") < 0);
}

TEST_CASE("the rules: what the evidence must show when the reference is out of step", "[reconcile][evidence]") {
    PairEvidence e;
    e.ref = RefEvidence::out_of_step;
    e.owner = Agreement::differs, e.due = Agreement::differs, e.progress = Agreement::differs;
    CHECK_FALSE(acceptable(e));
    e.owner = Agreement::same;
    CHECK(acceptable(e));  // a unique text, moved, with its lead
    e.text_shared = true;
    CHECK_FALSE(acceptable(e));  // a shared text needs two of the three
    e.due = Agreement::same;
    CHECK(acceptable(e));
    e.text_identical = false;  // similar words out of step: nothing may disagree
    CHECK_FALSE(acceptable(e));
    e.progress = Agreement::same;
    CHECK(acceptable(e));
    PairEvidence in_step;
    in_step.ref = RefEvidence::in_step;
    in_step.owner = in_step.due = in_step.progress = Agreement::differs;
    CHECK(acceptable(in_step));
    PairEvidence no_refs;  // a plan without references: place and section must speak for it
    no_refs.owner = no_refs.due = no_refs.progress = Agreement::differs;
    CHECK(acceptable(no_refs));
    no_refs.in_step = false;
    CHECK_FALSE(acceptable(no_refs));
}
