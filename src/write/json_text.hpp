// Writing JSON text straight into a string, for outputs too big to build as a document first
// (a diff of two 50,000-action plans). Strings are UTF-8; invalid bytes become U+FFFD.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace planbridge {

// Appends text as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view text);

// Pretty-printed JSON exactly as nlohmann's dump(2) writes it, appended to a string as it goes:
// each member and element on a line of its own, two spaces a level, '{}' and '[]' when empty.
class PrettyJson {
public:
    explicit PrettyJson(std::string& out) : out_(out) {}
    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    void key(std::string_view k);  // the next value is its value
    void string(std::string_view s);
    void number(long n);
    void null();
    std::string& text() { return out_; }

private:
    std::string& out_;
    std::vector<bool> empty_;  // each open container: nothing in it yet
    bool after_key_ = false;
    void element();  // the separator and indent before a member or an element
    void open(char c);
    void close(char c);
};

}  // namespace planbridge
