// The comparisons diff makes for every pair of actions, without building strings, must say
// exactly what comparing the built strings says.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/strings.hpp"

using namespace planbridge;

namespace {
const std::vector<std::string> kTexts = {
    "", " ", "\t\n", "a", "A", " a", "a ", "a  b", "a b", "a\nb", "a\tb ", " a\r\nb\n", "ab", "a-b", "A-B!", "a\xC2\xA0" "b",
    "Update 4: first report.", "Update 4:  first report. ", "update 4 first report", "Update 4: second report, progress made.",
    "Caf\xC3\xA9 lead", "caf\xC3\xA9  LEAD", "Head of Service (CSC)", "Head of Service CSC", "1.1", "1.1a", "1-1",
};
}  // namespace

TEST_CASE("same_collapsed agrees with comparing collapse_space of both", "[strings]") {
    int same = 0;
    for (const std::string& a : kTexts)
        for (const std::string& b : kTexts) {
            INFO("'" << a << "' / '" << b << "'");
            bool expected = collapse_space(a) == collapse_space(b);
            CHECK(same_collapsed(a, b) == expected);
            same += expected;
        }
    CHECK(same > static_cast<int>(kTexts.size()));  // some pairs other than a text with itself are the same
}

TEST_CASE("same_folded agrees with comparing fold_for_match of both", "[strings]") {
    int same = 0;
    for (const std::string& a : kTexts)
        for (const std::string& b : kTexts) {
            INFO("'" << a << "' / '" << b << "'");
            bool expected = fold_for_match(a) == fold_for_match(b);
            CHECK(same_folded(a, b) == expected);
            CHECK(same_folded(collapse_space(a), collapse_space(b)) == expected);  // spacing never matters to folding
            same += expected;
        }
    CHECK(same > static_cast<int>(kTexts.size()));
}

TEST_CASE("numbers grouped by thousands, sizes in words", "[strings]") {
    CHECK(group_thousands("0") == "0");
    CHECK(group_thousands("999") == "999");
    CHECK(group_thousands("1048576") == "1,048,576");
    CHECK(group_thousands("-1234.50") == "-1,234.50");
    CHECK(group_thousands("-123") == "-123");
    CHECK(size_in_words(512) == "512 bytes");
    CHECK(size_in_words(40 * 1024) == "40 KB");
    CHECK(size_in_words(40 * 1024 + 1) == "41 KB");  // rounded up: never under the real size
    CHECK(size_in_words(5u << 19) == "2.5 MB");
}
