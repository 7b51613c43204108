// Action keys (docs/model.md): the same inputs give the same key in every version of
// planbridge, and identical actions are numbered in document order.
#include <catch2/catch.hpp>

#include <algorithm>

#include "model/action_key.hpp"

using namespace planbridge;

TEST_CASE("an action key is 'a' and 12 hex digits of FNV-1a over section hash, reference and text hash", "[keys]") {
    // Worked out independently (Python, the same FNV-1a as support/strings.hpp's Fnv1a, whose
    // starting value is 1469598103934665603): keys are stored in exported files, so must not drift.
    std::vector<std::string> keys = action_keys({{1, "1.2", 2}});
    CHECK(keys == std::vector<std::string>{"a248138808ef7"});
}

TEST_CASE("identical actions are numbered in document order, others untouched", "[keys]") {
    KeyInput same{7, "3a", 99}, other{7, "3b", 99};
    std::vector<KeyInput> in = {same, other, same, same, other};
    std::vector<std::string> keys = action_keys(in);
    REQUIRE(keys.size() == 5);
    CHECK(keys[2] == keys[0] + "-2");
    CHECK(keys[3] == keys[0] + "-3");
    CHECK(keys[4] == keys[1] + "-2");
    CHECK(keys[0] != keys[1]);
    CHECK(keys[0].size() == 13);
    // Many distinct actions: all keys differ (no false 'copies' from the counting table).
    std::vector<KeyInput> many;
    std::vector<std::string> ids;
    for (int i = 0; i < 20000; ++i) ids.push_back(std::to_string(i));
    for (int i = 0; i < 20000; ++i) many.push_back({static_cast<uint64_t>(i % 7), ids[static_cast<size_t>(i)], static_cast<uint64_t>(i)});
    std::vector<std::string> mk = action_keys(many);
    std::sort(mk.begin(), mk.end());
    CHECK(std::adjacent_find(mk.begin(), mk.end()) == mk.end());
    CHECK(std::none_of(mk.begin(), mk.end(), [](const std::string& k) { return k.find('-') != std::string::npos; }));
}
