// The Word reader on files written by others: LibreOffice and Open-XML-SDK test files from the
// corpus, and northshire-2019.docx written by python-docx (tests/fixtures/make_docx_fixtures.py).
#include <catch2/catch.hpp>

#include <algorithm>

#include "read/docx/docx_reader.hpp"
#include "read/grid/context_rows.hpp"
#include "support/words.hpp"
#include "read/docx/numbering.hpp"
#include "read/reader.hpp"
#include "test_helpers.hpp"

using namespace planbridge;
using test::action_at;

namespace {

std::vector<std::vector<std::string>> texts(const Grid& g, int table) {
    std::vector<std::vector<std::string>> out;
    for (const GridRow& r : g.rows) {
        if (r.table != table) continue;
        out.emplace_back();
        for (const GridCell& c : r.cells) out.back().push_back(c.text);
    }
    return out;
}

}  // namespace

TEST_CASE("Word cells sit on the table's layout grid: gridSpan spreads, merges point at their origin", "[docx]") {
    // The texts python-docx reports for this LibreOffice file (its cell grid).
    Document d = docx::read_docx(test::corpus("generated__libreoffice-7.4.7/table-merges.docx"), "table-merges.docx");
    REQUIRE(d.grids.size() == 1);
    std::vector<std::vector<std::string>> want = {
        {"A", "A", "A", "B", "B"}, {"C", "D", "E", "E", "F"}, {"", "G", "H", "H", "I\nJ"}, {"K", "K", "K", "K", "K"}};
    CHECK(texts(d.grids[0], 1) == want);
    const GridRow& first = d.grids[0].rows[0];
    CHECK(first.cells[2].span_cols == 3);
    CHECK(first.cells[2].origin_col == 0);
    CHECK(first.cells[4].origin_col == 3);
}

TEST_CASE("cells wrapped in content controls stay in their place", "[docx]") {
    Document d = docx::read_docx(test::corpus("dotnet__Open-XML-SDK/sdtCell.docx"), "sdtCell.docx");
    auto t = texts(d.grids[0], 1);
    REQUIRE(!t.empty());
    REQUIRE(t[0].size() >= 2);
    CHECK(t[0][0] == "This is an sdtCell.");
    CHECK(t[0][1] == "This is another sdtCell.");
}

TEST_CASE("LibreOffice's Word RAG fixture: statuses from cell shading alone", "[docx][status]") {
    ImportResult r = import_file(test::corpus("generated__libreoffice-7.4.7/rag_fixture.docx"), {});
    const Plan& p = r.plan;
    CHECK(action_at(p, 1, 2).status == Status::off_track);
    CHECK(action_at(p, 1, 3).status == Status::at_risk);
    CHECK(action_at(p, 1, 4).status == Status::on_track);
    CHECK(action_at(p, 1, 5).status == Status::complete);
    CHECK(action_at(p, 1, 2).status_from == StatusSource::fill);
    CHECK(action_at(p, 2, 2).status == Status::at_risk);  // the word 'Amber'
    CHECK(action_at(p, 2, 2).section == std::vector<std::string>{"Theme 2: Transport"});
}

TEST_CASE("a Word plan of many tables: headings become sections, merged leads carry down, tracked changes accepted", "[docx]") {
    ImportResult r = import_file(test::fixture("northshire-2019.docx"), {});
    const Plan& p = r.plan;
    REQUIRE(p.actions.size() == 8);
    CHECK(p.organisation == "Northshire County Council");
    CHECK(p.as_of == Date{2019, 3, 31});
    const Action& first = action_at(p, 2, 2);
    CHECK(first.section == std::vector<std::string>{"Workstream A: Leadership, management and governance",
                                                     "A1. Strengthen performance management so leaders know the quality of practice"});
    CHECK(action_at(p, 2, 3).owner == "Head of Service");  // w:vMerge: the lead above covers this row
    CHECK(action_at(p, 3, 2).action == "Review LSCB sub-group terms of reference\nand membership");
    CHECK(action_at(p, 3, 3).status == Status::at_risk);  // theme fill accent6 (orange)
    // List items whose bullets come from their paragraph style ('List Bullet'), one line each.
    const std::string& bullets = action_at(p, 3, 3).action;
    CHECK(bullets.rfind("• Set up the joint commissioning board\n", 0) == 0);
    CHECK(bullets.find("\n  • Agree the terms of reference") != std::string::npos);  // 'List Bullet 2': one level in
    CHECK(action_at(p, 4, 2).section.front() == "Workstream B: Quality of practice");
    CHECK(action_at(p, 4, 2).progress == "Tracker live in April.");  // insertion kept, deletion dropped
    for (const Action& a : p.actions) CHECK(a.origin.sheet.empty());
}

