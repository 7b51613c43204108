// A sheet built while it is read (on a worker thread, row batches handed over) gives exactly
// the plan that reading it whole gives. Every xlsx fixture, example and corpus workbook is read
// both ways: streamed (every sheet, however small) and whole.
#include <catch2/catch.hpp>

#include <filesystem>
#include <limits>

#include "read/reader.hpp"
#include "support/error.hpp"
#include "test_helpers.hpp"

using namespace planbridge;
namespace fs = std::filesystem;

namespace {

ImportOptions streamed() {
    ImportOptions o;
    o.stream_sheets_from = 0;
    return o;
}

ImportOptions whole() {
    ImportOptions o;
    o.stream_sheets_from = std::numeric_limits<uint64_t>::max();
    return o;
}

// Both ways, or the same failure both ways.
void check_same(const std::string& path) {
    INFO(path);
    std::string whole_error, streamed_error;
    ImportResult a, b;
    try {
        a = import_file(path, whole());
    } catch (const PlanError& e) {
        whole_error = e.what();
    }
    try {
        b = import_file(path, streamed());
    } catch (const PlanError& e) {
        streamed_error = e.what();
    }
    CHECK(streamed_error == whole_error);
    if (!whole_error.empty()) return;
    CHECK(b.plan.actions.size() == a.plan.actions.size());
    for (size_t i = 0; i < a.plan.actions.size() && i < b.plan.actions.size(); ++i) {
        INFO("action " << i);
        CHECK(b.plan.actions[i] == a.plan.actions[i]);
    }
    CHECK(b.plan == a.plan);
    REQUIRE(b.report.tables.size() == a.report.tables.size());
    for (size_t t = 0; t < a.report.tables.size(); ++t) {
        CHECK(b.report.tables[t].header_row == a.report.tables[t].header_row);
        CHECK(b.report.tables[t].actions == a.report.tables[t].actions);
        CHECK(b.report.tables[t].banners == a.report.tables[t].banners);
        CHECK(b.report.tables[t].repeated_header_rows == a.report.tables[t].repeated_header_rows);
        CHECK(b.report.tables[t].statuses.size() == a.report.tables[t].statuses.size());
    }
    CHECK(b.report.grids_without_plan == a.report.grids_without_plan);
}

}  // namespace

TEST_CASE("streamed sheets give the same plan as whole sheets: fixtures and examples", "[streaming]") {
    int files = 0;
    for (const char* dir : {"tests/fixtures", "examples"}) {
        for (const auto& e : fs::directory_iterator(test::source_path(dir))) {
            if (e.path().extension() != ".xlsx") continue;
            check_same(e.path().string());
            ++files;
        }
    }
    CHECK(files >= 8);
}

TEST_CASE("a long sheet really is streamed; a wrong as_of guess falls back to a whole read", "[streaming]") {
    auto streamed_note = [](const ImportResult& r) {
        for (const std::string& n : r.report.notes)
            if (n.find("(streamed)") != std::string::npos) return true;
        return false;
    };
    ImportResult a = import_file(test::fixture("long-2019.xlsx"), streamed());
    CHECK(streamed_note(a));
    CHECK(a.plan.actions.size() == 660);
    CHECK_FALSE(streamed_note(import_file(test::fixture("long-2019.xlsx"), whole())));
    // Sheet 'Later' dates the plan June 2019: the streamed 'Plan' sheet guessed March.
    ImportResult b = import_file(test::fixture("long-2019-two-dates.xlsx"), streamed());
    CHECK_FALSE(streamed_note(b));
    CHECK(b.plan.as_of == Date{2019, 6, 30});
    CHECK(b.plan.actions.back().due.end == Date{2019, 9, 30});  // 'Sept' after June 2019
}

TEST_CASE("streamed sheets give the same plan as whole sheets: corpus", "[streaming][corpus]") {
    int files = 0;
    for (const auto& e : fs::recursive_directory_iterator(PLANBRIDGE_CORPUS_DIR)) {
        std::string ext = e.path().extension().string();
        if (ext != ".xlsx" && ext != ".xlsm") continue;
        check_same(e.path().string());
        ++files;
    }
    CHECK(files >= 40);
}

TEST_CASE("the actions of one sheet share their file and sheet names, which still read as text", "[streaming][model]") {
    for (const ImportOptions& options : {streamed(), whole()}) {
        Plan p = import_file(test::source_path("examples/west-berkshire-2017-09.xlsx"), options).plan;
        REQUIRE(p.actions.size() >= 2);
        const Origin& first = p.actions.front().origin;
        const Origin& last = p.actions.back().origin;
        CHECK(&first.file.str() == &last.file.str());  // one copy, not one per action
        CHECK(&first.sheet.str() == &last.sheet.str());
        CHECK(first.file == p.source_file);
        CHECK_FALSE(first.sheet.empty());
        Origin copy = first;
        copy.sheet = std::string(first.sheet.str());  // equal by content, wherever it is stored
        CHECK(copy == first);
        copy.sheet = "Another sheet";
        CHECK_FALSE(copy == first);
    }
}
