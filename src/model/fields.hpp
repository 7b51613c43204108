// The one table of an action's fields: each field's enum value, its stable name (JSON, CSV,
// templates, the board workbook's records), the heading a person reads, what kind of value it
// holds, and where a text field lives in an Action. Everything that lists an action's fields
// (profile headings, layout columns, readers, writers, reconcile, merge) iterates this table, so
// a new field is added here, in Action, and in the tests that describe it (docs/model.md).
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "model/plan.hpp"

namespace planbridge {

// extra is not a field of the model: a column kept under its own heading (Action::extra).
enum class Field { id, section, recommendations, action, owner, due, status, progress, measure, resources, extra };

enum class FieldKind {
    text,      // one string in the Action (text_member)
    path,      // the section: headings, outermost first
    list,      // recommendation numbers
    due,       // DueDate: the text as written and the dates read from it
    status,    // Status and where it was found
};

struct FieldInfo {
    Field field;
    std::string_view name;     // stable: never changes once files carry it
    std::string_view heading;  // as a person reads it
    FieldKind kind;
    std::string Action::*text_member;  // kind text: the Action's member; else null
    bool from_column;  // a column of the plan gives it (the section comes from banner rows)
    bool compared;     // reconcile keeps and compares it (reconcile/version.hpp)
};

// In the order the JSON and CSV writers write them.
inline constexpr std::array<FieldInfo, 10> kFields{{
    {Field::id, "id", "Reference", FieldKind::text, &Action::id, true, true},
    {Field::section, "section", "Section", FieldKind::path, nullptr, false, true},
    {Field::recommendations, "recommendations", "Recommendations", FieldKind::list, nullptr, true, false},
    {Field::action, "action", "Action", FieldKind::text, &Action::action, true, true},
    {Field::owner, "owner", "Lead", FieldKind::text, &Action::owner, true, true},
    {Field::due, "due", "Due", FieldKind::due, nullptr, true, true},
    {Field::status, "status", "Status", FieldKind::status, nullptr, true, true},
    {Field::progress, "progress", "Progress", FieldKind::text, &Action::progress, true, true},
    {Field::measure, "measure", "Measure of success", FieldKind::text, &Action::measure, true, false},
    {Field::resources, "resources", "Resources", FieldKind::text, &Action::resources, true, false},
}};
inline constexpr size_t kFieldCount = kFields.size() + 1;  // with extra: for arrays indexed by Field

constexpr size_t field_index(Field f) { return static_cast<size_t>(f); }
const FieldInfo& field_info(Field f);  // not for extra
std::string_view to_string(Field f);   // the stable name; 'extra' for extra
// A stable name, or the profile's older spelling 'recommendation'; nullopt when unknown.
std::optional<Field> field_from_name(std::string_view name);

// The one accessor: a text field's string in the action (null for a field of another kind).
inline std::string* text_of(Action& a, Field f) {
    auto m = f == Field::extra ? nullptr : field_info(f).text_member;
    return m ? &(a.*m) : nullptr;
}
inline const std::string* text_of(const Action& a, Field f) {
    auto m = f == Field::extra ? nullptr : field_info(f).text_member;
    return m ? &(a.*m) : nullptr;
}
// The field as one line of text, as a table cell shows it: the section's headings joined by
// ' › ', recommendation numbers by ', ', the due date as written, the status's stable name.
std::string field_text(const Action& a, Field f);
// The value of a kept column, by its heading ('' when the action has none).
std::string extra_value(const Action& a, std::string_view heading);

// Fields of one kind, in table order: for (const FieldInfo& f : kFields) if (f.kind == …).
template <class Fn>
void each_text_field(Fn&& fn) {
    for (const FieldInfo& f : kFields)
        if (f.kind == FieldKind::text) fn(f);
}

}  // namespace planbridge
