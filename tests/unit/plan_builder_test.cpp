// The shared grid → plan step on small constructed grids: one behaviour per test.
#include <catch2/catch.hpp>

#include "read/grid/plan_builder.hpp"
#include "support/strings.hpp"
#include "support/error.hpp"

using namespace planbridge;

namespace {

GridRow row(int number, std::vector<std::string> texts) {
    GridRow r;
    r.number = number;
    for (auto& t : texts) {
        GridCell c;
        c.text = std::move(t);
        r.cells.push_back(std::move(c));
    }
    return r;
}

Document doc_of(std::vector<GridRow> rows, std::string sheet = "Plan") {
    Document d;
    d.file = "test.xlsx";
    d.format = "xlsx";
    Grid g;
    g.name = std::move(sheet);
    g.index = 1;
    g.rows = std::move(rows);
    d.grids.push_back(std::move(g));
    return d;
}

// Makes rows[first..last] in column col one vertical merge carrying the first row's text.
void merge_down(Document& d, int first, int last, int col) {
    auto& rows = d.grids[0].rows;
    GridCell origin = rows[static_cast<size_t>(first)].cells[static_cast<size_t>(col)];
    origin.origin_row = first;
    origin.origin_col = col;
    for (int r = first; r <= last; ++r) rows[static_cast<size_t>(r)].cells[static_cast<size_t>(col)] = origin;
}

ImportResult build_result(Document d, std::optional<Date> as_of = std::nullopt) {
    PlanBuild built = build_plan(std::move(d), ReadOptions{default_profile(), as_of});
    REQUIRE(std::holds_alternative<ImportResult>(built));
    return std::get<ImportResult>(std::move(built));
}
Plan build(Document d) { return build_result(std::move(d)).plan; }

const std::vector<std::string> kHead = {"Ref", "Action", "Lead Officer", "By when", "RAG", "Progress", "Notes"};

}  // namespace

TEST_CASE("continuation rows carry the printed id; merged cells belong to each action", "[builder]") {
    Document d = doc_of({row(1, kHead),
                         row(2, {"1a", "Audit records", "Head of Service", "May 2012", "G", "", ""}),
                         row(3, {"", "Train managers", "", "June 2012", "A", "", ""}),
                         row(4, {"2", "Review protocol", "Service Manager", "July 2012", "R", "", ""})});
    merge_down(d, 1, 2, 2);  // the lead merged over 1a and its continuation
    Plan p = build(std::move(d));
    REQUIRE(p.actions.size() == 3);
    CHECK(p.actions[1].id == "1a");
    CHECK(p.actions[1].owner == "Head of Service");
    CHECK(p.actions[2].id == "2");
    CHECK(p.actions[2].status == Status::off_track);
}

TEST_CASE("banner rows become nested sections; repeated headers are skipped", "[builder]") {
    Document d = doc_of({row(1, {"Council Improvement Plan"}),
                         row(2, kHead),
                         row(3, {"1. PRACTICE"}),
                         row(4, {"First Response"}),
                         row(5, {"1.1", "Revise protocol", "AA", "Jan 2019", "", "", ""}),
                         row(6, kHead),
                         row(7, {"Safeguarding"}),
                         row(8, {"1.2", "Review teams", "EA", "Mar 2019", "", "", ""}),
                         row(9, {"2. PERFORMANCE"}),
                         row(10, {"2.1", "Dashboards", "RN", "Q3 2018/19", "", "", ""})});
    ImportResult r = build_result(std::move(d));
    const Plan& p = r.plan;
    REQUIRE(p.actions.size() == 3);
    CHECK(p.actions[0].section == std::vector<std::string>{"1. PRACTICE", "First Response"});
    CHECK(p.actions[1].section == std::vector<std::string>{"1. PRACTICE", "Safeguarding"});
    CHECK(p.actions[2].section == std::vector<std::string>{"2. PERFORMANCE"});
    CHECK(p.title == "Council Improvement Plan");
    REQUIRE(r.report.tables.size() == 1);
    CHECK(r.report.tables[0].repeated_header_rows == std::vector<int>{6});
    CHECK(r.report.tables[0].banners.size() == 4);
}