TEST_CASE("the plan's own RAG key: its colours and its blank win over the profile's", "[docx][status]") {
    ImportResult r = import_file(test::fixture("northshire-2019.docx"), {});
    CHECK(r.report.colour_key.size() == 6);  // red, amber, green, blue, purple 'EV', and the unshaded swatch
    const Plan& p = r.plan;
    CHECK(action_at(p, 4, 3).status == Status::not_started);  // blank RAG cell: the key says 'Not yet started'
    CHECK(action_at(p, 4, 4).status == Status::evidenced);    // purple means nothing to the profile
    CHECK(action_at(p, 4, 4).status_from == StatusSource::fill);
    // Without a key, blank stays unknown (the LibreOffice fixture has none).
    ImportResult other = import_file(test::corpus("generated__libreoffice-7.4.7/rag_fixture.docx"), {});
    CHECK(other.report.colour_key.empty());
    CHECK(action_at(other.plan, 2, 3).status == Status::off_track);
}

TEST_CASE("Word's automatic numbering gives the labels Word shows: lists in cells, and references", "[docx]") {
    // pandoc's test document: a bullet list and a numbered list in two cells.
    Document d = docx::read_docx(test::corpus("jgm__pandoc/table_with_list_cell.docx"), "table_with_list_cell.docx");
    auto t = texts(d.grids[0], 1);
    REQUIRE(t.size() == 2);
    CHECK(t[1][0] == "• Cell with\n• A\n• Bullet list");
    CHECK(t[1][1] == "1. Cell with\n2. A\n3. Numbered list.");
    // Ref cells holding only numbered empty paragraphs; the list continues into the next table.
    ImportResult r = import_file(test::fixture("numbered-refs-2019.docx"), {});
    std::vector<std::string> ids;
    for (const Action& a : r.plan.actions) ids.push_back(a.id);
    CHECK(ids == std::vector<std::string>{"1", "2", "3", "4"});
}

TEST_CASE("list numbers in Word's formats", "[docx]") {
    CHECK(docx::format_number(3, "decimal") == "3");
    CHECK(docx::format_number(2, "lowerLetter") == "b");
    CHECK(docx::format_number(28, "lowerLetter") == "bb");
    CHECK(docx::format_number(4, "upperRoman") == "IV");
    CHECK(docx::format_number(9, "lowerRoman") == "ix");
    CHECK(docx::format_number(1, "bullet") == "•");
    CHECK(docx::format_number(7, "decimalZero") == "07");
    CHECK(docx::format_number(12, "ordinal") == "12th");
    CHECK(docx::format_number(22, "ordinal") == "22nd");
}

TEST_CASE("Word numbering: legal numbering and lvlRestart", "[docx]") {
    // Level 0 'I.' (upperRoman), level 1 '%1.%2' shown legal (decimal) and never restarting.
    docx::Numbering n;
    auto& levels = n.abstract_levels[0];
    levels[0] = {1, "upperRoman", "%1.", false, -1};
    levels[1] = {1, "lowerLetter", "%1.%2", true, 0};
    n.abstract_of[5] = 0;
    CHECK(n.next_label(5, 0) == "I.");
    CHECK(n.next_label(5, 1) == "1.1");  // isLgl: '1.1', not 'I.a'
    CHECK(n.next_label(5, 1) == "1.2");
    CHECK(n.next_label(5, 0) == "II.");
    CHECK(n.next_label(5, 1) == "2.3");  // lvlRestart 0: carries on after level 0 is used
    // The default: a deeper level restarts after any shallower one.
    levels[1].restart = -1;
    CHECK(n.next_label(5, 0) == "III.");
    CHECK(n.next_label(5, 1) == "3.1");
}

