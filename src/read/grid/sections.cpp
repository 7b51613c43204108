#include "read/grid/sections.hpp"

#include <cctype>

#include "read/grid/references.hpp"
#include "support/strings.hpp"

namespace planbridge {

int banner_level(const std::string& text) {
    std::string_view t = trim(text);
    size_t letters = 0, upper = 0;
    for (char c : t) {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            ++letters;
            if (std::isupper(static_cast<unsigned char>(c))) ++upper;
        }
    }
    if (letters >= 3 && upper == letters) return 1;
    if (t.size() >= 2 && std::isdigit(static_cast<unsigned char>(t[0])) && (t[1] == '.' || t[1] == ')' || t[1] == ' ')) return 1;
    if (t.size() >= 2 && std::isupper(static_cast<unsigned char>(t[0])) && (t[1] == ':' || t[1] == ')' || t[1] == '.')) return 1;
    for (const char* w : {"workstream", "theme", "priority", "outcome", "section", "part"})
        if (starts_with_ci(t, w)) return 1;
    return 2;
}

bool is_banner_row(const HeaderMatch& header, const GridRow& row, const RowCells& rc) {
    int col = rc.own.front();
    const GridCell& cell = row.cells[static_cast<size_t>(col)];
    if (cell.span_cols >= 2) return true;
    Field f = Field::extra;
    for (const ColumnMapping& m : header.columns)
        if (m.col == col) f = m.field;
    bool label_column = f == Field::id || f == Field::extra || f == Field::recommendations;
    return label_column && rc.carried.empty() && !looks_like_bare_id(cell.text);
}

int SectionStack::push_banner(const std::string& text) {
    int level = banner_level(text);
    while (!open_.empty() && open_.back().level >= level) open_.pop_back();
    open_.push_back({level, collapse_space(text), false});
    update_path();
    return level;
}

void SectionStack::push_label(const std::string& text) {
    while (!open_.empty() && open_.back().from_label) open_.pop_back();
    int level = open_.empty() ? 1 : open_.back().level + 1;
    open_.push_back({level, collapse_space(text), true});
    update_path();
}

std::string SectionStack::innermost_label() const {
    return !open_.empty() && open_.back().from_label ? open_.back().text : std::string();
}

void SectionStack::update_path() {
    path_.clear();
    for (const Section& s : open_) path_.push_back(s.text);
}

}  // namespace planbridge
