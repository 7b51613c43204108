// Matching and diffing versions of a plan (src/reconcile/): properties that must hold on real
// fixture plans, and each kind of change on small constructed ones.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <future>
#include <sstream>
#include <map>

#include <nlohmann/json.hpp>

#include "read/reader.hpp"
#include "reconcile/diff.hpp"
#include "reconcile/match.hpp"
#include "support/error.hpp"
#include "test_helpers.hpp"
#include "write/diff_json.hpp"
#include "write/json_text.hpp"

using namespace planbridge;
namespace fs = std::filesystem;

namespace {

Plan fixture_plan(const std::string& name) { return import_file(test::fixture(name), {}).plan; }

std::map<int, int> pairs_of(const Alignment& a) {
    std::map<int, int> m;
    for (const ActionPair& p : a.pairs) m[p.old_index] = p.new_index;
    return m;
}

// The plans as reconcile reads them; they must outlive any diff made of them (its values are views).
struct Versions {
    Version o, n;
    Versions(const Plan& a, const Plan& b) : o(Version::of(a)), n(Version::of(b)) {}
};

Alignment align_plans(const Plan& a, const Plan& b) { return align(Version::of(a), Version::of(b)); }

Action action(std::string id, std::string text, std::string owner = "Head of Service", Status status = Status::on_track) {
    Action a;
    a.id = std::move(id);
    a.action = std::move(text);
    a.owner = std::move(owner);
    a.status = status;
    a.section = {"1. PRACTICE"};
    a.key = a.id + "|" + a.action;  // unique enough for these plans
    return a;
}

// Renumbers ids from 'from' on ('1.4' → '1.5'), as an author does after inserting an action.
void renumber_from(Plan& p, size_t from) {
    for (size_t i = from; i < p.actions.size(); ++i) {
        p.actions[i].id = "1." + std::to_string(i + 1);
        p.actions[i].key = p.actions[i].id + "|" + p.actions[i].action;
    }
}

}  // namespace

TEST_CASE("a version keeps what reconcile reads of each action, its views valid as it grows and moves", "[reconcile]") {
    Plan p;
    p.title = "Plan";
    p.as_of = Date{2019, 3, 31};
    std::string long_text(200000, 'x');  // longer than a block of the arena: a block of its own
    for (int i = 0; i < 3000; ++i) {
        Action a = action(std::to_string(i), i == 7 ? long_text : "Action " + std::to_string(i));
        a.section = {i < 1500 ? "A. First" : "B. Second"};
        a.due = DueDate{"Mar 2019", Date{2019, 3, 1}, Date{2019, 3, 31}, DueKind::month};
        a.progress = i % 2 ? "Update " + std::to_string(i) : "";
        p.actions.push_back(a);
    }
    Version v = Version::of(p);
    ActionView first = v[0], seventh = v[7];
    Version moved = std::move(v);  // views stay valid: the text never moves
    REQUIRE(moved.size() == 3000);
    CHECK(first[Field::action] == "Action 0");
    CHECK(seventh[Field::action].size() == long_text.size());
    for (size_t i : {size_t{0}, size_t{7}, size_t{1499}, size_t{1500}, size_t{2999}}) {
        ActionView a = moved[i];
        const Action& want = p.actions[i];
        CHECK(a.key == want.key);
        for (const FieldInfo& f : kFields)  // every field the version keeps as text
            if (kept_as_text(f)) CHECK(a[f.field] == field_text(want, f.field));
        CHECK(a[Field::due] == "Mar 2019");
        CHECK(a.due_end == Date{2019, 3, 31});
        CHECK(a.status == want.status);
        CHECK(*a.section == want.section);
    }
    CHECK(moved[0].section == moved[1499].section);  // one copy of each section path
    CHECK(moved[0].section != moved[1500].section);
    CHECK(moved.as_of == p.as_of);
}

