#include "read/xlsx/xlsx_reader.hpp"

#include "model/board_record.hpp"
#include "read/exported_workbook.hpp"
#include "read/ooxml/package.hpp"
#include "read/ooxml/theme.hpp"
#include "read/xlsx/styles.hpp"
#include "read/xlsx/workbook.hpp"
#include "read/xlsx/worksheet.hpp"
#include "support/error.hpp"
#include "support/zip_archive.hpp"

namespace planbridge::xlsx {

namespace {

std::string find_workbook_part(ZipArchive& zip, const std::string& file) {
    auto main = ooxml::main_part(zip);
    if (!main && zip.find("xl/workbook.xml")) main = "xl/workbook.xml";
    if (!main) throw PlanError(ErrorKind::corrupt, file, "", "no workbook inside the zip (not an Excel workbook)");
    if (main->find("word/") == 0 || main->find("document") != std::string::npos)
        throw PlanError(ErrorKind::unsupported, file, "", "this is a Word document, not an Excel workbook");
    if (main->size() > 4 && main->substr(main->size() - 4) == ".bin")
        throw PlanError(ErrorKind::unsupported, file, "", "this is an Excel binary workbook (.xlsb); save it as .xlsx and import that");
    if (!zip.find(*main)) throw PlanError(ErrorKind::corrupt, file, *main, "workbook part missing from the package");
    return *main;
}

}  // namespace

Document read_xlsx(const std::string& path, const std::string& display, const StreamSettings* stream) {
    ZipArchive zip(path, display);
    Document doc;
    doc.file = display;
    doc.format = "xlsx";

    std::string wb_part = find_workbook_part(zip, display);
    Workbook wb = read_workbook(zip, wb_part);
    if (wb.sheets.empty()) throw PlanError(ErrorKind::empty, display, "", "the workbook has no sheets");

    ooxml::Theme theme = !wb.theme_part.empty() && zip.find(wb.theme_part) ? ooxml::read_theme(zip, wb.theme_part)
                                                                           : ooxml::default_theme();
    Styles styles = !wb.styles_part.empty() && zip.find(wb.styles_part) ? read_styles(zip, wb.styles_part, theme)
                                                                        : default_styles();
    std::unique_ptr<SharedStrings> sst;
    if (auto part = wb.shared_strings_part.empty() ? std::nullopt : zip.find(wb.shared_strings_part))
        sst = std::make_unique<SharedStrings>(path, display, *part);
    else
        sst = std::make_unique<SharedStrings>();

    ooxml::Properties props = ooxml::read_properties(zip);
    doc.title = props.title;
    doc.organisation = props.company;
    if (wb.date1904) doc.notes.push_back("workbook uses the 1904 date system");

    // A workbook planbridge exported: only its actions sheet is the plan (the others are its
    // summary, key …), read whole so that its records can be applied (read/exported_workbook).
    for (const SheetEntry& s : wb.sheets) {
        if (s.name != kRecordSheet || s.part.empty() || !zip.find(s.part)) continue;
        SheetContext ctx{*sst, styles, wb.date1904, display, s.name, 0};
        std::vector<Warning> ignored;
        doc.records = read_export_records(read_worksheet(zip, s.part, ctx, ignored, nullptr));
        if (doc.records) {
            stream = nullptr;
            doc.notes.push_back("a workbook planbridge exported: read from its sheet '" + doc.records->actions_sheet + "' and its records");
        }
    }
    int index = 0;
    for (const SheetEntry& s : wb.sheets) {
        ++index;
        if (doc.records && s.name != doc.records->actions_sheet) continue;
        if (s.state != "visible") {
            doc.warnings.push_back({{display, s.name, 0, 0}, "sheet is " + s.state + ": skipped"});
            doc.notes.push_back("sheet '" + s.name + "' is " + s.state + ": skipped");
            continue;
        }
        if (s.part.empty()) {
            doc.notes.push_back("sheet '" + s.name + "' is a " + (s.kind.empty() ? "sheet without a part" : s.kind) + ": skipped");
            continue;
        }
        if (!zip.find(s.part)) {
            doc.warnings.push_back({{display, s.name, 0, 0}, "worksheet part " + s.part + " is missing: sheet skipped"});
            continue;
        }
        SheetContext ctx{*sst, styles, wb.date1904, display, s.name, index};
        bool big = stream && zip.declared_size(s.part) >= stream->min_part_bytes;
        GridBuildOptions streamed = big ? streamed_grid_options(*stream, doc) : GridBuildOptions{};
        Grid g = read_worksheet(zip, s.part, ctx, doc.warnings, big ? &streamed : nullptr);
        if (g.built) doc.notes.push_back("sheet '" + s.name + "' was built while it was read (streamed)");
        doc.grids.push_back(std::move(g));
    }
    sst->get();  // a broken shared-strings part fails the import even if no cell used it
    return doc;
}

}  // namespace planbridge::xlsx