TEST_CASE("columns the model has no field for are kept with their heading", "[builder]") {
    Document d = doc_of({row(1, {"Ref", "Action", "Owner", "Theme", "Theme"}),
                         row(2, {"1", "Do it", "Me", "Early help", "Ofsted recommendation 4"})});
    Plan p = build(std::move(d));
    REQUIRE(p.actions.size() == 1);
    const Action& a = p.actions[0];
    REQUIRE(a.extra.size() == 2);
    CHECK(a.extra[0] == std::pair<std::string, std::string>{"Theme", "Early help"});
    CHECK(a.extra[1].first == "Theme (2)");
    CHECK(a.recommendations == std::vector<std::string>{"4"});  // 'Ofsted recommendation 4' in any column
    CHECK(p.extra_columns == std::vector<std::string>{"Theme", "Theme (2)"});
}

TEST_CASE("a row with no action text and no reference joins the action above, with a warning", "[builder]") {
    Document d = doc_of({row(1, kHead),
                         row(2, {"3", "Share details", "Service", "End Sept", "", "Meeting held", ""}),
                         row(3, {"", "", "Manager - CIC", "2017", "", "", ""})});
    Plan p = build(std::move(d));
    REQUIRE(p.actions.size() == 1);
    CHECK(p.actions[0].owner == "Service\nManager - CIC");
    REQUIRE(p.warnings.size() == 1);
    CHECK(p.warnings[0].place.row == 3);
    CHECK(p.warnings[0].place.sheet == "Plan");
}

TEST_CASE("recommendation columns: numbered text, or the reference's number", "[builder]") {
    Document d = doc_of({row(1, {"", "Outcome (Ofsted's recommendation)", "Action required", "By when", "Lead Officer(s)"}),
                         row(2, {"1a", "Ensure managers exercise oversight", "Audit", "May 2012", "HoS"}),
                         row(3, {"2", "6) Undertake focused work with health partners", "Share details", "June 2012", "HoS"})});
    Plan p = build(std::move(d));
    REQUIRE(p.actions.size() == 2);
    CHECK(p.actions[0].recommendations == std::vector<std::string>{"1"});
    CHECK(p.actions[1].recommendations == std::vector<std::string>{"6"});
    REQUIRE(p.recommendations.size() == 2);
    CHECK(p.recommendations[1].text == "Undertake focused work with health partners");
}

TEST_CASE("status: text beats fill; deadline and progress words follow; else unknown", "[builder][status]") {
    Document d = doc_of({row(1, kHead),
                         row(2, {"1", "A", "x", "May 2019", "Amber", "", ""}),
                         row(3, {"2", "B", "x", "Completed", "", "", ""}),
                         row(4, {"3", "C", "x", "May 2019", "", "Not started", ""}),
                         row(5, {"4", "D", "x", "May 2019", "", "", ""}),
                         row(6, {"5", "E", "x", "May 2019", "", "", ""})});
    d.grids[0].rows[1].cells[4].fill = Rgb{0, 0xB0, 0x50};  // green under the word 'Amber'
    d.grids[0].rows[5].cells[4].fill = Rgb{0xFF, 0xC7, 0xCE};
    Plan p = build(std::move(d));
    CHECK(p.actions[0].status == Status::at_risk);
    CHECK(p.actions[0].status_from == StatusSource::text);
    CHECK(p.actions[1].status == Status::complete);
    CHECK(p.actions[1].status_from == StatusSource::deadline);
    CHECK(p.actions[2].status == Status::not_started);
    CHECK(p.actions[2].status_from == StatusSource::progress);
    CHECK(p.actions[3].status == Status::unknown);
    CHECK(p.actions[3].status_from == StatusSource::none);
    CHECK(p.actions[4].status == Status::off_track);
    CHECK(p.actions[4].status_from == StatusSource::fill);
}