namespace {

// Imports the file twice — as a plan, and with a Version as the reader's sink — and checks the
// two versions are the same action for action. Returns whether the file imported at all.
bool check_sink_reading(const std::string& path, ImportOptions options) {
    INFO(path << (options.stream_sheets_from == 0 ? " (streamed)" : ""));
    Plan plan;
    try {
        plan = import_file(path, options).plan;
    } catch (const PlanError&) {
        Version v;
        options.sink = &v;
        CHECK_THROWS_AS(import_file(path, options), PlanError);  // fails the same way with a sink
        return false;
    }
    Version want = Version::of(plan);
    Version got;
    options.sink = &got;
    Plan head = import_file(path, options).plan;
    CHECK(head.actions.empty());  // they went to the sink
    CHECK(head.title == plan.title);
    CHECK(head.as_of == plan.as_of);
    REQUIRE(got.size() == want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        INFO("action " << i);
        ActionView a = got[i], b = want[i];
        CHECK(a.key == b.key);
        for (const FieldInfo& f : kFields)
            if (kept_as_text(f)) CHECK(a[f.field] == b[f.field]);
        CHECK(a.due_end == b.due_end);
        CHECK(a.status == b.status);
        CHECK(*a.section == *b.section);
    }
    // And a version against itself: every action pairs with itself, nothing changed, nothing
    // flagged (no false 'no update this month' for a file compared with itself).
    Alignment self = align(got, got);
    CHECK(self.added.empty());
    CHECK(self.removed.empty());
    PlanDiff same = diff_plans(got, got, self);
    CHECK_FALSE(same.any_change());
    size_t flagged = 0;
    for (const ActionChange& c : same.changes) flagged += c.flags.empty() ? 0 : 1;
    CHECK(flagged == 0);
    return true;
}

}  // namespace

TEST_CASE("a reader handing its actions to a version one by one gives the version of the whole plan", "[reconcile][sink]") {
    ImportOptions whole, streamed;
    whole.explain = streamed.explain = false;
    streamed.stream_sheets_from = 0;
    int files = 0, imported = 0;
    for (const char* dir : {"tests/fixtures", "examples"}) {
        for (const auto& e : fs::directory_iterator(test::source_path(dir))) {
            std::string ext = e.path().extension().string();
            if (ext != ".xlsx" && ext != ".docx" && ext != ".html" && ext != ".htm" && ext != ".csv" && ext != ".txt") continue;
            ++files;
            imported += check_sink_reading(e.path().string(), whole);
            if (ext == ".xlsx") check_sink_reading(e.path().string(), streamed);
        }
    }
    // Workbooks of the corpus: several plan sheets (sections start with the sheet's name),
    // streamed sheets and sheets built after them.
    for (const auto& e : fs::recursive_directory_iterator(PLANBRIDGE_CORPUS_DIR)) {
        if (e.path().extension() != ".xlsx") continue;
        ++files;
        imported += check_sink_reading(e.path().string(), streamed);
    }
    CHECK(files >= 30);
    CHECK(imported >= 25);
}

TEST_CASE("a version taking actions puts grids in document order, names several plan sheets and keys every action", "[reconcile][sink]") {
    Version v;
    // As readers hand them over: no key yet (the version works it out).
    auto keyless = [](Action a) {
        a.key.clear();
        return a;
    };
    // A big second sheet built while it was read comes before the small first one built after.
    v.take(keyless(action("2.1", "Second sheet's first action")), 21, 2);
    v.take(keyless(action("2.2", "Second sheet's second action")), 22, 2);
    v.take(keyless(action("1.1", "First sheet's action")), 11, 1);
    REQUIRE(v.finish({{1, "Front door"}, {2, "Children in care"}}) == 3);
    CHECK(v[0][Field::id] == "1.1");
    CHECK(v[1][Field::id] == "2.1");
    CHECK(v[2][Field::id] == "2.2");
    CHECK(*v[0].section == std::vector<std::string>{"Front door", "1. PRACTICE"});
    CHECK(*v[2].section == std::vector<std::string>{"Children in care", "1. PRACTICE"});
    for (size_t i = 0; i < 3; ++i) CHECK(v[i].key.size() == 13);
    CHECK(v[1].key != v[2].key);
    v.clear();  // read again
    CHECK(v.size() == 0);
    // An action read back from a board workbook's records comes with its key, and keeps it.
    v.take(action("3.1", "Reworded by a lead"), 31, 1);
    REQUIRE(v.finish({}) == 1);
    CHECK(v[0].key == action("3.1", "Reworded by a lead").key);
}