TEST_CASE("a plan of many tables: outcome tables give each workstream's actions their recommendations and measures",
          "[docx][context]") {
    // eastmere-2017.docx (make_word_plans.py): West Berkshire's layout — a key with a header
    // row, an ownership table, an objectives table, then per workstream an outcome table and one
    // table per commitment, and a glossary after the plan.
    ImportResult r = import_file(test::fixture("eastmere-2017.docx"), {});
    const Plan& p = r.plan;
    CHECK(p.actions.size() == 15);  // nothing from the key, ownership, objectives, outcome or glossary tables
    CHECK(r.report.colour_key.size() == 6);

    const Action& a1 = action_at(p, 5, 3);
    REQUIRE(a1.section.size() == 2);
    CHECK(a1.section[0] == "A: Improving our Leadership, Management, Governance and Partnerships");
    CHECK(a1.section[1].rfind("We will work with our health partners", 0) == 0);
    CHECK(a1.recommendations == std::vector<std::string>{"6"});
    CHECK(a1.measure.rfind("• No child with an identified mental health need", 0) == 0);
    REQUIRE(!a1.extra.empty());
    CHECK(a1.extra[0].first == "Outcome");

    // The next workstream's outcome table replaces the last one's context, all of it.
    const Action& b2 = action_at(p, 8, 4);
    CHECK(b2.section[0] == "B: Improving the Quality of our Practice");
    CHECK(b2.section[1].rfind("We will use ethnicity", 0) == 0);  // the second commitment replaces the first
    CHECK(b2.recommendations == std::vector<std::string>{"2"});
    CHECK(b2.measure.find("ethnicity") != std::string::npos);
    CHECK(b2.status == Status::off_track);  // shading alone, read by the plan's key

    // A label merged down over two rows gives three recommendations; each commitment restates
    // one of them, and its actions answer that one.
    CHECK(action_at(p, 10, 3).recommendations == std::vector<std::string>{"1"});
    CHECK(action_at(p, 11, 3).recommendations == std::vector<std::string>{"3"});
    CHECK(action_at(p, 12, 3).recommendations == std::vector<std::string>{"4"});
    REQUIRE(p.recommendations.size() == 5);
    CHECK(p.recommendations[0].text.rfind("Ensure that strategy meetings take place", 0) == 0);

    // The glossary after the plan is reported, not read as actions.
    bool warned = false;
    for (const Warning& w : p.warnings) warned = warned || (w.place.table == 13 && w.message.find("not read as actions") != std::string::npos);
    CHECK(warned);
    CHECK(std::find(p.extra_columns.begin(), p.extra_columns.end(), "Outcome") != p.extra_columns.end());
}

TEST_CASE("which recommendation a commitment restates: shared content words", "[context]") {
    std::string rec1 = "Ensure that strategy meetings take place within a timescale that is in accordance with procedures.";
    std::string rec3 = "Ensure that plans for children include actions that are prioritised according to urgency.";
    std::string commitment = "Strategy meetings will take place within a timescale that is in accordance with procedures.";
    CHECK(shared_word_share(commitment, rec1) > 0.9);
    CHECK(shared_word_share(commitment, rec3) < 0.2);
    CHECK(shared_word_share("Our plans for children will prioritise actions", rec3) > 0.6);  // 'plans'/'plan', 'prioritise'
    CHECK(shared_word_share("", rec1) == 0);
    // A commitment naming neither keeps every recommendation of the workstream.
    ActionContext c;
    std::vector<Recommendation> plan_recs;
    c.add({ContextRole::recommendations, "Related Ofsted Recommendations", "1) " + rec1 + "\n3) " + rec3, false}, plan_recs);
    Action a, b;
    c.apply(a, "We will recruit more foster carers.");
    CHECK(a.recommendations == std::vector<std::string>{"1", "3"});
    c.apply(b, commitment);
    CHECK(b.recommendations == std::vector<std::string>{"1"});
    CHECK(plan_recs.size() == 2);
}

TEST_CASE("the same plan kept in Word and in Excel gives the same actions", "[docx][context]") {
    // examples/make_examples.py writes West Berkshire's October plan both ways: the workbook
    // (banner rows, commitment and recommendation merged down, a Key sheet) and the Word
    // document (key table, outcome tables, one table per commitment).
    Plan word = import_file(test::source_path("examples/west-berkshire-2017-10.docx"), {}).plan;
    Plan excel = import_file(test::source_path("examples/west-berkshire-2017-10.xlsx"), {}).plan;
    REQUIRE(word.actions.size() == excel.actions.size());
    for (size_t i = 0; i < word.actions.size(); ++i) {
        INFO("action " << i);
        const Action& w = word.actions[i];
        const Action& x = excel.actions[i];
        CHECK(w.action == x.action);
        CHECK(w.owner == x.owner);
        CHECK(w.due == x.due);
        CHECK(w.status == x.status);
        CHECK(w.progress == x.progress);
        CHECK(w.recommendations == x.recommendations);
        CHECK(w.section.front() == x.section.front());  // the workstream; Word adds the commitment under it
    }
    CHECK(word.title == excel.title);
    CHECK(word.as_of == excel.as_of);
}