TEST_CASE("as_of from a progress heading dates the plan and bare months", "[builder][due]") {
    Document d = doc_of({row(1, {"No", "Actions", "Deadline", "Responsible", "Progress to date (Sept 2017)"}),
                         row(2, {"4.1", "Hold workshop", "Oct", "JC", ""})});
    Plan p = build(std::move(d));
    REQUIRE(p.as_of == Date{2017, 9, 30});
    CHECK(p.actions[0].due.end == Date{2017, 10, 31});
    Document d2 = doc_of({row(1, {"No", "Actions", "Deadline", "Responsible", "Progress to date (Sept 2017)"}),
                          row(2, {"4.1", "Hold workshop", "Oct", "JC", ""})});
    CHECK(build_result(std::move(d2), Date{2018, 11, 1}).plan.as_of == Date{2018, 11, 1});  // --as-of wins
}

TEST_CASE("keys are stable across imports and unique within a plan", "[builder]") {
    auto make = [] {
        return doc_of({row(1, kHead), row(2, {"1", "Same text", "x", "", "", "", ""}), row(3, {"1", "Same text", "x", "", "", "", ""})});
    };
    Plan a = build(make()), b = build(make());
    REQUIRE(a.actions.size() == 2);
    CHECK(a.actions[0].key == b.actions[0].key);
    CHECK(a.actions[0].key != a.actions[1].key);
}

TEST_CASE("no plan table, and no cells at all, are distinct errors", "[builder]") {
    try {
        build(doc_of({row(1, {"Name", "Address"}), row(2, {"Ann", "1 High St"})}));
        FAIL("no error");
    } catch (const PlanError& e) {
        CHECK(e.kind() == ErrorKind::no_plan);
        CHECK(e.place() == "sheet 'Plan'");
    }
    try {
        build(doc_of({row(1, {"", ""})}));
        FAIL("no error");
    } catch (const PlanError& e) {
        CHECK(e.kind() == ErrorKind::empty);
    }
}

#include "read/grid/plan_metadata.hpp"

TEST_CASE("organisations named in plan titles", "[builder][metadata]") {
    CHECK(find_organisation("West Berkshire Council – Improvement Plan") == "West Berkshire Council");
    CHECK(find_organisation("BUCKINGHAMSHIRE COUNTY COUNCIL CHILDREN'S SERVICES") == "Buckinghamshire County Council");
    CHECK(find_organisation("Royal Borough of Windsor and Maidenhead\nSafeguarding Action Plan") ==
          "Royal Borough of Windsor and Maidenhead");
    CHECK(find_organisation("The London Borough of Tower Hamlets plan") == "London Borough of Tower Hamlets");
    CHECK(find_organisation("Report to the Council") == "");
    CHECK(find_organisation("Improvement Plan 2018") == "");
}

TEST_CASE("a blank recommendation cell belongs to the group above, until a banner", "[builder]") {
    Document d = doc_of({row(1, {"Related Ofsted recommendation", "Action", "By When?", "By Whom?"}),
                         row(2, {"6) Work with health partners", "Share details", "End Aug 2017", "HoS"}),
                         row(3, {"", "Review plans", "End Sept 2017", "SM"}),
                         row(4, {"B: Improving practice"}),
                         row(5, {"", "Train staff", "Dec 2017", "All"}),
                         row(6, {"2) Record ethnicity", "Audit records", "Mar 2018", "All"})});
    Plan p = build(std::move(d));
    REQUIRE(p.actions.size() == 4);
    CHECK(p.actions[0].recommendations == std::vector<std::string>{"6"});
    CHECK(p.actions[1].recommendations == std::vector<std::string>{"6"});
    CHECK(p.actions[2].recommendations.empty());  // a banner starts a new group
    CHECK(p.actions[3].recommendations == std::vector<std::string>{"2"});
}

