// Legacy .doc/.xls through LibreOffice headless (installed by the test command), on LibreOffice's
// own legacy exports of the RAG fixture in tests/corpus: the same plan as from the .docx/.xlsx.
#include <catch2/catch.hpp>

#include "read/reader.hpp"
#include "support/error.hpp"
#include "test_helpers.hpp"

using namespace planbridge;
using test::action_at;

TEST_CASE("a legacy .doc is converted by LibreOffice and read as Word", "[legacy]") {
    ImportResult r = import_file(test::corpus("generated__libreoffice-7.4.7/rag_fixture.doc"), {});
    CHECK(r.plan.source_format == "doc");
    CHECK(r.report.notes.front().find("LibreOffice") != std::string::npos);
    const Plan& p = r.plan;
    CHECK(action_at(p, 1, 2).status == Status::off_track);
    CHECK(action_at(p, 1, 5).status == Status::complete);
    CHECK(action_at(p, 2, 2).section == std::vector<std::string>{"Theme 2: Transport"});
    ImportResult docx = import_file(test::corpus("generated__libreoffice-7.4.7/rag_fixture.docx"), {});
    REQUIRE(docx.plan.actions.size() == p.actions.size());
    for (size_t i = 0; i < p.actions.size(); ++i) {
        CHECK(p.actions[i].action == docx.plan.actions[i].action);
        CHECK(p.actions[i].status == docx.plan.actions[i].status);
    }
}

TEST_CASE("a legacy .xls is converted by LibreOffice and read as Excel", "[legacy]") {
    ImportResult r = import_file(test::corpus("generated__libreoffice-7.4.7/rag_fixture.xls"), {});
    CHECK(r.plan.source_format == "xls");
    std::vector<Status> statuses;
    for (const Action& a : r.plan.actions) statuses.push_back(a.status);
    REQUIRE(statuses.size() >= 4);
    CHECK(statuses[0] == Status::off_track);
    CHECK(statuses[1] == Status::at_risk);
    CHECK(statuses[2] == Status::on_track);
    CHECK(statuses[3] == Status::complete);
}

TEST_CASE("password-protected legacy files say so before any conversion", "[legacy]") {
    for (const char* f : {"apache__poi/PasswordProtected.doc", "SheetJS__test_files/password_2002_40_xor.xls"}) {
        INFO(f);
        try {
            import_file(test::corpus(f), {});
            FAIL("imported an encrypted file");
        } catch (const PlanError& e) {
            CHECK(e.kind() == ErrorKind::encrypted);
            CHECK(std::string(e.what()).find("password") != std::string::npos);
        }
    }
}
