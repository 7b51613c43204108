// The xlsx reader against real files from the corpus (written by Excel, LibreOffice, Google
// Sheets and others), checked against what openpyxl reads from the same files.
#include <catch2/catch.hpp>

#include "read/xlsx/styles.hpp"
#include "read/xlsx/xlsx_reader.hpp"
#include "support/error.hpp"
#include "test_helpers.hpp"

using namespace planbridge;
using planbridge::test::corpus;

namespace {
const GridCell& at(const Grid& g, int row_number, int col) {
    for (const GridRow& r : g.rows)
        if (r.number == row_number) {
            REQUIRE(static_cast<size_t>(col) < r.cells.size());
            return r.cells[static_cast<size_t>(col)];
        }
    FAIL("no row " << row_number);
    static GridCell none;
    return none;
}

ErrorKind failure_kind(const std::string& path) {
    try {
        xlsx::read_xlsx(path, path);
    } catch (const PlanError& e) {
        CHECK(std::string(e.what()).find(path) == 0);  // the message names the file
        return e.kind();
    }
    FAIL("read without error: " << path);
    return ErrorKind::internal;
}
}  // namespace

TEST_CASE("shared strings: phonetic runs skipped, _x000D_ decoded, rich runs joined", "[xlsx]") {
    CHECK(at(xlsx::read_xlsx(corpus("tafia__calamine/rph.xlsx"), "rph").grids[0], 1, 0).text == "課きく　毛こ");
    CHECK(at(xlsx::read_xlsx(corpus("tafia__calamine/has_x000D_inline.xlsx"), "x").grids[0], 1, 0).text == "ABC\nDEF");
    Document rich = xlsx::read_xlsx(corpus("SheetJS__test_files/rich_text_stress.xlsx"), "rich");
    CHECK_FALSE(rich.grids.at(0).rows.empty());
}

TEST_CASE("inline strings, CDATA, no sharedStrings part", "[xlsx]") {
    Document d = xlsx::read_xlsx(corpus("tafia__calamine/inlineStr_cdata.xlsx"), "cdata");
    CHECK(at(d.grids[0], 1, 0).text == "Hello CDATA");
    CHECK(at(d.grids[0], 2, 1).text == "NormalText");
    Document access = xlsx::read_xlsx(corpus("ClosedXML__ClosedXML/inputfile.xlsx"), "access");
    CHECK(access.grids.at(0).rows.size() > 5);
}

TEST_CASE("1900 and 1904 date systems give the same calendar dates", "[xlsx][date]") {
    Document d1900 = xlsx::read_xlsx(corpus("SheetJS__test_files/1900.xlsx"), "1900");
    Document d1904 = xlsx::read_xlsx(corpus("SheetJS__test_files/1904.xlsx"), "1904");
    CHECK(at(d1900.grids[0], 1, 1).date == Date{1900, 1, 1});
    CHECK(at(d1900.grids[0], 3, 1).date == Date{1900, 4, 20});
    CHECK(at(d1904.grids[0], 1, 1).date == Date{1904, 1, 2});
    CHECK(at(d1904.grids[0], 3, 1).date == Date{1904, 4, 21});
    CHECK(at(d1904.grids[0], 1, 0).text == "1");  // a plain number stays a number
    Document iso = xlsx::read_xlsx(corpus("tafia__calamine/date_iso.xlsx"), "iso");  // t="d" cells
    bool any_date = false;
    for (const GridRow& r : iso.grids[0].rows)
        for (const GridCell& c : r.cells) any_date = any_date || c.date.has_value();
    CHECK(any_date);
}

TEST_CASE("Strict OOXML and hidden sheets", "[xlsx]") {
    Document strict = xlsx::read_xlsx(corpus("apache__poi/SampleSS.strict.xlsx"), "strict");
    REQUIRE(strict.grids.size() == 3);
    CHECK(strict.grids[0].name == "First Sheet");
    CHECK(at(strict.grids[0], 2, 1).text == "2nd row 2nd column");
    CHECK(at(strict.grids[1], 4, 0).fill == Rgb{255, 255, 0});

    for (const char* f : {"SheetJS__test_files/sheet_visibility.xlsx", "SheetJS__test_files/sheet_visibility_strict.xlsx"}) {
        INFO(f);
        Document d = xlsx::read_xlsx(corpus(f), f);
        REQUIRE(d.grids.size() == 1);
        CHECK(d.grids[0].name == "Visible");
        CHECK(d.warnings.size() == 2);  // one per skipped sheet, with its name
        CHECK(d.warnings[0].place.sheet == "Hidden");
    }
}

