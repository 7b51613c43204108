// Legacy .doc/.xls through LibreOffice headless (installed by the test command), on LibreOffice's
// own legacy exports of the RAG fixture in tests/corpus: the same plan as from the .docx/.xlsx.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

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

TEST_CASE("an encrypted package is found in an OLE file of any size, wherever its stream's name falls", "[legacy][sniff]") {
    const std::string magic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    const std::string name("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    std::string path = (std::filesystem::temp_directory_path() / ("pb-ole-" + std::to_string(::getpid()) + ".bin")).string();
    auto write = [&](const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; };
    // The name across the first MB's end (the file is read a MB at a time), then well past it.
    for (size_t at : {size_t{(1 << 20) - 11}, size_t{(3 << 20) + 5}}) {
        INFO(at);
        write(magic + std::string(at - magic.size(), '\0') + name + std::string(100, '\0'));
        CHECK(sniff_format(path, "plan.doc") == Format::ole_encrypted);
    }
    write(magic + std::string(3 << 20, '\0'));
    CHECK(sniff_format(path, "plan.doc") == Format::ole_legacy);
    std::filesystem::remove(path);
}
