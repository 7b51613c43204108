// Writing JSON text straight into a string, for outputs too big to build as a document first
// (a diff of two 50,000-action plans). Strings are UTF-8; invalid bytes become U+FFFD.
#pragma once
#include <string>
#include <string_view>

namespace planbridge {

// Appends text as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view text);

}  // namespace planbridge
