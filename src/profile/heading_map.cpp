#include "profile/heading_map.hpp"

#include "support/error.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

constexpr int kMapPriority = 100;  // above every built-in priority (exact 30 + at most 3)

std::string field_names() {
    std::string out;
    for (const FieldInfo& f : kFields)
        if (f.from_column) out += std::string(f.name) + ", ";
    return out + "and extra (kept as it is)";
}

}  // namespace

std::vector<std::pair<std::string, Field>> parse_heading_map(std::string_view text) {
    std::vector<std::pair<std::string, Field>> out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(',', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view pair = trim(text.substr(start, end - start));
        start = end + 1;
        if (pair.empty()) continue;
        size_t eq = pair.rfind('=');
        if (eq == std::string_view::npos)
            throw PlanError(ErrorKind::usage, "", "--map", "'" + std::string(pair) + "' is not HEADING=FIELD (e.g. --map 'Who?=owner')");
        std::string heading(trim(pair.substr(0, eq)));
        std::string field_name(trim(pair.substr(eq + 1)));
        if (heading.empty() || fold_for_match(heading).empty())
            throw PlanError(ErrorKind::usage, "", "--map", "'" + std::string(pair) + "' names no heading");
        std::optional<Field> field = field_name == "extra" ? std::optional<Field>(Field::extra) : field_from_name(field_name);
        if (!field || (*field != Field::extra && !kFields[field_index(*field)].from_column))
            throw PlanError(ErrorKind::usage, "", "--map", "'" + field_name + "' is not a field; the fields are " + field_names());
        out.emplace_back(heading, *field);
    }
    if (out.empty()) throw PlanError(ErrorKind::usage, "", "--map", "no HEADING=FIELD pairs given");
    return out;
}

void add_heading_map(Profile& profile, const std::vector<std::pair<std::string, Field>>& map) {
    std::vector<HeadingRule> rules;
    for (const auto& [heading, field] : map) rules.push_back({fold_for_match(heading), field, MatchMode::exact, kMapPriority});
    profile.headings.insert(profile.headings.begin(), rules.begin(), rules.end());
    profile.names.push_back("--map");
    profile.build_indexes();
}

}  // namespace planbridge