TEST_CASE("many actions reworded and renumbered at once still pair one to one", "[reconcile]") {
    const char* verbs[] = {"Audit", "Review", "Refresh", "Embed", "Launch"};
    const char* topics[] = {"supervision", "care plans", "return interviews", "health assessments", "pathway plans",
                            "conference timeliness", "fostering recruitment", "early help", "missing episodes"};
    Plan old_plan, new_plan;
    for (int i = 0; i < 1200; ++i) {  // every one left to the similar pass
        std::string text = std::string(verbs[i % 5]) + " " + topics[i % 9] + " for locality " + std::to_string(i) + " team";
        old_plan.actions.push_back(action(std::to_string(i + 1), text));
        new_plan.actions.push_back(action(std::to_string(i + 2), text + " every quarter"));  // renumbered and reworded
    }
    Alignment a = align_plans(old_plan, new_plan);
    REQUIRE(a.pairs.size() == 1200);
    for (const ActionPair& p : a.pairs) {
        CHECK(p.old_index == p.new_index);
        CHECK(p.method == MatchMethod::similar);
    }
    CHECK(a.added.empty());
    CHECK(a.removed.empty());
}

TEST_CASE("a plan against itself: every action pairs with itself and nothing changed", "[reconcile]") {
    for (const char* name : {"long-2019.xlsx", "eastmere-2017.docx", "rbwm-2012.xlsx", "bucks-2018.xlsx"}) {
        INFO(name);
        Plan p = fixture_plan(name);
        Version v = Version::of(p);
        Alignment a = align(v, v);
        CHECK(a.added.empty());
        CHECK(a.removed.empty());
        REQUIRE(a.pairs.size() == p.actions.size());
        for (const ActionPair& pair : a.pairs) CHECK(pair.old_index == pair.new_index);
        PlanDiff d = diff_plans(v, v, a);
        CHECK_FALSE(d.any_change());
        CHECK(d.summary.unchanged == static_cast<int>(p.actions.size()));
    }
}

TEST_CASE("adding an unrelated action changes no other pair", "[reconcile]") {
    Plan old_plan = fixture_plan("long-2019.xlsx");
    Plan new_plan = old_plan;
    // Reword a few actions so that similarity, not only identity, decides their pairs.
    for (size_t i = 5; i < new_plan.actions.size(); i += 50) {
        new_plan.actions[i].action += " and report to the board";
        new_plan.actions[i].key += "-reworded";
    }
    std::map<int, int> before = pairs_of(align_plans(old_plan, new_plan));
    Action extra = action("", "Commission an independent review of the fostering panel's quorum rules");
    size_t at = new_plan.actions.size() / 2;
    new_plan.actions.insert(new_plan.actions.begin() + static_cast<long>(at), extra);
    Alignment after = align_plans(old_plan, new_plan);
    REQUIRE(after.added == std::vector<int>{static_cast<int>(at)});
    for (const auto& [o, n] : pairs_of(after)) CHECK(before.at(o) == (n > static_cast<int>(at) ? n - 1 : n));
}

TEST_CASE("pairs survive renumbering and rewording together", "[reconcile]") {
    Plan old_plan, new_plan;
    for (std::string text : {"Audit of supervision records of all children subject of child protection plans",
                             "Team managers to use child protection plans as the basis for supervision",
                             "Develop team managers as reflective supervisors", "Revise assessment formats so that risk analysis is explicit",
                             "Sample audit of assessments by team manager peer review"})
        old_plan.actions.push_back(action("", text));
    renumber_from(old_plan, 0);
    new_plan = old_plan;
    // A new 1.2 is inserted, so old 1.2 becomes 1.3 … and old 1.4 is reworded with progress updated.
    new_plan.actions.insert(new_plan.actions.begin() + 1, action("", "Recruit two additional child protection chairs"));
    renumber_from(new_plan, 0);
    new_plan.actions[4].action = "Revise assessment formats in the case system so that risk analysis is explicit";
    new_plan.actions[4].progress = "New format live since June.";
    Versions vs(old_plan, new_plan);
    Alignment a = align(vs.o, vs.n);
    CHECK(pairs_of(a) == std::map<int, int>{{0, 0}, {1, 2}, {2, 3}, {3, 4}, {4, 5}});
    CHECK(a.added == std::vector<int>{1});
    PlanDiff d = diff_plans(vs.o, vs.n, a);
    const ActionChange* reworded = nullptr;
    for (const ActionChange& c : d.changes)
        if (c.new_index == 4) reworded = &c;
    REQUIRE(reworded);
    CHECK(reworded->field("action"));
    CHECK(reworded->field("progress"));
    REQUIRE(reworded->field("id"));
    CHECK(reworded->field("id")->old_value == "1.4");
    CHECK(reworded->field("id")->new_value == "1.5");
    CHECK(reworded->match->method == MatchMethod::similar);
    CHECK(d.summary.renumbered == 4);
    CHECK(d.summary.added == 1);
}

