// Leads matched loosely (reconcile/leads, issue 15).
#include <catch2/catch.hpp>

#include "reconcile/leads.hpp"

using namespace planbridge;

TEST_CASE("one lead written several ways has one key") {
    CHECK(lead_key("Jo Davies") == lead_key("J. Davies (Head of Service)"));
    CHECK(lead_key("Jo Davies") == lead_key("jo davies"));
    CHECK(lead_key("Dr Jo Davies") == lead_key("J Davies"));
    CHECK(lead_key("Jo Davies") != lead_key("Sam Davies"));
    CHECK(lead_key("Service Manager – Localities") == lead_key("Service Manager Localities"));
    CHECK(lead_key("Service Manager – Localities") != lead_key("Service Manager – CAAS"));
    CHECK(lead_key("Head of Service") == "head of service");  // a role: its words, not an initial
}

TEST_CASE("an owner cell's leads") {
    using V = std::vector<std::string>;
    CHECK(leads_in("Jo Davies / Sam Lee") == V{"Jo Davies", "Sam Lee"});
    CHECK(leads_in("Service Manager – CAAS\nService Manager – Localities") == V{"Service Manager – CAAS", "Service Manager – Localities"});
    CHECK(leads_in("Jo Davies and Sam Lee") == V{"Jo Davies", "Sam Lee"});
    CHECK(leads_in("HoS – Prevention and Safeguarding") == V{"HoS – Prevention and Safeguarding"});  // one role
    CHECK(leads_in("J. Davies (Head of Service; interim)") == V{"J. Davies (Head of Service; interim)"});
    CHECK(leads_in("").empty());
}

TEST_CASE("a plan's actions grouped by lead, an action with two leads in each") {
    Plan plan;
    for (const char* owner : {"Jo Davies", "J. Davies (Head of Service)", "Sam Lee / Jo Davies", "", "LSCB", "LSCB and Sam Lee"}) {
        Action a;
        a.owner = owner;
        a.action = std::string("Action for ") + owner;
        plan.actions.push_back(a);
    }
    std::vector<LeadGroup> g = group_by_lead(plan);
    REQUIRE(g.size() == 4);
    CHECK(g[0].actions == std::vector<size_t>{0, 1, 2});
    CHECK(g[0].written == std::vector<std::string>{"Jo Davies", "J. Davies (Head of Service)"});
    CHECK(g[1].name == "Sam Lee");
    CHECK(g[1].actions == std::vector<size_t>{2, 5});  // 'LSCB and Sam Lee': two leads the plan names on their own
    CHECK(g[2].name == "(no lead)");
    CHECK(g[3].actions == std::vector<size_t>{4, 5});
    CHECK(lead_file_stem(g[0]) == "jo-davies");
    CHECK(lead_file_stem(g[2]) == "no-lead");
}
