// How the board workbook looks (templates/layouts/board.xml, docs/templates.md): each status's
// word, fill, text colour and meaning; the Actions sheet's columns; the sheets' names. A council
// passes its own with --layout; it is validated against templates/schema/layout.xsd.
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/fields.hpp"
#include "model/status.hpp"
#include "support/colour.hpp"

namespace planbridge {

struct StatusStyle {
    Status status = Status::unknown;
    std::string word;     // what the status cell says (colour is never the only signal)
    Rgb fill;
    Rgb text;             // chosen for contrast when the layout gives none
    std::string meaning;  // for the Key sheet
    bool when_used = false;  // listed only in a plan that has it (a five-point scale's extra ambers)
};

// A column shows one field of the model's table (model/fields.hpp), named by its stable name,
// or 'extra': every column the source plan had that the model has no field for.
struct LayoutColumn {
    Field field = Field::extra;
    std::string title;  // '' for extra: each extra column keeps the source's heading
    double width = 15;  // characters
};

struct SheetNames {
    std::string summary = "Summary", actions = "Actions", changes = "Changes", recommendations = "Recommendations", key = "Key",
                cover = "Cover", returns = "Returns";
};

struct Layout {
    std::string name, description;
    std::vector<StatusStyle> statuses;  // in the order the Key and the Summary list them; every status
    std::vector<LayoutColumn> columns;
    SheetNames sheets;

    const StatusStyle& style_of(Status s) const;
    // The layout for a plan whose actions have these statuses: those shown 'when-used' left out
    // unless used.
    Layout showing(const std::set<Status>& used) const;
};

// Throws PlanError(template_invalid) naming the file and line.
Layout load_layout_text(std::string_view xml, const std::string& name);
Layout load_layout_file(const std::string& path);
// templates/layouts/board.xml, compiled in.
const Layout& default_layout();

// Black or white, whichever contrasts more with the fill (WCAG 2 relative luminance).
Rgb readable_text_on(Rgb fill);

}  // namespace planbridge