TEST_CASE("an action moved to another section says from where to where, and the diff can be moved", "[reconcile]") {
    Plan old_plan, new_plan;
    old_plan.actions = {action("1.1", "Audit every child in need plan each quarter")};
    old_plan.actions[0].section = {"1. PRACTICE", "Child in need"};
    new_plan.actions = old_plan.actions;
    new_plan.actions[0].section = {"2. LEADERSHIP", "Quality assurance"};
    PlanDiff moved_out;
    {
        Versions v1(old_plan, new_plan);
        PlanDiff d = diff_plans(v1.o, v1.n, align(v1.o, v1.n));
        moved_out = std::move(d);  // the values it shows are its own, not the temporary's
    }
    REQUIRE(moved_out.changes.size() == 1);
    const FieldChange* f = moved_out.changes[0].field("section");
    REQUIRE(f);
    CHECK(f->old_value == "1. PRACTICE › Child in need");
    CHECK(f->new_value == "2. LEADERSHIP › Quality assurance");
    CHECK(f->direction == "moved");
    CHECK(moved_out.summary.moved == 1);
}

TEST_CASE("unrelated actions are never paired by force", "[reconcile]") {
    Plan old_plan, new_plan;
    old_plan.actions = {action("1", "Audit of strategy meeting timescales"), action("2", "Refresh the early help strategy with partners")};
    new_plan.actions = {action("1", "Audit of strategy meeting timescales"), action("2", "Recruit twenty additional social workers")};
    Versions vs(old_plan, new_plan);
    Alignment a = align(vs.o, vs.n);
    CHECK(pairs_of(a) == std::map<int, int>{{0, 0}});
    CHECK(a.removed == std::vector<int>{1});
    CHECK(a.added == std::vector<int>{1});
}

TEST_CASE("changes in the plan's terms", "[reconcile]") {
    Plan old_plan, new_plan;
    old_plan.as_of = Date{2017, 9, 30};
    new_plan.as_of = Date{2017, 10, 31};
    Action a = action("1a", "Review progress of individual child action plans", "Service Manager", Status::on_track);
    a.due = parse_due("End Sept 2017");
    a.progress = "Plans reviewed for 9 of 14 children.";
    Action b = action("1b", "Agree a revised process for CAMHS input", "Mac Heath", Status::at_risk);
    b.due = parse_due("End March 2018");
    b.progress = "First meeting held.";
    Action c = action("1c", "Audit of engagement in strategy meetings", "HoS", Status::on_track);
    c.due = parse_due("October 2017");
    c.progress = "Audit scheduled.";
    old_plan.actions = {a, b, c};
    a.status = Status::complete;
    a.progress = "All 14 plans reviewed.";
    b.status = Status::off_track;
    b.due = parse_due("End June 2018");
    c.owner = "Service Manager – CAAS";
    new_plan.actions = {a, b, c};
    Versions v2(old_plan, new_plan);
    PlanDiff d = diff_plans(v2.o, v2.n, align(v2.o, v2.n));
    REQUIRE(d.changes.size() == 3);
    CHECK(d.changes[0].field("status")->direction == "improved");
    CHECK(d.changes[0].flags == std::vector<Flag>{Flag::newly_complete});
    CHECK(d.changes[1].field("status")->direction == "worsened");
    CHECK(d.changes[1].field("due")->direction == "slipped");
    CHECK(d.changes[1].field("due")->days == 91);  // 31 March → 30 June
    CHECK(std::find(d.changes[1].flags.begin(), d.changes[1].flags.end(), Flag::stale) != d.changes[1].flags.end());
    CHECK(std::find(d.changes[1].flags.begin(), d.changes[1].flags.end(), Flag::newly_off_track) != d.changes[1].flags.end());
    CHECK(d.changes[2].field("owner"));
    // Due 31 October 2017, not complete, as of 31 October: not yet overdue; a month later it is.
    CHECK(std::find(d.changes[2].flags.begin(), d.changes[2].flags.end(), Flag::newly_overdue) == d.changes[2].flags.end());
    new_plan.as_of = Date{2017, 11, 30};
    Versions v3(old_plan, new_plan);
    PlanDiff later = diff_plans(v3.o, v3.n, align(v3.o, v3.n));
    CHECK(std::find(later.changes[2].flags.begin(), later.changes[2].flags.end(), Flag::newly_overdue) != later.changes[2].flags.end());
    CHECK(d.summary.status_improved == 1);
    CHECK(d.summary.status_worsened == 1);
    CHECK(d.summary.deadline_slipped == 1);
    CHECK(d.summary.owner_changed == 1);
    CHECK(d.summary.progress_updated == 1);
}

