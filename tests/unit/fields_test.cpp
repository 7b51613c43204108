// The one table of an action's fields (model/fields.hpp) and the status scale (model/status.hpp):
// the names files carry, the accessor, and that the writers and records take every field from it.
#include <catch2/catch.hpp>

#include <set>

#include "model/board_record.hpp"
#include "model/fields.hpp"
#include "model/plan_record.hpp"
#include "write/csv_writer.hpp"
#include "write/json_writer.hpp"

using namespace planbridge;

namespace {
Action action_with_every_text_field() {
    Action a;
    a.key = "k1";
    for (const FieldInfo& f : kFields)
        if (f.kind == FieldKind::text) *text_of(a, f.field) = "the " + std::string(f.name);
    a.section = {"A: Front door", "We will"};
    a.recommendations = {"3", "7"};
    a.due.text = "End Aug 2017";
    a.status = Status::at_risk;
    return a;
}
}  // namespace

TEST_CASE("the field table: stable names, each once, each read back by name", "[fields]") {
    // The names JSON, CSV, templates and board records carry: changing one breaks users' files.
    std::vector<std::string> names;
    for (const FieldInfo& f : kFields) names.emplace_back(f.name);
    CHECK(names == std::vector<std::string>{"id", "section", "recommendations", "action", "owner", "due", "status", "progress",
                                            "measure", "resources"});
    for (const FieldInfo& f : kFields) {
        CHECK(field_from_name(f.name) == f.field);
        CHECK(to_string(f.field) == f.name);
        CHECK(!f.heading.empty());
        CHECK((f.kind == FieldKind::text) == (f.text_member != nullptr));
    }
    CHECK(field_from_name("recommendation") == Field::recommendations);  // a profile's older name
    CHECK(field_from_name("extra") == Field::extra);
    CHECK_FALSE(field_from_name("lead"));
    CHECK(text_of(Action{}, Field::extra) == nullptr);
}

TEST_CASE("text_of reaches each text field's own member, field_text shows every field", "[fields]") {
    Action a = action_with_every_text_field();
    std::set<const std::string*> members;
    for (const FieldInfo& f : kFields)
        if (f.kind == FieldKind::text) {
            members.insert(text_of(a, f.field));
            CHECK(field_text(a, f.field) == "the " + std::string(f.name));
        }
    CHECK(members.size() == 6);  // id, action, owner, progress, measure, resources: no two share a member
    CHECK(a.id == "the id");
    CHECK(a.resources == "the resources");
    CHECK(field_text(a, Field::section) == "A: Front door › We will");
    CHECK(field_text(a, Field::recommendations) == "3, 7");
    CHECK(field_text(a, Field::due) == "End Aug 2017");
    CHECK(field_text(a, Field::status) == "at_risk");
}

TEST_CASE("the JSON and CSV writers and the board records write every field of the table", "[fields]") {
    Plan p;
    p.actions.push_back(action_with_every_text_field());
    nlohmann::ordered_json j = plan_to_json(p).at("actions").at(0);
    std::string csv = write_csv({p});
    std::string head = csv.substr(3, csv.find("\r\n") - 3);
    for (const FieldInfo& f : kFields) {
        INFO(f.name);
        CHECK(j.contains(std::string(f.name)));
        CHECK(("," + head + ",").find("," + std::string(f.name) + ",") != std::string::npos);
        if (f.kind == FieldKind::text) CHECK(j.at(std::string(f.name)) == *text_of(p.actions[0], f.field));
    }
    // A record that the sheet shows nothing of keeps every text field itself.
    RecordTables tables;
    Action back = action_from_compact_record(compact_action_record(p.actions[0], {}, tables), tables, Action{}, {});
    each_text_field([&](const FieldInfo& f) { CHECK(*text_of(back, f.field) == *text_of(p.actions[0], f.field)); });
    // One the sheet shows whole leaves them to the row as read.
    ShownColumns shown;
    for (const FieldInfo& f : kFields) shown.fields.emplace_back(f.name);
    Action read = p.actions[0];
    back = action_from_compact_record(compact_action_record(p.actions[0], shown.shown_keys(), tables), tables, read, {});
    CHECK(back == p.actions[0]);
}

TEST_CASE("board records are cut into pieces a cell holds, never inside a UTF-8 sequence", "[fields]") {
    std::string text(kRecordPiece - 1, 'a');
    text += "\xE2\x80\xBA tail";  // '›' across the piece boundary
    std::vector<std::string_view> pieces = record_pieces(text);
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[0].size() == kRecordPiece - 1);
    CHECK(std::string(pieces[0]) + std::string(pieces[1]) == text);
    CHECK(record_pieces("").empty());
}

TEST_CASE("the status scale: worst to best, done, overdue", "[fields][status]") {
    const Status order[] = {Status::off_track, Status::at_high_risk, Status::at_risk, Status::not_started,
                            Status::at_low_risk, Status::on_track, Status::complete, Status::evidenced};
    for (size_t i = 0; i < std::size(order); ++i) {
        CHECK(status_rank(order[i]) == static_cast<int>(i));
        for (size_t k = 0; k < std::size(order); ++k) CHECK(worse_than(order[i], order[k]) == (i < k));
        CHECK_FALSE(worse_than(order[i], Status::unknown));
        CHECK_FALSE(worse_than(Status::unknown, order[i]));
    }
    CHECK(is_done(Status::complete));
    CHECK(is_done(Status::evidenced));
    CHECK_FALSE(is_done(Status::on_track));
    Date due{2017, 8, 31}, before{2017, 8, 30}, after{2017, 9, 1};
    CHECK(is_overdue(due, Status::on_track, after));
    CHECK_FALSE(is_overdue(due, Status::on_track, due));  // the deadline's own day is not late
    CHECK_FALSE(is_overdue(due, Status::on_track, before));
    CHECK_FALSE(is_overdue(due, Status::complete, after));
    CHECK_FALSE(is_overdue(std::nullopt, Status::on_track, after));
    CHECK_FALSE(is_overdue(due, Status::on_track, std::nullopt));
}
