// Export layouts (issue 5): the built-in board layout, a council's own, and what is refused.
#include <catch2/catch.hpp>

#include "read/grid/status_rules.hpp"
#include "profile/profile.hpp"
#include "support/error.hpp"
#include "write/layout.hpp"

using namespace planbridge;

TEST_CASE("the built-in layout gives every status a word, a fill and readable text", "[layout]") {
    const Layout& l = default_layout();
    CHECK(l.name == "board");
    for (Status s : {Status::off_track, Status::at_risk, Status::on_track, Status::not_started, Status::complete, Status::evidenced,
                     Status::unknown}) {
        INFO(to_string(s));
        const StatusStyle& st = l.style_of(s);
        CHECK(st.status == s);
        CHECK(!st.word.empty());
        CHECK(!st.meaning.empty());
    }
    CHECK(l.style_of(Status::off_track).fill == Rgb{0xC0, 0x00, 0x00});
    CHECK(l.style_of(Status::off_track).text == Rgb{255, 255, 255});  // white on red
    CHECK(l.style_of(Status::at_risk).text == Rgb{0, 0, 0});          // black on amber
    CHECK(l.style_of(Status::evidenced).text == Rgb{255, 255, 255});  // white on navy
    CHECK(l.columns.front().field == Field::id);
    CHECK(l.columns.back().field == Field::extra);
    CHECK(l.sheets.actions == "Actions");
}

TEST_CASE("each status word of the built-in layout reads back as its status", "[layout]") {
    // A lead edits the exported workbook and sends it back: the words must import as they went out.
    for (const StatusStyle& st : default_layout().statuses) {
        INFO(st.word);
        auto back = status_from_words(st.word, default_profile(), WordContext::status_column);
        if (st.status == Status::unknown) CHECK(!back.has_value());
        else CHECK(back == st.status);
    }
}

TEST_CASE("readable text: white on dark fills, black on light ones", "[layout]") {
    CHECK(readable_text_on(Rgb{0, 0, 0}) == Rgb{255, 255, 255});
    CHECK(readable_text_on(Rgb{255, 255, 255}) == Rgb{0, 0, 0});
    CHECK(readable_text_on(Rgb{0x00, 0x70, 0xC0}) == Rgb{255, 255, 255});  // blue: white reads better
    CHECK(readable_text_on(Rgb{0x92, 0xD0, 0x50}) == Rgb{0, 0, 0});        // light green
}

TEST_CASE("a council's layout: its own words and colours; statuses it leaves out as built in", "[layout]") {
    Layout l = load_layout_text(R"(<layout name="brag">
  <statuses>
    <status name="complete" word="Blue" fill="#1F4E79" meaning="Done."/>
    <status name="on_track" word="Green" fill="#92D050" text="#000000" meaning="On track."/>
  </statuses>
  <columns><column field="action" title="What we will do" width="60"/><column field="status" title="BRAG"/></columns>
</layout>)",
                                "brag.xml");
    CHECK(l.style_of(Status::complete).word == "Blue");
    CHECK(l.style_of(Status::complete).text == Rgb{255, 255, 255});
    CHECK(l.statuses.front().status == Status::complete);  // the council's order first
    CHECK(l.style_of(Status::off_track).word == default_layout().style_of(Status::off_track).word);
    REQUIRE(l.columns.size() == 2);
    CHECK(l.columns[0].width == 60);
    CHECK(l.columns[1].width == 15);  // the schema's default
    CHECK(l.sheets.key == "Key");
}

TEST_CASE("an invalid layout is a template error naming the file and line", "[layout]") {
    auto kind_of = [](const std::string& xml) {
        try {
            load_layout_text(xml, "mine.xml");
        } catch (const PlanError& e) {
            CHECK(e.file() == "mine.xml");
            return e.kind();
        }
        return ErrorKind::internal;
    };
    CHECK(kind_of("<layout name='x'><statuses/><columns/></layout>") == ErrorKind::template_invalid);  // empty lists
    CHECK(kind_of(R"(<layout name="x"><statuses><status name="complete" word="Done" fill="blue" meaning="m"/></statuses>
<columns><column field="action"/></columns></layout>)") == ErrorKind::template_invalid);  // not a #RRGGBB colour
    CHECK(kind_of(R"(<layout name="x"><statuses><status name="complete" word="A" fill="#000000" meaning="m"/>
<status name="on_track" word="A" fill="#000000" meaning="m"/></statuses><columns><column field="action"/></columns></layout>)") ==
          ErrorKind::template_invalid);  // two statuses, one word: it could not be read back
    CHECK(kind_of(R"(<layout name="x"><statuses><status name="complete" word="A" fill="#000000" meaning="m"/></statuses>
<columns><column field="action"/></columns><sheets key="Key?"/></layout>)") == ErrorKind::template_invalid);  // not a sheet name
    CHECK(kind_of("<!DOCTYPE layout [<!ENTITY a 'b'>]><layout name='x'/>") == ErrorKind::template_invalid);
}
