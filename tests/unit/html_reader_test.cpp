// The HTML reader on pages written by others: LibreOffice's export in the corpus, and an
// Excel 'Web Page'-shaped file named .xls (tests/fixtures/make_html_fixtures.py).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "read/html/word_lists.hpp"
#include "read/reader.hpp"
#include "test_helpers.hpp"

using namespace planbridge;
using test::action_at;

TEST_CASE("LibreOffice HTML: bgcolor statuses, rowspan carried down, <br> kept, headings as sections", "[html][status]") {
    ImportResult r = import_file(test::corpus("generated__libreoffice-7.4.7/rag_fixture.html"), {});
    const Plan& p = r.plan;
    CHECK(r.plan.source_format == "html");
    CHECK(action_at(p, 1, 2).status == Status::off_track);
    CHECK(action_at(p, 1, 3).status == Status::at_risk);
    CHECK(action_at(p, 1, 4).status == Status::on_track);
    CHECK(action_at(p, 1, 5).status == Status::complete);
    CHECK(action_at(p, 1, 3).action == "LED street lighting\nphase 2");
    CHECK(action_at(p, 1, 5).owner == "P. Patel");  // rowspan=2 from the row above
    CHECK(action_at(p, 1, 5).action == "Heat pump pilot (café & library)");
    CHECK(action_at(p, 2, 2).section == std::vector<std::string>{"Theme 2: Transport"});
    CHECK(action_at(p, 2, 3).status == Status::off_track);
}

TEST_CASE("Excel 'Web Page' HTML named .xls: CSS class colours, declared windows-1252, overflow is not a merge", "[html][status]") {
    ImportResult r = import_file(test::fixture("excel-web-page-2018.xls"), {});
    const Plan& p = r.plan;
    REQUIRE(p.actions.size() == 3);
    CHECK(p.warnings.front().message.find("HTML page named .xls") != std::string::npos);
    CHECK(p.as_of == Date{2018, 11, 30});
    CHECK(p.organisation == "Eastborough Council");
    CHECK(action_at(p, 1, 3).action == "Café-style drop-in for care leavers\n(two sites)");
    CHECK(action_at(p, 1, 3).progress == "Open at both sites; £500 grant agreed.");
    CHECK(action_at(p, 1, 3).status == Status::on_track);  // .xl68 {background:#00B050}
    CHECK(action_at(p, 1, 4).status == Status::at_risk);
    CHECK(action_at(p, 1, 5).status == Status::off_track);
    CHECK(action_at(p, 1, 4).owner == "Head of Children’s Services");  // rowspan
    CHECK(action_at(p, 1, 3).due.end == Date{2019, 2, 28});
    CHECK(p.extra_columns.empty());  // the title's colspan with mso-ignore made no columns of its own
}

TEST_CASE("tracked changes in HTML: <del> dropped, <ins> kept (as Word's 'Web Page' marks them)", "[html]") {
    std::string path = (std::filesystem::temp_directory_path() / "planbridge-del-test.htm").string();
    {
        std::ofstream f(path);
        f << "<html><body><table><tr><td>Action</td><td>Lead</td><td>Progress</td></tr>"
             "<tr><td>Audit plans</td><td>HoS</td><td>Due in <del cite='mailto:lead'>May</del><ins>June</ins>.</td></tr>"
             "</table></body></html>";
    }
    ImportResult r = import_file(path, {});
    std::filesystem::remove(path);
    REQUIRE(r.plan.actions.size() == 1);
    CHECK(r.plan.actions[0].progress == "Due in June.");
}

TEST_CASE("Word's HTML: list labels from mso-list:Ignore spans, conditionals dropped, shading as status", "[html][status]") {
    // word-web-page-2019.htm: Word's 'Web Page' shape (make_html_fixtures.py).
    ImportResult r = import_file(test::fixture("word-web-page-2019.htm"), {});
    const Plan& p = r.plan;
    REQUIRE(p.actions.size() == 5);
    const Action& a = action_at(p, 2, 3);
    CHECK(a.action == "Refresh the improvement board\u2019s terms of reference:\n\u2022 membership and chair\n"
                      "  \u2022 independent chair appointed\n\u2022 reporting cycle");
    CHECK(a.progress == "Board met in May");  // <del>April</del><ins>May</ins>
    CHECK(a.owner == "Chief Executive");       // rowspan from the row above
    CHECK(action_at(p, 3, 2).action == "Practice standards relaunched:\n1. Supervision standard\n2. Case recording standard");
    CHECK(action_at(p, 3, 4).status == Status::not_started);  // blank: the key's unshaded row
    for (const Action& x : p.actions) CHECK(x.action.find("<![") == std::string::npos);

    // Filtered HTML: the label spans without their marks.
    ImportResult f = import_file(test::fixture("word-filtered-2019.htm"), {});
    CHECK(action_at(f.plan, 3, 2).action == action_at(p, 3, 2).action);
}

TEST_CASE("Word list markers: glyphs, numbers and levels", "[html]") {
    using namespace planbridge::html;
    CHECK(list_label("\u00b7\u00a0\u00a0\u00a0 ") == std::optional<std::string>("\u2022"));
    CHECK(list_label("o\u00a0\u00a0") == std::optional<std::string>("\u2022"));
    CHECK(list_label("1.2.") == std::optional<std::string>("1.2."));
    CHECK(list_label("(iv)") == std::optional<std::string>("(iv)"));
    CHECK_FALSE(list_label("Action"));
    CHECK_FALSE(list_label(""));
    CHECK(word_list_level("margin-left:36.0pt;mso-list:l0 level2 lfo1") == 1);
    CHECK(word_list_level("margin-left:36.0pt") == -1);
    auto m = leading_marker("\u00b7\u00a0\u00a0 Reporting cycle");
    REQUIRE(m);
    CHECK(m->label == "\u2022");
    CHECK(std::string("\u00b7\u00a0\u00a0 Reporting cycle").substr(m->length) == "Reporting cycle");
    CHECK_FALSE(leading_marker("of the board"));  // a word, not a label
    CHECK_FALSE(leading_marker("o"));
    std::string t = "<![if !supportLists]>\u00b7 <![endif]>Text";
    strip_downlevel_conditionals(t);
    CHECK(t == "\u00b7 Text");
}
