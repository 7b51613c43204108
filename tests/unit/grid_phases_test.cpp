// The phases grid_build runs, each on its own: sections and banner rows, continuation rows, and
// status precedence. (The whole path, grid to plan, is plan_builder_test's.)
#include <catch2/catch.hpp>

#include "read/grid/continuation.hpp"
#include "read/grid/sections.hpp"
#include "read/grid/status_resolution.hpp"

using namespace planbridge;

TEST_CASE("banner levels: workstreams, numbered and capitalised headings are top level", "[grid][sections]") {
    CHECK(banner_level("1. PRACTICE") == 1);
    CHECK(banner_level("A: Improving leadership") == 1);
    CHECK(banner_level("Theme 2: Partnerships") == 1);
    CHECK(banner_level("SAFEGUARDING") == 1);
    CHECK(banner_level("Workstream three") == 1);
    CHECK(banner_level("Early help") == 2);
    CHECK(banner_level("Supervision and case audit") == 2);
}

TEST_CASE("a section stack nests sub-headings and commitments under their heading", "[grid][sections]") {
    SectionStack s;
    CHECK(s.path().empty());
    CHECK(s.push_banner("1. PRACTICE") == 1);
    CHECK(s.push_banner("Supervision") == 2);
    CHECK(s.path() == std::vector<std::string>{"1. PRACTICE", "Supervision"});
    CHECK(s.innermost_label().empty());
    s.push_label("We will   audit cases");  // spaces collapsed
    CHECK(s.path() == std::vector<std::string>{"1. PRACTICE", "Supervision", "We will audit cases"});
    CHECK(s.innermost_label() == "We will audit cases");
    s.push_label("We will train staff");  // replaces the commitment before it
    CHECK(s.path() == std::vector<std::string>{"1. PRACTICE", "Supervision", "We will train staff"});
    CHECK(s.push_banner("Audit") == 2);  // a sub-heading closes the commitment and the sub-heading
    CHECK(s.path() == std::vector<std::string>{"1. PRACTICE", "Audit"});
    s.push_banner("2. LEADERSHIP");
    CHECK(s.path() == std::vector<std::string>{"2. LEADERSHIP"});
}

TEST_CASE("a continuation row adds its texts but not its identity", "[grid][continuation]") {
    Action above;
    above.id = "1.1";
    above.action = "Audit case files";
    above.owner = "Head of Service";
    above.progress = "Begun.";
    above.due.text = "End Sept";
    above.extra = {{"Notes", "first"}};
    Action row;
    row.action = "";
    row.owner = "Team managers";
    row.progress = "Half done.";
    row.due.text = "2017";
    row.extra = {{"Notes", "second"}, {"RAG note", "new"}};
    merge_continuation(above, row);
    CHECK(above.id == "1.1");
    CHECK(above.action == "Audit case files");
    CHECK(above.owner == "Head of Service\nTeam managers");
    CHECK(above.progress == "Begun.\nHalf done.");
    CHECK(above.due.text == "End Sept 2017");
    REQUIRE(above.extra.size() == 2);
    CHECK(above.extra[0].second == "first\nsecond");
    CHECK(above.extra[1] == std::pair<std::string, std::string>{"RAG note", "new"});
}

TEST_CASE("a blank reference takes the one above only in the same section of a table with references", "[grid][continuation]") {
    Action prev;
    prev.id = "2.3";
    prev.section = {"Theme 2"};
    prev.recommendations = {"4"};
    Action a;
    a.action = "Follow-up";
    a.section = {"Theme 2"};
    inherit_reference(a, prev, false);
    CHECK(a.id.empty());
    inherit_reference(a, prev, true);
    CHECK(a.id == "2.3");
    CHECK(a.recommendations == std::vector<std::string>{"4"});
    Action other;
    other.action = "Elsewhere";
    other.section = {"Theme 3"};
    inherit_reference(other, prev, true);
    CHECK(other.id.empty());
}

namespace {

GridRow status_row(std::vector<std::string> texts, std::optional<Rgb> status_fill = std::nullopt) {
    GridRow r;
    r.number = 7;
    for (std::string& t : texts) {
        GridCell c;
        c.text = std::move(t);
        r.cells.push_back(std::move(c));
    }
    if (status_fill) r.cells[2].fill = status_fill;
    return r;
}

}  // namespace

TEST_CASE("status precedence: status words, then fill, then deadline words, then progress", "[grid][status]") {
    StatusResolver resolver(default_profile(), true);
    std::set<int> none;
    Action a;
    a.id = "1.1";
    auto trace = resolver.resolve(status_row({"1.1", "Audit", "Amber"}, Rgb{0xFF, 0x00, 0x00}), 2, none, a);
    CHECK(a.status == Status::at_risk);  // the word wins over a red fill
    CHECK(a.status_from == StatusSource::text);
    REQUIRE(trace);
    CHECK(trace->row == 7);
    CHECK(trace->id == "1.1");
    CHECK(trace->detail == "text \"Amber\"");

    Action b;
    resolver.resolve(status_row({"1.2", "Train", ""}, Rgb{0xFF, 0x00, 0x00}), 2, none, b);
    CHECK(b.status == Status::off_track);
    CHECK(b.status_from == StatusSource::fill);

    Action c;
    c.due.text = "Completed";
    c.progress = "In progress: half the teams trained.";
    resolver.resolve(status_row({"1.3", "Audit", ""}), 2, none, c);
    CHECK(c.status == Status::complete);
    CHECK(c.status_from == StatusSource::deadline);

    Action d;
    d.progress = "Complete. All teams trained.";
    resolver.resolve(status_row({"1.4", "Audit"}), -1, none, d);  // no status column at all
    CHECK(d.status == Status::complete);
    CHECK(d.status_from == StatusSource::progress);

    Action e;
    resolver.resolve(status_row({"1.5", "Audit", ""}), 2, none, e);
    CHECK(e.status == Status::unknown);
    CHECK(e.status_from == StatusSource::none);
}

TEST_CASE("the plan's own key decides colours, and what a blank status cell means", "[grid][status]") {
    StatusResolver resolver(default_profile(), false);
    ColourKey key;
    key.colours = {{Rgb{0x00, 0x70, 0xC0}, Status::complete}};  // blue means complete in this plan
    key.blank = Status::not_started;
    resolver.set_key(key);
    Action a;
    CHECK_FALSE(resolver.resolve(status_row({"1", "x", ""}, Rgb{0x00, 0x70, 0xC0}), 2, {}, a).has_value());  // not explaining
    CHECK(a.status == Status::complete);
    Action blank;
    resolver.resolve(status_row({"2", "y", ""}), 2, {}, blank);
    CHECK(blank.status == Status::not_started);
    CHECK(blank.status_from == StatusSource::fill);
}
