// Every .xlsx/.xlsm/.csv/.docx/.htm/.html/.doc/.xls file in tests/corpus (legacy ones through LibreOffice) either imports or fails with a clear one-line
// PlanError naming the file — never a crash, a hang or another exception. Run under ASan/UBSan
// in the sanitizer build; CTest's timeout catches hangs.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <map>
#include <set>

#include "read/reader.hpp"
#include "support/error.hpp"
#include "test_helpers.hpp"

using namespace planbridge;
namespace fs = std::filesystem;

TEST_CASE("every spreadsheet in the corpus imports or fails cleanly", "[corpus]") {
    const fs::path root(PLANBRIDGE_CORPUS_DIR);
    REQUIRE(fs::is_directory(root));
    int seen = 0, imported = 0;
    std::map<ErrorKind, int> failures;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        std::string ext = entry.path().extension().string();
        static const std::set<std::string> kinds = {".xlsx", ".xlsm", ".csv", ".docx", ".htm", ".html", ".doc", ".xls"};
        if (!kinds.count(ext)) continue;
        ++seen;
        std::string path = entry.path().string();
        INFO(path);
        auto start = std::chrono::steady_clock::now();
        try {
            ImportResult r = import_file(path, {});
            CHECK_FALSE(r.plan.actions.empty());
            ++imported;
        } catch (const PlanError& e) {
            std::string msg = e.what();
            CHECK(msg.find(path) == 0);
            CHECK(msg.find('\n') == std::string::npos);
            CHECK(e.kind() != ErrorKind::internal);
            ++failures[e.kind()];
        }
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        CHECK(seconds < 30);  // generous: a hang, not a benchmark
    }
    CHECK(seen >= 60);
    CHECK(imported >= 1);  // rag_fixture.xlsx is a plan
    CHECK(failures[ErrorKind::limits] >= 1);  // poc-xmlbomb.xlsx
    CHECK(failures[ErrorKind::corrupt] >= 1);  // xlsx-corrupted.xlsx
}

TEST_CASE("the LibreOffice RAG fixture reads its fill-only statuses", "[corpus][status]") {
    ImportResult r = import_file(test::corpus("generated__libreoffice-7.4.7/rag_fixture.xlsx"), {});
    int from_fill = 0;
    for (const Action& a : r.plan.actions) from_fill += a.status_from == StatusSource::fill;
    CHECK(from_fill >= 3);
}
