// import(export(plan)) = plan (issue 5): every example and fixture plan, written as the board
// workbook and read back, is the plan it was — keys, origins, how statuses were found, parsed
// dates, kept columns, warnings. And a big plan read back through the sink (as diff reads it).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <unistd.h>

#include "read/reader.hpp"
#include "reconcile/version.hpp"
#include "support/strings.hpp"
#include "test_helpers.hpp"
#include "write/board_xlsx.hpp"
#include "write/layout.hpp"

using namespace planbridge;
using planbridge::test::source_path;

namespace {
std::string temp_xlsx() { return (std::filesystem::temp_directory_path() / ("pb-roundtrip-" + std::to_string(::getpid()) + ".xlsx")).string(); }
}  // namespace

TEST_CASE("every example and fixture plan reads back from its board workbook unchanged", "[board][roundtrip]") {
    std::string out = temp_xlsx();
    const Layout brag = load_layout_text(R"(<layout name="brag">
  <statuses><status name="complete" word="Blue" fill="#1F4E79" meaning="Done."/></statuses>
  <columns><column field="status" title="BRAG"/><column field="action" title="Action"/></columns>
</layout>)", "brag.xml");
    int plans = 0;
    for (const auto& [f, p] : test::readable_example_and_fixture_plans()) {
        INFO(f);
        ++plans;
        // Read back, the plan is the one exported but for its source: the workbook read, with
        // the file it was exported from beside it (names only, no folders).
        Plan want = p;
        want.source_file = file_name_of(out);
        want.source_format = "xlsx";
        want.exported_from = p.source_file;
        CHECK(p.source_file == file_name_of(f));
        write_board_xlsx(p, {}, out);
        Plan back = import_file(out, ImportOptions{}).plan;
        CHECK(back == want);
        // A council's layout that shows only a few fields: the others cannot have been edited.
        BoardOptions few;
        few.layout = &brag;
        write_board_xlsx(p, few, out);
        CHECK(import_file(out, ImportOptions{}).plan == want);
        // Read as diff reads it (through a sink), the same actions.
        Version through_sink;
        ImportOptions sinking;
        sinking.sink = &through_sink;
        import_file(out, sinking);
        Version whole = Version::of(p);
        REQUIRE(through_sink.size() == whole.size());
        for (size_t i = 0; i < whole.size(); ++i) {
            CHECK(through_sink[i].key == whole[i].key);
            CHECK(through_sink[i].status == whole[i].status);
        }
    }
    CHECK(plans >= 20);
    std::filesystem::remove(out);
}
