#include "read/grid/status_resolution.hpp"

#include "read/grid/status_rules.hpp"

namespace planbridge {

namespace {

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

std::string first_words(const std::string& s) {
    std::string t = collapse_space(first_line(s));
    return t.size() > 30 ? t.substr(0, 30) + "…" : t;
}

std::string fill_detail(const GridCell& c, const ColourVerdict& v) {
    return std::string(c.fill_source == FillSource::conditional ? "conditional fill " : "fill ") + c.fill->hex() + " (" + v.name + ")";
}

const GridCell* cell_at(const GridRow& row, int col) {
    if (col < 0 || static_cast<size_t>(col) >= row.cells.size()) return nullptr;
    return &row.cells[static_cast<size_t>(col)];
}

}  // namespace

// The status chosen so far, and why (worded only when explaining: inspect).
struct StatusResolver::Decision {
    Action& action;
    StatusTrace trace;
    bool explain;
    bool blank_status_cell = false;

    bool decided() const { return action.status_from != StatusSource::none; }
    template <class Detail>
    void set(Status s, StatusSource source, Detail&& detail) {
        action.status = s;
        action.status_from = source;
        if (explain) trace = {trace.table, trace.row, "", s, source, detail()};
    }
};

std::set<int> StatusResolver::varying_colour_columns(const HeaderMatch& h, const std::vector<const GridRow*>& rows) const {
    std::set<int> out;
    for (Field f : {Field::id, Field::action}) {
        int col = h.column_of(f);
        if (col < 0) continue;
        std::set<std::string> kinds;
        bool any_status = false;
        for (const GridRow* r : rows) {
            const GridCell* c = cell_at(*r, col);
            if (!c || is_blank(c->text)) continue;
            if (!c->fill) {
                kinds.insert("none");
            } else {
                ColourVerdict v = classify_colour(*c->fill, profile_);
                kinds.insert(v.name);
                any_status = any_status || v.status.has_value();
            }
            if (kinds.size() >= 2 && any_status) break;  // the answer cannot change
        }
        if (kinds.size() >= 2 && any_status) out.insert(col);
    }
    return out;
}

std::optional<StatusTrace> StatusResolver::resolve(const GridRow& row, int status_col, const std::set<int>& colour_varies, Action& a) {
    Decision d{a, {row.table, row.number, "", Status::unknown, StatusSource::none, ""}, explain_};
    if (status_col >= 0) {
        from_status_cell(cell_at(row, status_col), d);
    } else {
        for (int col : colour_varies) {
            const GridCell* c = cell_at(row, col);
            if (c && c->fill && from_fill(*c, " in column " + column_letters(col), d)) break;
        }
    }
    if (!d.decided()) from_words(a, d);
    if (!d.decided() && d.blank_status_cell) from_blank_cell(d);
    if (!explain_) return std::nullopt;
    d.trace.id = a.id;
    return std::move(d.trace);
}

bool StatusResolver::from_status_cell(const GridCell* c, Decision& d) {
    std::string_view text = c ? trim(c->text) : std::string_view();
    d.blank_status_cell = text.empty() && (!c || !c->fill || classify_colour(*c->fill, profile_).name == "white");
    if (auto s = text.empty() ? std::nullopt : status_column_words(text)) {
        d.set(*s, StatusSource::text, [&] { return "text \"" + collapse_space(text) + "\""; });
        return true;
    }
    return c && c->fill && from_fill(*c, "", d);
}

std::optional<Status> StatusResolver::status_column_words(std::string_view text) {
    if (auto it = status_words_.find(text); it != status_words_.end()) return it->second;
    std::optional<Status> s = status_from_words(text, profile_, WordContext::status_column);
    if (status_words_.size() < kStatusWordsKept) status_words_.emplace(text, s);
    return s;
}

// The plan's own key first, then the profile's colour classes. True when the fill said something.
bool StatusResolver::from_fill(const GridCell& c, const std::string& where, Decision& d) const {
    if (auto s = key_.status_of(*c.fill, profile_)) {
        d.set(*s, StatusSource::fill, [&] { return "fill " + c.fill->hex() + " (the plan's key)" + where; });
        return true;
    }
    ColourVerdict v = classify_colour(*c.fill, profile_);
    if (!v.status) return false;
    d.set(*v.status, StatusSource::fill, [&] { return fill_detail(c, v) + where; });
    return true;
}

void StatusResolver::from_words(const Action& a, Decision& d) const {
    if (a.due.kind != DueKind::ongoing) {
        if (auto s = status_from_words(a.due.text, profile_, WordContext::deadline))
            return d.set(*s, StatusSource::deadline, [&] { return "deadline \"" + collapse_space(a.due.text) + "\""; });
    }
    if (auto s = status_from_words(first_line(a.progress), profile_, WordContext::progress))
        d.set(*s, StatusSource::progress, [&] { return "progress starts \"" + first_words(a.progress) + "\""; });
}

void StatusResolver::from_blank_cell(Decision& d) const {
    if (key_.blank)
        return d.set(*key_.blank, StatusSource::fill, [&] { return "blank status cell (the plan's key: blank means " + std::string(to_string(*key_.blank)) + ")"; });
    if (profile_.blank_status != Status::unknown)
        d.set(profile_.blank_status, StatusSource::fill,
              [&] { return "blank status cell (profile: blank means " + std::string(to_string(profile_.blank_status)) + ")"; });
}

}  // namespace planbridge
