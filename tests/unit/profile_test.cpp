#include <catch2/catch.hpp>

#include "read/grid/header_detection.hpp"
#include "read/grid/status_rules.hpp"
#include "support/error.hpp"

using namespace planbridge;

TEST_CASE("the default profile loads and validates", "[profile]") {
    const Profile& p = default_profile();
    CHECK(p.names == std::vector<std::string>{"default"});
    CHECK(p.headings.size() > 50);
    CHECK(p.status_words.size() > 30);
    CHECK(p.colours.size() == 6);
    CHECK(p.blank_status == Status::unknown);
}

TEST_CASE("heading synonyms map to fields", "[profile][header]") {
    const Profile& p = default_profile();
    auto field = [&](const char* h) { return score_heading(h, p).field; };
    CHECK(field("By When?") == Field::due);
    CHECK(field("By when") == Field::due);
    CHECK(field("Timeframe") == Field::due);
    CHECK(field("Deadline") == Field::due);
    CHECK(field("Target date") == Field::due);
    CHECK(field("By Whom?") == Field::owner);
    CHECK(field("Lead Officer(s)") == Field::owner);
    CHECK(field("Responsible") == Field::owner);
    CHECK(field("Status Update") == Field::progress);
    CHECK(field("Progress to date (Sept 2017)") == Field::progress);
    CHECK(field("RAG") == Field::status);
    CHECK(field("Outcome (Ofsted's recommendation)") == Field::recommendations);
    CHECK(field("Number Including Ofsted Recommendation") == Field::id);
    CHECK(field("Outcome target/ evidence measure") == Field::measure);
    CHECK(field("What does Good Look like? (as detailed in the Ofsted Handbook)") == Field::measure);
    CHECK(field("Progress RAG") == Field::status);
    CHECK(field("Overall RAG rating") == Field::status);
    CHECK(field("Responsibility") == Field::owner);
    CHECK(field("Accountable Officer") == Field::owner);
    CHECK(field("Action ID") == Field::id);
    CHECK(field("Current position") == Field::progress);
    CHECK(field("Evidence of progress") == Field::progress);
    CHECK(field("Progress update (Oct 2018)") == Field::progress);
    CHECK(field("Target completion date") == Field::due);
    CHECK(score_heading("Responsible", p).score > score_heading("Lead", p).score);
    CHECK(score_heading("Summary", p).score == 0);
}

TEST_CASE("a council profile adds words without rebuilding", "[profile]") {
    const char* xml = R"(<?xml version="1.0"?>
<profile name="shire">
  <headings><field name="owner"><heading priority="5">accountable manager</heading></field></headings>
  <status-words><status name="off_track"><word>critical</word></status></status-words>
  <colours grey-status="not_started"/>
  <blank status="not_started"/>
</profile>)";
    Profile p = load_profile_text(xml, "shire.xml", default_profile());
    CHECK(p.names == std::vector<std::string>{"default", "shire"});
    CHECK(score_heading("Accountable Manager", p).field == Field::owner);
    CHECK(status_from_words("Critical", p, WordContext::status_column) == Status::off_track);
    CHECK(classify_colour(*parse_hex_colour("D9D9D9"), p).status == Status::not_started);
    CHECK(p.blank_status == Status::not_started);
    CHECK(p.colours.size() == default_profile().colours.size());  // classes kept when none given
}

TEST_CASE("an invalid profile is a one-line error with file and line", "[profile]") {
    const char* xml = "<?xml version=\"1.0\"?>\n<profile name=\"x\">\n  <blank status=\"purple\"/>\n</profile>\n";
    try {
        load_profile_text(xml, "bad.xml", default_profile());
        FAIL("accepted an invalid profile");
    } catch (const PlanError& e) {
        CHECK(e.kind() == ErrorKind::template_invalid);
        CHECK(e.file() == "bad.xml");
        CHECK(e.place() == "line 3");
        CHECK(std::string(e.what()).find('\n') == std::string::npos);
    }
    CHECK_THROWS_AS(load_profile_text("<profile", "broken.xml", default_profile()), PlanError);
    CHECK_THROWS_AS(load_profile_text("<!DOCTYPE p [<!ENTITY a 'b'>]><profile name='&a;'/>", "dtd.xml", default_profile()), PlanError);
}
