#include "fuzz_input.hpp"

#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "profile/profile.hpp"
#include "read/grid/plan_builder.hpp"
#include "read/read_options.hpp"
#include "support/error.hpp"

namespace planbridge::fuzz {

namespace {

struct ScratchDir {
    std::string path;
    ScratchDir() {
        const char* tmp = std::getenv("TMPDIR");
        std::string name = std::string(tmp && *tmp ? tmp : "/tmp") + "/planbridge-fuzz-XXXXXX";
        if (!::mkdtemp(name.data())) throw std::runtime_error("fuzz: cannot make a scratch folder in " + name);
        path = name;
    }
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

const char* const kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>)";

const char* const kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>
</Relationships>)";

const char* const kWorkbook =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>)";

const char* const kWorkbookRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>)";

const char* const kSharedStrings =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="15" uniqueCount="15">
<si><t>Ref</t></si><si><t>Action</t></si><si><t>Lead officer</t></si><si><t>Timescale</t></si><si><t>Progress update</t></si><si><t>RAG</t></si>
<si><t>Audit case files monthly</t></si><si><t>Head of Service</t></si><si><t>End Aug 2017</t></si>
<si><r><rPr><b/></rPr><t>Recruit</t></r><r><t xml:space="preserve"> social workers</t></r></si><si><t>Principal SW</t></si><si><t>Q3 2018/19</t></si>
<si><t>Train managers</t></si><si><t>Completed in March</t></si><si><t>Green</t></si>
</sst>)";

const char* const kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFFC000"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor theme="9" tint="0.39997558519241921"/></patternFill></fill></fills>
<borders count="1"><border/></borders>
<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyFont="1"/>
<xf numFmtId="0" fontId="0" fillId="2" borderId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="3" borderId="0" applyFill="1"/>
<xf numFmtId="0" fontId="0" fillId="4" borderId="0" applyFill="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>
<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FF00B050"/></patternFill></fill></dxf></dxfs>
</styleSheet>)";

const char* const kSheet =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Improvement plan</t></is></c></row>
<row r="2"><c r="A2" s="1" t="s"><v>0</v></c><c r="B2" s="1" t="s"><v>1</v></c><c r="C2" s="1" t="s"><v>2</v></c><c r="D2" s="1" t="s"><v>3</v></c><c r="E2" s="1" t="s"><v>4</v></c><c r="F2" s="1" t="s"><v>5</v></c></row>
<row r="3"><c r="A3"><v>1.1</v></c><c r="B3" t="s"><v>6</v></c><c r="C3" t="s"><v>7</v></c><c r="D3" t="s"><v>8</v></c><c r="E3" t="str"><v>Started</v></c><c r="F3" s="2"/></row>
<row r="4"><c r="A4"><v>1.2</v></c><c r="B4" t="s"><v>9</v></c><c r="C4" t="s"><v>10</v></c><c r="D4" s="5"><v>43190</v></c><c r="E4" t="s"><v>11</v></c><c r="F4" s="3"/></row>
<row r="5"><c r="A5"><v>1.3</v></c><c r="B5" t="s"><v>12</v></c><c r="C5" t="s"><v>7</v></c><c r="D5" t="s"><v>11</v></c><c r="E5" t="s"><v>13</v></c><c r="F5" s="4" t="s"><v>14</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells>
<conditionalFormatting sqref="F3:F5"><cfRule type="containsText" dxfId="0" priority="1" operator="containsText" text="Green"><formula>NOT(ISERROR(SEARCH("Green",F3)))</formula></cfRule></conditionalFormatting>
</worksheet>)";

const char* const kDocContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>)";

const char* const kDocument =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Improvement plan</w:t></w:r></w:p>
<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
<w:tr><w:tc><w:p><w:r><w:t>Ref</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Action</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Lead</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>RAG</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>1.1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Audit files</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>HoS</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="FF0000"/></w:tcPr><w:p/></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Train managers</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Green</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl></w:body></w:document>)";

std::string root_rels(const char* target) {
    std::string text = kRootRels;
    text.replace(text.find("%s"), 2, target);
    return text;
}

}  // namespace

const std::string& scratch_dir() {
    static ScratchDir dir;
    return dir.path;
}

std::string write_scratch(const std::string& name, std::string_view bytes) {
    std::string path = scratch_dir() + "/" + name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) throw std::runtime_error("fuzz: cannot write " + path);
    return path;
}

std::string write_package(const std::string& name, const std::vector<Part>& parts) {
    std::string path = scratch_dir() + "/" + name;
    int err = 0;
    zip_t* za = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!za) throw std::runtime_error("fuzz: cannot make " + path);
    for (const auto& [part, bytes] : parts) {
        zip_source_t* src = zip_source_buffer(za, bytes.data(), bytes.size(), 0);
        zip_int64_t index = src ? zip_file_add(za, part.c_str(), src, ZIP_FL_OVERWRITE) : -1;
        if (index < 0) {
            if (src) zip_source_free(src);
            zip_discard(za);
            throw std::runtime_error("fuzz: cannot add " + part);
        }
        zip_set_file_compression(za, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(za) != 0) {
        zip_discard(za);
        throw std::runtime_error("fuzz: cannot write " + path);
    }
    return path;
}

std::vector<Part> workbook_parts() {
    return {{"[Content_Types].xml", kContentTypes}, {"_rels/.rels", root_rels("xl/workbook.xml")},
            {"xl/workbook.xml", kWorkbook},         {"xl/_rels/workbook.xml.rels", kWorkbookRels},
            {"xl/sharedStrings.xml", kSharedStrings}, {"xl/styles.xml", kStyles},
            {"xl/worksheets/sheet1.xml", kSheet}};
}

std::vector<Part> document_parts() {
    return {{"[Content_Types].xml", kDocContentTypes}, {"_rels/.rels", root_rels("word/document.xml")}, {"word/document.xml", kDocument}};
}

void replace_part(std::vector<Part>& parts, const std::string& name, std::string_view bytes) {
    for (auto& part : parts)
        if (part.first == name) part.second.assign(bytes);
}

// PLANBRIDGE_FUZZ_VERBOSE=1 prints what each input became (to see that a harness reaches plans).
void tell(const std::string& what) {
    static const bool verbose = std::getenv("PLANBRIDGE_FUZZ_VERBOSE") != nullptr;
    if (verbose) std::fprintf(stderr, "fuzz: %s\n", what.c_str());
}

void import_quietly(const std::string& path, bool stream, const Profile* profile) {
    ImportOptions options;
    options.profile = profile ? profile : &default_profile();
    options.display_name = "fuzz input";
    options.stream_sheets_from = stream ? 0 : UINT64_MAX;
    try {
        tell(std::to_string(import_file(path, options).plan.actions.size()) + " actions");
    } catch (const PlanError& e) {
        tell(e.what());  // planbridge's answer to bad input: not a finding
    }
}

void finding(const std::string& what) {
    std::fprintf(stderr, "fuzz finding: %s\n", what.c_str());
    std::abort();
}

void build_quietly(const std::function<Document()>& read) {
    const ReadOptions options{default_profile(), std::nullopt};
    try {
        PlanBuild built = build_plan(read(), options);
        if (const auto* result = std::get_if<ImportResult>(&built)) tell(std::to_string(result->plan.actions.size()) + " actions");
    } catch (const PlanError& e) {
        tell(e.what());
    }
}

}  // namespace planbridge::fuzz