TEST_CASE("several table blocks with different headers on one sheet", "[builder]") {
    Document d = doc_of({row(1, {"Ref", "Action", "Lead", "Deadline"}),
                         row(2, {"1", "Audit files", "AB", "May 2019"}),
                         row(3, {""}),
                         row(4, {"Actions", "Responsible", "Target date", "RAG", "Progress"}),
                         row(5, {"Train staff", "CD", "June 2019", "G", "Booked"})});
    ImportResult r = build_result(std::move(d));
    REQUIRE(r.plan.actions.size() == 2);
    CHECK(r.plan.actions[0].owner == "AB");
    CHECK(r.plan.actions[0].origin.table == 1);
    CHECK(r.plan.actions[1].owner == "CD");
    CHECK(r.plan.actions[1].status == Status::on_track);
    CHECK(r.plan.actions[1].origin.table == 2);
    CHECK(r.report.tables.size() == 2);
}

TEST_CASE("a data row whose cells start like headings is not a header", "[builder][header]") {
    Document d = doc_of({row(1, {"Ref", "Action", "Lead", "Deadline", "Progress", "Notes", "Theme"}),
                         row(2, {"1", "Action plan to be agreed by the board", "Lead officer for QA", "Deadline moved",
                                 "Update: agreed in principle", "Awaiting sign-off from the chief executive", "Early help"})});
    ImportResult r = build_result(std::move(d));
    REQUIRE(r.plan.actions.size() == 1);
    CHECK(r.plan.actions[0].action == "Action plan to be agreed by the board");
    CHECK(r.report.tables.size() == 1);
}

TEST_CASE("month columns in a tracker's header do not stop it being a header", "[builder][header]") {
    Document d = doc_of({row(1, {"Ref", "Action", "Owner", "Jun-17", "Jul-17", "Aug-17"}),
                         row(2, {"1", "Audit files", "AB", "G", "A", "R"})});
    d.grids[0].rows[0].cells[3].date = Date{2017, 6, 1};  // Excel stores 'Jun-17' typed in a cell as a date
    Plan p = build(std::move(d));
    REQUIRE(p.actions.size() == 1);
    CHECK(p.actions[0].extra.size() == 3);
}

TEST_CASE("with no status column, a reference column's varying colour is the status", "[builder][status]") {
    auto make = [](std::optional<Rgb> a, std::optional<Rgb> b, std::optional<Rgb> c) {
        Document d = doc_of({row(1, {"Ref", "Action", "Lead", "Deadline"}),
                             row(2, {"1", "Audit", "AB", "May 2019"}),
                             row(3, {"2", "Train", "CD", "June 2019"}),
                             row(4, {"3", "Review", "EF", "July 2019"})});
        d.grids[0].rows[1].cells[0].fill = a;
        d.grids[0].rows[2].cells[0].fill = b;
        d.grids[0].rows[3].cells[0].fill = c;
        return build(std::move(d));
    };
    Plan varied = make(Rgb{255, 0, 0}, Rgb{0, 176, 80}, std::nullopt);
    CHECK(varied.actions[0].status == Status::off_track);
    CHECK(varied.actions[0].status_from == StatusSource::fill);
    CHECK(varied.actions[1].status == Status::on_track);
    CHECK(varied.actions[2].status == Status::unknown);
    // The same pale blue on every reference is the table's design, not 'complete'.
    Plan shaded = make(Rgb{0xBD, 0xD7, 0xEE}, Rgb{0xBD, 0xD7, 0xEE}, Rgb{0xBD, 0xD7, 0xEE});
    for (const Action& a : shaded.actions) CHECK(a.status == Status::unknown);
}

TEST_CASE("a two-row header repeated further down is skipped whole", "[builder][header]") {
    auto header_rows = [](int top, int sub) {
        GridRow a = row(top, {"Ref", "Action", "RAG", ""});
        GridRow b = row(sub, {"", "", "Sept", "Oct"});
        return std::make_pair(a, b);
    };
    auto [h1, s1] = header_rows(1, 2);
    auto [h2, s2] = header_rows(4, 5);
    Document d = doc_of({h1, s1, row(3, {"1", "Audit", "G", "A"}), h2, s2, row(6, {"2", "Train", "R", "G"})});
    auto& rows = d.grids[0].rows;
    for (int top : {0, 3}) {  // RAG merged across C:D on both header rows
        GridCell rag = rows[static_cast<size_t>(top)].cells[2];
        rag.origin_row = top;
        rag.origin_col = 2;
        rag.span_cols = 2;
        rows[static_cast<size_t>(top)].cells[2] = rag;
        rows[static_cast<size_t>(top)].cells[3] = rag;
    }
    ImportResult r = build_result(std::move(d));
    REQUIRE(r.plan.actions.size() == 2);
    CHECK(r.plan.actions[0].status == Status::at_risk);  // October, the latest column
    CHECK(r.plan.actions[1].status == Status::on_track);
    CHECK(r.report.tables.size() == 1);
    CHECK(r.report.tables[0].repeated_header_rows == std::vector<int>{4, 5});
    CHECK(r.plan.warnings.empty());
}

