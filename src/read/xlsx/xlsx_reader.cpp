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

// A workbook planbridge exported: only its actions sheet is the plan (the others are its
// summary, key …); its records sheet says which (read/exported_workbook).
bool find_export_records(ZipArchive& zip, const Workbook& wb, const SharedStrings& sst, const Styles& styles, ExpansionBudget& budget,
                         Document& doc) {
    for (const SheetEntry& s : wb.sheets) {
        if (s.name != kRecordSheet || s.part.empty() || !zip.find(s.part)) continue;
        SheetContext ctx{sst, styles, wb.date1904, doc.file, s.name, 0, budget};
        std::vector<Warning> ignored;
        doc.records = read_export_records(read_worksheet(zip, s.part, ctx, ignored));
        if (doc.records) {
            doc.notes.push_back("a workbook planbridge exported: read from its sheet '" + doc.records->actions_sheet + "' and its records");
            return true;
        }
    }
    return false;
}

// Hidden sheets, chart sheets and missing parts are noted and skipped.
bool sheet_is_readable(ZipArchive& zip, const SheetEntry& s, Document& doc) {
    if (s.state != "visible") {
        doc.warnings.push_back({{doc.file, s.name, 0, 0}, "sheet is " + s.state + ": skipped"});
        doc.notes.push_back("sheet '" + s.name + "' is " + s.state + ": skipped");
        return false;
    }
    if (s.part.empty()) {
        doc.notes.push_back("sheet '" + s.name + "' is a " + (s.kind.empty() ? "sheet without a part" : s.kind) + ": skipped");
        return false;
    }
    if (!zip.find(s.part)) {
        doc.warnings.push_back({{doc.file, s.name, 0, 0}, "worksheet part " + s.part + " is missing: sheet skipped"});
        return false;
    }
    return true;
}

// A sheet the caller wants built while it is read goes to its row sink; the others (and one
// that turns out to need the whole grid) are read whole.
void read_sheet(ZipArchive& zip, const SheetEntry& s, const SheetContext& ctx, const RowSinks* stream, Document& doc) {
    if (stream && stream->wants(zip.declared_size(s.part))) {
        uint64_t counted = ctx.budget.used();
        {
            std::unique_ptr<RowSink> sink = stream->open(s.name, ctx.index, doc);
            if (std::optional<GridParts> parts = stream_worksheet(zip, s.part, ctx, doc.warnings, *sink)) {
                doc.notes.push_back("sheet '" + s.name + "' was built while it was read (streamed)");
                doc.built.push_back(std::move(*parts));
                return;
            }
        }  // its workers are done: what they counted is counted again below
        ctx.budget.rewind(counted);
    }
    doc.grids.push_back(read_worksheet(zip, s.part, ctx, doc.warnings));
}

}  // namespace

Document read_xlsx(const std::string& path, const std::string& display, const RowSinks* stream) {
    ZipArchive zip(path, display);
    ExpansionBudget budget = ExpansionBudget::for_path(path, display);
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
        sst = std::make_unique<SharedStrings>(path, display, *part, budget);
    else
        sst = std::make_unique<SharedStrings>();

    ooxml::Properties props = ooxml::read_properties(zip);
    doc.title = props.title;
    doc.organisation = props.company;
    if (wb.date1904) doc.notes.push_back("workbook uses the 1904 date system");

    if (find_export_records(zip, wb, *sst, styles, budget, doc)) stream = nullptr;  // read whole so that its records can be applied
    int index = 0;
    for (const SheetEntry& s : wb.sheets) {
        ++index;
        if (doc.records && s.name != doc.records->actions_sheet) continue;
        if (sheet_is_readable(zip, s, doc)) read_sheet(zip, s, SheetContext{*sst, styles, wb.date1904, display, s.name, index, budget}, stream, doc);
    }
    sst->get();  // a broken shared-strings part fails the import even if no cell used it
    return doc;
}

}  // namespace planbridge::xlsx
