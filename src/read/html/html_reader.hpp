// Reads an HTML page saved by Word, Excel ('Web Page', 'Filtered HTML') or LibreOffice into a
// Document with one grid, as the Word reader does: tables in order with their rowspan/colspan,
// cell colour from bgcolor, an inline background style or the page's CSS classes (Excel), and
// short paragraphs and <h1>…<h6> between tables. libxml2's HTML parser, the page's own charset.
#pragma once
#include <string>

#include "read/document.hpp"

namespace planbridge::html {

Document read_html(const std::string& path, const std::string& display_name);

}  // namespace planbridge::html
