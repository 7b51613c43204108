#include "read/docx/docx_reader.hpp"

#include "read/docx/body.hpp"
#include "read/grid/doc_table.hpp"
#include "read/ooxml/package.hpp"
#include "read/ooxml/theme.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"
#include "support/zip_archive.hpp"

namespace planbridge::docx {

namespace {

std::string find_document_part(ZipArchive& zip, const std::string& file) {
    auto main = ooxml::main_part(zip);
    if (!main && zip.find("word/document.xml")) main = "word/document.xml";
    if (!main) throw PlanError(ErrorKind::corrupt, file, "", "no document inside the zip (not a Word document)");
    if (!zip.find(*main)) throw PlanError(ErrorKind::corrupt, file, *main, "document part missing from the package");
    return *main;
}

// The part the document's relationship of this type points at, if it is in the package.
std::optional<std::string> related_part(ZipArchive& zip, const std::vector<ooxml::Relationship>& rels, std::string_view type) {
    const ooxml::Relationship* r = ooxml::find_by_type(rels, type);
    if (!r || r->external) return std::nullopt;
    return zip.find(r->target);
}

}  // namespace

Document read_docx(const std::string& path, const std::string& display) {
    ZipArchive zip(path, display);
    ExpansionBudget budget = ExpansionBudget::for_path(path, display);
    Document doc;
    doc.file = display;
    doc.format = "docx";
    std::string part = find_document_part(zip, display);
    auto rels = ooxml::read_relationships(zip, part);
    auto theme_part = related_part(zip, rels, "theme");
    ooxml::Theme theme = theme_part ? ooxml::read_theme(zip, *theme_part) : ooxml::default_theme();
    auto styles_part = related_part(zip, rels, "styles");
    ParagraphStyles styles = styles_part ? read_paragraph_styles(zip, *styles_part) : ParagraphStyles{};
    ooxml::Properties props = ooxml::read_properties(zip);
    doc.title = props.title;
    doc.organisation = props.company;

    auto numbering_part = related_part(zip, rels, "numbering");
    Numbering numbering = numbering_part ? read_numbering(zip, *numbering_part) : Numbering{};
    add_document_grid(doc, read_body(zip, part, theme, styles, numbering, budget), budget);
    return doc;
}

}  // namespace planbridge::docx