TEST_CASE("namespace prefixes do not matter", "[xlsx]") {
    Document d = xlsx::read_xlsx(corpus("tafia__calamine/nonstandard-xml-ns-prefix.xlsx"), "x");
    CHECK(at(d.grids[0], 1, 1).text == "b");
    CHECK(at(d.grids[0], 3, 1).text == "4");
}

TEST_CASE("rows and cells without r attributes", "[xlsx]") {
    Document d = xlsx::read_xlsx(corpus("apache__poi/59746_NoRowNums.xlsx"), "norows");
    const Grid& g = d.grids.at(0);
    CHECK(at(g, 1, 0).text == "Checked");
    CHECK(at(g, 1, 10).text == "Study File ID");
    CHECK(at(g, 2, 0).text == "TRUE");
    CHECK(at(g, 2, 1).text == "[M+Na]+1");
    CHECK(at(g, 1, 0).fill == parse_hex_colour("A7CDF0"));
}

TEST_CASE("merged cells carry the origin's value and point at it", "[xlsx]") {
    Document d = xlsx::read_xlsx(corpus("jmcnamara__libxlsxwriter/merge_range03.xlsx"), "m");
    const GridCell& origin = at(d.grids[0], 2, 1);
    const GridCell& copy = at(d.grids[0], 2, 2);
    CHECK(origin.text == "Foo");
    CHECK(copy.text == "Foo");
    CHECK(copy.origin_col == 1);
    CHECK(copy.span_cols == 2);
    CHECK(at(d.grids[0], 2, 3).origin_col == 3);
    // 50,000 merges read in one go, and quickly enough for a unit test.
    Document many = xlsx::read_xlsx(corpus("apache__poi/57893-many-merges.xlsx"), "many");
    CHECK(many.grids.size() == 1);
}

TEST_CASE("theme colours, tints, indexed colours and conditional formatting", "[xlsx][colour]") {
    Document d = xlsx::read_xlsx(corpus("apache__poi/Themes2.xlsx"), "themes");
    const Grid& g = d.grids[0];
    CHECK(at(g, 7, 4).fill == Rgb{255, 0, 0});
    CHECK(at(g, 8, 4).fill == Rgb{0, 255, 0});
    // Conditional formats paint Excel's 'Bad' and 'Good' fills.
    CHECK(at(g, 7, 6).fill == parse_hex_colour("FFC7CE"));
    CHECK(at(g, 7, 6).fill_source == FillSource::conditional);
    CHECK(at(g, 8, 6).fill == parse_hex_colour("C6EFCE"));

    Document cf = xlsx::read_xlsx(corpus("apache__poi/conditional_formatting_cell_is.xlsx"), "cf");
    const Grid& sheet1 = cf.grids.at(1);
    CHECK(at(sheet1, 3, 1).fill == Rgb{255, 0, 0});  // cellIs equal to the cell above (relative ref)
    CHECK(at(sheet1, 2, 1).fill_source == FillSource::none);
}

TEST_CASE("hostile and broken workbooks fail cleanly with their own kind", "[xlsx][hostile]") {
    CHECK(failure_kind(corpus("apache__poi/poc-xmlbomb.xlsx")) == ErrorKind::limits);
    CHECK(failure_kind(corpus("apache__poi/xlsx-corrupted.xlsx")) == ErrorKind::corrupt);
    CHECK(failure_kind(test::source_path("CMakeLists.txt")) == ErrorKind::corrupt);  // not a zip
}

TEST_CASE("a number in a fixed-point format reads as Excel shows it (issue 14)") {
    using namespace planbridge::xlsx;
    CHECK(fixed_point_format(2, "").decimals == 2);       // built-in 0.00
    CHECK(fixed_point_format(0, "").decimals == -1);      // General: as stored
    CHECK(fixed_point_format(164, "0.00").decimals == 2);
    CHECK(fixed_point_format(164, "#,##0.0").thousands);
    CHECK(fixed_point_format(164, "0.00;[Red]-0.00").decimals == 2);
    CHECK(fixed_point_format(164, "0.00%").decimals == -1);  // a percentage is left as stored
    CHECK(fixed_point_format(164, "dd/mm/yyyy").decimals == -1);
    CHECK(fixed_point_format(164, "\"Ref \"0.0").decimals == -1);
    CHECK(format_fixed_point(1.1, {2, false}) == "1.10");
    CHECK(format_fixed_point(2.0, {1, false}) == "2.0");
    CHECK(format_fixed_point(1234567.5, {0, true}) == "1,234,568");
    CHECK(format_fixed_point(-1234.5, {1, true}) == "-1,234.5");
}
