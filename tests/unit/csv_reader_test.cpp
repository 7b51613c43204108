#include <catch2/catch.hpp>

#include "read/csv/csv_reader.hpp"
#include "support/error.hpp"
#include "test_helpers.hpp"

using namespace planbridge;

TEST_CASE("RFC 4180 records with quoted newlines and doubled quotes", "[csv]") {
    auto r = csv::parse_records("a,\"b\nc\",\"say \"\"hi\"\"\"\r\nd,e,f\r\n", ',', 100);
    REQUIRE(r.size() == 2);
    CHECK(r[0] == std::vector<std::string>{"a", "b\nc", "say \"hi\""});
    CHECK(r[1] == std::vector<std::string>{"d", "e", "f"});
    auto cr = csv::parse_records("x,\"p\rq\"\ry,z", ',', 100);  // Mac Excel: bare CR
    REQUIRE(cr.size() == 2);
    CHECK(cr[0][1] == "p\nq");
    std::vector<std::string> problems;
    auto open = csv::parse_records("a,\"never closed\nb", ',', 100, &problems);
    CHECK(problems.size() == 1);
    CHECK(open.size() == 1);
}

TEST_CASE("delimiters are sniffed, and sep= lines obeyed", "[csv]") {
    CHECK(csv::detect_dialect("Ref;Action;Lead\n1;Do it;Me\n2;Do more;You\n").delimiter == ';');
    CHECK(csv::detect_dialect("Ref\tAction\tLead\n1\tDo it, now\tMe\n").delimiter == '\t');
    CHECK(csv::detect_dialect("Ref,Action,Lead\n1,\"Do it; now\",Me\n").delimiter == ',');
    auto d = csv::detect_dialect("sep=|\nRef|Action\n");
    CHECK(d.delimiter == '|');
    CHECK(d.sep_line);
}

TEST_CASE("encodings Excel writes", "[csv]") {
    for (const char* f : {"csv-utf8-bom.csv", "csv-cp1252-semicolon.csv", "csv-utf16-tab.txt", "csv-utf8-lf.csv"}) {
        INFO(f);
        Document d = csv::read_csv(test::fixture(f), f);
        const Grid& g = d.grids.at(0);
        bool sep_line = std::string(f).find("semicolon") != std::string::npos;
        REQUIRE(g.rows.size() == 4);  // a sep= line is not a row of the table…
        CHECK(g.rows[0].number == (sep_line ? 2 : 1));  // …but row numbers still count it
        const int header = 0;
        CHECK(g.rows[header].cells.at(0).text == "Ref");
        CHECK(g.rows[header + 1].cells.at(2).text == "Zoë Hughes");
        CHECK(g.rows[header + 1].cells.at(5).text == "Draft shared with the LSCB\n(second draft due)");
        CHECK(g.rows[header + 2].cells.at(1).text == "Relaunch the “front door” leaflet");
    }
    // Excel 2011 for Mac: MacRoman bytes (0xA6 is ¶), bare CR inside quotes.
    Document mac = csv::read_csv(test::corpus("SheetJS__test_files/roo_paragraph.xls.0.csv"), "roo");
    bool pilcrow = false;
    for (const GridRow& r : mac.grids[0].rows)
        for (const GridCell& c : r.cells) pilcrow = pilcrow || c.text.find("¶") != std::string::npos;
    CHECK(pilcrow);
    Document crlf = csv::read_csv(test::corpus("SheetJS__test_files/crlf.csv"), "crlf");
    CHECK(crlf.notes.at(0).find("UTF-8 (BOM)") != std::string::npos);
}

TEST_CASE("binary data is not read as CSV", "[csv]") {
    std::string bytes("\x01\x02\x00\x03", 4);
    CHECK_THROWS_AS(csv::read_csv_bytes(bytes, "junk.csv"), PlanError);
}
