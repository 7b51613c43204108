// An immutable string that many records hold at once — the file and sheet an action came
// from — stored once and shared (16 bytes a holder, no copy each), compared by content.
#pragma once
#include <memory>
#include <string>
#include <string_view>

namespace planbridge {

class SharedText {
public:
    SharedText() = default;
    SharedText(std::string text) : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}  // NOLINT: implicit on purpose
    SharedText(const char* text) : SharedText(std::string(text)) {}  // NOLINT

    const std::string& str() const { return text_ ? *text_ : empty_string(); }
    operator const std::string&() const { return str(); }  // NOLINT: reads as the string it holds
    operator std::string_view() const { return str(); }     // NOLINT
    bool empty() const { return !text_; }
    size_t size() const { return str().size(); }

    friend bool operator==(const SharedText& a, const SharedText& b) { return a.text_ == b.text_ || a.str() == b.str(); }
    friend bool operator==(const SharedText& a, std::string_view b) { return a.str() == b; }
    friend bool operator==(const SharedText& a, const char* b) { return a.str() == b; }
    friend bool operator==(const SharedText& a, const std::string& b) { return a.str() == b; }

private:
    std::shared_ptr<const std::string> text_;  // null when empty
    static const std::string& empty_string() {
        static const std::string empty;
        return empty;
    }
};

}  // namespace planbridge
