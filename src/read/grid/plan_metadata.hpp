// A plan's title, organisation and as-of date, from the rows above its table, its headings
// ('Progress to date (Sept 2017)') and the document's properties.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/due_date.hpp"
#include "read/grid/grid.hpp"
#include "read/grid/grid_parts.hpp"

namespace planbridge {

struct Document;  // read/document.hpp

struct PlanMetadata {
    std::string title;
    std::string organisation;
    std::optional<Date> as_of;
    std::string as_of_from;  // 'command line', 'heading "Progress to date (Sept 2017)"', …
};

// The row's own texts joined by ' ' (merge copies once).
std::string row_text(const GridRow& row);
// Finds 'West Berkshire Council', 'Royal Borough of Windsor and Maidenhead' in text.
std::string find_organisation(const std::string& text);
PlanMetadata find_metadata(const std::vector<MetadataSource>& sources, const Document& doc,
                           std::optional<Date> as_of_option, const DateConventions& dates);

}  // namespace planbridge
