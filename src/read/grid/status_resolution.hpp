// Status resolution: an action's status from its row, in order of precedence — the status
// column's words, else its fill (the plan's own RAG key first, then the profile's colour
// classes); with no status column, a fill that varies from row to row in the reference or
// action column; then words where the deadline should be ('Completed'), then the first words
// of the progress ('Complete.'), then what a blank status cell means (the plan's key, else the
// profile). Shared by every format (read/grid/action_rows.cpp).
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "profile/profile.hpp"
#include "read/grid/colour_key.hpp"
#include "read/grid/grid.hpp"
#include "read/grid/header_detection.hpp"
#include "read/report.hpp"
#include "support/strings.hpp"

namespace planbridge {

class StatusResolver {
public:
    StatusResolver(const Profile& profile, bool explain) : profile_(profile), explain_(explain) {}

    // The plan's own RAG key: wins over the profile's colour classes.
    void set_key(ColourKey key) { key_ = std::move(key); }
    const ColourKey& key() const { return key_; }

    // The reference and action columns whose fills differ from row to row among 'sample' and
    // say a status: where a plan with no status column shows it.
    std::set<int> varying_colour_columns(const HeaderMatch& header, const std::vector<const GridRow*>& sample) const;

    // Sets a.status and a.status_from (a.due and a.progress are read already). status_col < 0:
    // the table has no status column, and the colour_varies columns are looked at instead.
    // Returns why, when explaining (inspect).
    std::optional<StatusTrace> resolve(const GridRow& row, int status_col, const std::set<int>& colour_varies, Action& a);

private:
    struct Decision;
    const Profile& profile_;
    bool explain_;
    ColourKey key_;
    // A status column holds a handful of words over and over ('On track', 'G'): each is read once.
    static constexpr size_t kStatusWordsKept = 256;  // more would be free text, not status words
    StringMap<std::optional<Status>> status_words_;

    std::optional<Status> status_column_words(std::string_view text);
    bool from_status_cell(const GridCell* cell, Decision& d);
    bool from_fill(const GridCell& cell, const std::string& where, Decision& d) const;
    void from_words(const Action& a, Decision& d) const;
    void from_blank_cell(Decision& d) const;
};

}  // namespace planbridge
