// Parallel numbered paragraphs (issue 14): which cell texts are numbered lists.
#include <catch2/catch.hpp>

#include "read/grid/numbered_parts.hpp"

using namespace planbridge;

TEST_CASE("a cell of paragraphs numbered 1., 2., … is a list of them") {
    using V = std::vector<std::string>;
    CHECK(numbered_paragraphs("1. Audit plans\n2. Train managers") == V{"Audit plans", "Train managers"});
    CHECK(numbered_paragraphs("1) March 2018\n2) June 2018\n3) TBC") == V{"March 2018", "June 2018", "TBC"});
    // A paragraph's own next line stays with it; blank lines are nothing.
    CHECK(numbered_paragraphs("1. Audit plans\nin every team\n\n2. Train managers") == V{"Audit plans\nin every team", "Train managers"});
    // Not lists: one item, text before the first number, numbers out of order, a decimal, a reference.
    CHECK(numbered_paragraphs("1. Audit plans").empty());
    CHECK(numbered_paragraphs("Actions:\n1. Audit\n2. Train").empty());
    CHECK(numbered_paragraphs("1. Audit\n3. Train").empty());
    CHECK(numbered_paragraphs("2. Audit\n3. Train").empty());
    CHECK(numbered_paragraphs("1.5 million pounds\n2. more").empty());
    CHECK(numbered_paragraphs("Head of Service").empty());
}
