#include "model/fields.hpp"

#include "support/strings.hpp"

namespace planbridge {

namespace {
constexpr bool table_in_enum_order() {
    for (size_t i = 0; i < kFields.size(); ++i)
        if (field_index(kFields[i].field) != i) return false;
    return field_index(Field::extra) == kFields.size();
}
static_assert(table_in_enum_order(), "kFields lists every Field but extra, in the enum's order");
}  // namespace

const FieldInfo& field_info(Field f) { return kFields[field_index(f)]; }

std::string_view to_string(Field f) { return f == Field::extra ? "extra" : field_info(f).name; }

std::optional<Field> field_from_name(std::string_view name) {
    for (const FieldInfo& f : kFields)
        if (f.name == name) return f.field;
    if (name == "recommendation") return Field::recommendations;  // profiles name the column so
    if (name == "extra") return Field::extra;
    return std::nullopt;
}

std::string extra_value(const Action& a, std::string_view heading) {
    for (const auto& [h, v] : a.extra)
        if (h == heading) return v;
    return "";
}

std::string field_text(const Action& a, Field f) {
    if (const std::string* text = text_of(a, f)) return *text;
    switch (f) {
        case Field::section: return joined(a.section, " › ");
        case Field::recommendations: return joined(a.recommendations, ", ");
        case Field::due: return a.due.text;
        case Field::status: return std::string(to_string(a.status));
        default: return "";
    }
}

}  // namespace planbridge