TEST_CASE("a deadline is its last day: 'Spring 2018' and 'End May 2018' are the same", "[reconcile]") {
    Plan old_plan, new_plan;
    Action a = action("1", "Audit of timescales in plans");
    a.due = parse_due("Spring 2018");
    old_plan.actions = {a};
    a.due = parse_due("End May 2018");
    new_plan.actions = {a};
    Versions v4(old_plan, new_plan);
    PlanDiff d = diff_plans(v4.o, v4.n, align(v4.o, v4.n));
    CHECK(d.changes[0].field("due") == nullptr);
}

TEST_CASE("word-level diff of a reworded action", "[reconcile]") {
    auto w = word_diff("Develop assessment practice for use in children in care team",
                       "Develop assessment practice for use in the children in care team, with the PSW");
    REQUIRE(w.size() == 4);
    CHECK(w[0].kind == WordSpan::same);
    CHECK(w[0].text == "Develop assessment practice for use in");
    CHECK(w[1].kind == WordSpan::inserted);
    CHECK(w[1].text == "the");
    CHECK(w[2].kind == WordSpan::same);
    CHECK(w[2].text == "children in care team,");  // words compared folded: 'team' and 'team,' are one
    CHECK(w[3].kind == WordSpan::inserted);
    CHECK(w[3].text == "with the PSW");
}

TEST_CASE("diff JSON is written as it goes, and is valid JSON whatever the text holds", "[reconcile]") {
    std::string s;
    append_json_string(s, "a \"quote\", a \\ back\nslash\t\x01 and caf\xC3\xA9 \xFF");
    CHECK(s == "\"a \\\"quote\\\", a \\\\ back\\nslash\\t\\u0001 and caf\xC3\xA9 \xEF\xBF\xBD\"");
    Plan old_plan, new_plan;
    old_plan.actions = {action("1", "Audit of \"core\" groups\nin every team")};
    new_plan.actions = {action("1", "Audit of \"core\" groups\nin every locality team")};
    new_plan.actions[0].status = Status::complete;
    Versions v5(old_plan, new_plan);
    PlanDiff d = diff_plans(v5.o, v5.n, align(v5.o, v5.n));
    nlohmann::json j = nlohmann::json::parse(write_diff_json(d, v5.o, v5.n));
    CHECK(j["summary"]["changed"] == 1);
    CHECK(j["changes"][0]["fields"]["status"]["direction"] == "improved");
    CHECK(j["changes"][0]["new"]["action"] == "Audit of \"core\" groups\nin every locality team");
    CHECK(j["changes"][0]["match"]["method"] == "similar");
    double score = d.changes[0].match->score;  // three decimals, as printf's %.3f
    CHECK(j["changes"][0]["match"]["score"].get<double>() == Approx(std::round(score * 1000) / 1000).margin(1e-12));
    char printed[32];
    std::snprintf(printed, sizeof printed, "\"score\": %.3f,", std::round(score * 1000) / 1000);
    CHECK(write_diff_json(d, v5.o, v5.n).find(printed) != std::string::npos);
}

TEST_CASE("a big diff, compared and rendered on two threads, equals the whole document", "[reconcile][threads]") {
    Plan old_plan, new_plan;
    // Over 20,000 changes, so pairs are compared on two threads; JSON blocks of 2,048, the last short.
    constexpr int kActions = 21000;
    for (int i = 0; i < kActions; ++i) {
        old_plan.actions.push_back(action(std::to_string(i), "Action number " + std::to_string(i) + " \"quoted\"\n"));
        new_plan.actions.push_back(old_plan.actions.back());
        if (i % 3 == 0) new_plan.actions.back().status = Status::off_track;
        if (i % 7 == 0) new_plan.actions.back().progress = "Update \xC3\xA9 " + std::to_string(i);
    }
    Versions vs(old_plan, new_plan);
    Alignment a = align(vs.o, vs.n);
    PlanDiff d = diff_plans(vs.o, vs.n, a);
    std::ostringstream streamed;
    DiffSummary summary = write_diff_json(vs.o, vs.n, a, streamed);  // made a block at a time
    std::string whole = write_diff_json(d, vs.o, vs.n);               // from the diff made whole
    CHECK(streamed.str() == whole);
    CHECK(summary.changed == d.summary.changed);
    CHECK(summary.status_worsened == d.summary.status_worsened);
    nlohmann::json j = nlohmann::json::parse(whole);
    REQUIRE(j["changes"].size() == kActions);
    CHECK(j["changes"][kActions - 1]["old"]["index"] == kActions - 1);
    CHECK(j["summary"]["status_worsened"] == kActions / 3);
    CHECK(j["summary"]["progress_updated"] == kActions / 7);
    CHECK(j["changes"][kActions - 7]["fields"]["progress"]["new"] == "Update \xC3\xA9 " + std::to_string(kActions - 7));
}

