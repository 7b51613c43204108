// Theme colours (a:clrScheme) of an OOXML document, shared by xlsx and docx.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "support/colour.hpp"
#include "support/zip_archive.hpp"

namespace planbridge::ooxml {

struct Theme {
    // In a:clrScheme order: dk1 lt1 dk2 lt2 accent1..6 hlink folHlink.
    std::array<Rgb, 12> scheme;
    // SpreadsheetML 'theme="i"' swaps the first two pairs: 0 → lt1, 1 → dk1, 2 → lt2, 3 → dk2.
    Rgb spreadsheet_index(int i) const;
    // WordprocessingML names: 'accent1', 'background1' (→ lt1), 'text1' (→ dk1), 'dark2' …
    std::optional<Rgb> by_name(std::string_view name) const;
};

// Office 2013-2022 default theme, used when a document has no theme part.
Theme default_theme();
Theme read_theme(ZipArchive& zip, const std::string& part);

}  // namespace planbridge::ooxml
