// Colours as HTML pages write them: '#FF0000', '#F00', 'red', a 'background:' or
// 'background-color:' declaration, and class rules in a <style> sheet ('.xl65 {background:#FFC000;}'
// is how Excel's 'Web Page' colours its cells).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "support/colour.hpp"

namespace planbridge::html {

std::optional<Rgb> css_colour(std::string_view value);
// The background colour a style attribute or rule body sets, if any.
std::optional<Rgb> background_of(std::string_view declarations);
// Class name → background colour, from the text of <style> elements.
std::unordered_map<std::string, Rgb> class_backgrounds(std::string_view stylesheet);

}  // namespace planbridge::html