TEST_CASE("two versions can be read at once (diff reads them on two threads)", "[reconcile][threads]") {
    // Under ThreadSanitizer in the test command: a Word and a streamed workbook read together.
    ImportOptions streamed;
    streamed.stream_sheets_from = 0;
    auto word = std::async(std::launch::async, [] { return import_file(test::source_path("examples/west-berkshire-2017-10.docx"), {}).plan; });
    Plan excel = import_file(test::source_path("examples/west-berkshire-2017-10.xlsx"), streamed).plan;
    Plan doc = word.get();
    CHECK(doc == import_file(test::source_path("examples/west-berkshire-2017-10.docx"), {}).plan);
    CHECK(excel == import_file(test::source_path("examples/west-berkshire-2017-10.xlsx"), streamed).plan);
    Versions vs(excel, doc);
    PlanDiff d = diff_plans(vs.o, vs.n, align(vs.o, vs.n));
    CHECK_FALSE(d.any_change());  // the same plan kept two ways
}


TEST_CASE("'no update this month' only for open actions whose last progress text is unchanged in a later report", "[reconcile][flags]") {
    auto plan_of = [](std::optional<Date> as_of, std::string progress, Status status) {
        Plan p;
        p.as_of = as_of;
        Action a = action("1", "Audit case files", "Head of Service", status);
        a.progress = std::move(progress);
        p.actions = {a};
        return p;
    };
    auto flagged = [](const Plan& o, const Plan& n) {
        Versions v(o, n);
        PlanDiff d = diff_plans(v.o, v.n, align(v.o, v.n));
        REQUIRE(d.changes.size() == 1);
        const std::vector<Flag>& f = d.changes[0].flags;
        return std::find(f.begin(), f.end(), Flag::stale) != f.end();
    };
    const Date sept{2017, 9, 30}, oct{2017, 10, 31};
    CHECK(flagged(plan_of(sept, "Ten files audited.", Status::on_track), plan_of(oct, "Ten files audited.", Status::on_track)));
    CHECK(flagged(plan_of(sept, "Ten files audited.", Status::unknown), plan_of(oct, "Ten files   audited.", Status::unknown)));
    // Not when the lead wrote something new, or the action is done or not begun.
    CHECK_FALSE(flagged(plan_of(sept, "Ten files audited.", Status::on_track), plan_of(oct, "All files audited.", Status::on_track)));
    CHECK_FALSE(flagged(plan_of(sept, "Ten files audited.", Status::complete), plan_of(oct, "Ten files audited.", Status::complete)));
    CHECK_FALSE(flagged(plan_of(sept, "Ten files audited.", Status::not_started), plan_of(oct, "Ten files audited.", Status::not_started)));
    // Not when the plan has no progress text to update (no progress column): nothing was expected.
    CHECK_FALSE(flagged(plan_of(sept, "", Status::on_track), plan_of(oct, "", Status::on_track)));
    CHECK_FALSE(flagged(plan_of(sept, " ", Status::at_risk), plan_of(oct, " ", Status::at_risk)));
    // Not unless the new version reports on a later date: the same month twice, or dates unknown.
    CHECK_FALSE(flagged(plan_of(oct, "Ten files audited.", Status::on_track), plan_of(oct, "Ten files audited.", Status::on_track)));
    CHECK_FALSE(flagged(plan_of(oct, "Ten files audited.", Status::on_track), plan_of(sept, "Ten files audited.", Status::on_track)));
    CHECK_FALSE(flagged(plan_of(std::nullopt, "Ten files audited.", Status::on_track), plan_of(oct, "Ten files audited.", Status::on_track)));
    CHECK_FALSE(flagged(plan_of(sept, "Ten files audited.", Status::on_track), plan_of(std::nullopt, "Ten files audited.", Status::on_track)));
}
