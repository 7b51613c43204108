#include <catch2/catch.hpp>

#include "read/grid/references.hpp"
#include "read/grid/status_rules.hpp"

using namespace planbridge;

TEST_CASE("status column words and letters", "[status]") {
    const Profile& p = default_profile();
    auto s = [&](const char* t) { return status_from_words(t, p, WordContext::status_column); };
    CHECK(s("R") == Status::off_track);
    CHECK(s("a") == Status::at_risk);
    CHECK(s("G") == Status::on_track);
    CHECK(s("B") == Status::complete);
    CHECK(s("EV") == Status::evidenced);
    CHECK(s("On track") == Status::on_track);
    CHECK(s("On schedule") == Status::on_track);
    CHECK(s("In progress") == Status::on_track);
    CHECK(s("Delayed") == Status::at_risk);
    CHECK(s("Completed") == Status::complete);
    CHECK(s("Complete and evidenced") == Status::evidenced);  // the longer phrase wins
    CHECK(s("Not started") == Status::not_started);
    CHECK(s("Amber - some slippage") == Status::at_risk);
    CHECK(s("Red/Amber") == Status::at_high_risk);  // a five-point scale's two more ambers
    CHECK(s("Amber/Red") == Status::at_high_risk);
    CHECK(s("A/G") == Status::at_low_risk);
    CHECK(s("Amber - Green") == Status::at_low_risk);
    CHECK(s("G - On track") == Status::on_track);  // a letter then its meaning
    CHECK(s("R (blocked)") == Status::off_track);
    CHECK(s("B/EV") == Status::complete);
    CHECK_FALSE(s("See notes"));
    CHECK_FALSE(s("Gary"));  // a word starting with G is not 'G'
}

TEST_CASE("status words in deadline and progress text", "[status]") {
    const Profile& p = default_profile();
    CHECK(status_from_words("Completed", p, WordContext::deadline) == Status::complete);
    CHECK(status_from_words("In progress", p, WordContext::deadline) == Status::on_track);
    CHECK(status_from_words("Complete. Audit showed 96% compliance", p, WordContext::progress) == Status::complete);
    CHECK(status_from_words("In progress. Vacant post approved.", p, WordContext::progress) == Status::on_track);
    // Single letters and exact-only words never count in free text.
    CHECK_FALSE(status_from_words("A meeting was held", p, WordContext::progress));
    CHECK_FALSE(status_from_words("Met with partners", p, WordContext::progress));
    CHECK_FALSE(status_from_words("G", p, WordContext::progress));
}

TEST_CASE("references at the start of an id cell", "[references]") {
    for (const char* id : {"1a", "1.01", "2.3", "15c", "A1", "A.2", "4.13", "7)", "1.2.3"}) {
        INFO(id);
        CHECK(looks_like_bare_id(id));
    }
    for (const char* not_id : {"1. PRACTICE", "First Response Service", "1st", "Action", ""}) {
        INFO(not_id);
        CHECK_FALSE(looks_like_bare_id(not_id));
    }
    IdCell c = split_id_cell("1.1 Ofsted Recommendation Number 3 and Ofsted Recommendation Number 7** (only in relation to asylum seeking children)");
    CHECK(c.id == "1.1");
    CHECK(c.recommendations == std::vector<std::string>{"3", "7"});
    c = split_id_cell("1.2 Outlined in DfE Direction ToR");
    CHECK(c.id == "1.2");
    CHECK(c.recommendations.empty());
    c = split_id_cell("Ofsted recommendation 6: work with health partners");
    CHECK(c.id.empty());
    CHECK(c.recommendations == std::vector<std::string>{"6"});
    c = split_id_cell("1a");
    CHECK(c.id == "1a");
}

TEST_CASE("recommendation numbers in free text", "[references]") {
    CHECK(recommendation_numbers("Ofsted recommendations 2, 4 & 5") == std::vector<std::string>{"2", "4", "5"});
    CHECK(recommendation_numbers("Recommendation No. 12") == std::vector<std::string>{"12"});
    CHECK(recommendation_numbers("no recommendation here").empty());
    auto items = numbered_items("1) Ensure that strategy meetings take place\n3) Ensure that plans for children\ninclude actions");
    REQUIRE(items.size() == 2);
    CHECK(items[0].first == "1");
    CHECK(items[1].first == "3");
    CHECK(items[1].second == "Ensure that plans for children include actions");
}