TEST_CASE("a RAG key on a sheet of its own reads the plan sheet's colours and blanks", "[builder][status]") {
    auto fill = [](GridRow r, size_t col, Rgb c) {
        r.cells[col].fill = c;
        r.cells[col].fill_source = FillSource::direct;
        return r;
    };
    Document d = doc_of({row(1, {"Ref", "Action", "Lead", "By when", "RAG"}),
                         fill(row(2, {"1", "Audit plans", "HoS", "May 2019", ""}), 4, Rgb{0x70, 0x30, 0xA0}),
                         row(3, {"2", "Train staff", "PSW", "June 2019", ""})});
    Grid key;
    key.name = "Key";
    key.index = 2;
    key.rows = {row(1, {"Key to RAG Rating", ""}), row(2, {"", "Not yet started"}),
                fill(row(3, {"", "Completed, with evidence of impact"}), 0, Rgb{0x70, 0x30, 0xA0}),
                fill(row(4, {"", "Off track"}), 0, Rgb{0xFF, 0, 0})};
    d.grids.push_back(std::move(key));
    ImportResult r = build_result(std::move(d));
    REQUIRE(r.plan.actions.size() == 2);
    CHECK(r.plan.actions[0].status == Status::evidenced);   // purple: only the key says what it means
    CHECK(r.plan.actions[1].status == Status::not_started); // blank: the key's unshaded row
    CHECK(r.report.colour_key.size() == 3);
    // Without the key sheet: purple says nothing, blank is unknown.
    Document alone = doc_of({row(1, {"Ref", "Action", "Lead", "By when", "RAG"}),
                             fill(row(2, {"1", "Audit plans", "HoS", "May 2019", ""}), 4, Rgb{0x70, 0x30, 0xA0})});
    CHECK(build(std::move(alone)).actions[0].status == Status::unknown);
}

// A sheet built while it was read (Document::built) judged its dates against the as_of it could
// see; when the whole document says otherwise build_plan answers 'stale', a value, not a throw.
TEST_CASE("a streamed sheet whose as_of the document contradicts is reported stale", "[builder][stream]") {
    auto streamed_sheet = [](std::optional<Date> as_of) {
        GridParts p;
        p.name = "Big";
        p.index = 2;
        p.has_cells = p.has_blocks = true;
        p.as_of = as_of;
        p.source.headings = {"Ref", "Action", "Progress (Sept 2017)"};
        Action a;
        a.id = "1.1";
        a.action = "Audit case files";
        p.actions.push_back(a);
        p.action_text_hashes.push_back(folded_hash(a.action));
        return p;
    };
    Document d;
    d.file = "plan.xlsx";
    d.built.push_back(streamed_sheet(Date{2017, 1, 31}));
    PlanBuild built = build_plan(std::move(d), ReadOptions{default_profile(), std::nullopt});
    REQUIRE(std::holds_alternative<StaleStreamedSheet>(built));
    CHECK(std::get<StaleStreamedSheet>(built).sheet == "Big");

    Document fresh;
    fresh.file = "plan.xlsx";
    fresh.built.push_back(streamed_sheet(Date{2017, 9, 30}));  // what the heading says
    ImportResult r = build_result(std::move(fresh));
    REQUIRE(r.plan.actions.size() == 1);
    CHECK(r.plan.actions[0].id == "1.1");
    CHECK(r.plan.as_of == Date{2017, 9, 30});
}
