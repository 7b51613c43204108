#include "read/html/html_reader.hpp"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <unordered_map>

#include "read/grid/doc_table.hpp"
#include "read/html/css_colours.hpp"
#include "read/html/word_lists.hpp"
#include "support/error.hpp"
#include "support/xml_stream.hpp"
#include "support/strings.hpp"

namespace planbridge::html {

namespace {

constexpr size_t kMaxFileBytes = 256u << 20;
constexpr int kMaxDepth = 400;  // HTML nests deeper than XML parts do (tables of layout tables)

std::string_view sv(const xmlChar* s) { return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view(); }

struct Attributes {
    const xmlChar** raw;
    std::string_view get(std::string_view name) const {
        for (const xmlChar** a = raw; a && a[0]; a += 2)
            if (sv(a[0]) == name) return sv(a[1]);
        return {};
    }
};

bool is_heading(std::string_view n) { return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6'; }
bool is_block(std::string_view n) { return n == "p" || n == "div" || n == "li" || is_heading(n) || n == "tr"; }

// Walks the page: paragraphs and headings outside tables, tables (rowspan carried down as
// continuation cells, so the shared document grid places them), and the <style> sheets.
class Walker {
public:
    std::vector<DocItem> items;
    std::string title;
    std::string styles;  // text of every <style>

    void start(std::string_view n, Attributes a) {
        if (++depth_ > kMaxDepth) throw PlanError(ErrorKind::limits, file_, "", "HTML nested deeper than " + std::to_string(kMaxDepth) + " levels");
        if (n == "style") in_style_ = true;
        else if (n == "title") in_title_ = true;
        else if (n == "script" || n == "del") ++skip_;  // <del>: a tracked deletion (LibreOffice, Word)
        else if (n == "table") start_table();
        else if (n == "tr") start_row();
        else if (n == "td" || n == "th") start_cell(a);
        else if (n == "br") line_break();
        else if (n == "p") start_paragraph(a);
        else if (n == "span" && a.get("style").find("mso-list:Ignore") != std::string_view::npos) start_list_marker();
        else if (n == "ul" || n == "ol") ++list_depth_;
        else if (n == "li") text_ += std::string(2 * static_cast<size_t>(std::clamp(list_depth_ - 1, 0, 8)), ' ') + "• ";
        if (is_heading(n) && tables_.empty()) heading_ = true;
    }

    void end(std::string_view n) {
        if (n == "span" && marker_depth_ == depth_) end_list_marker();
        if (n == "p") end_paragraph();
        --depth_;
        if (n == "style") in_style_ = false;
        else if (n == "title") in_title_ = false;
        else if (n == "script" || n == "del") skip_ = skip_ > 0 ? skip_ - 1 : 0;
        else if (n == "table") end_table();
        else if (n == "ul" || n == "ol") list_depth_ = std::max(0, list_depth_ - 1);
        else if (n == "td" || n == "th") end_cell();
        else if (n == "tr") end_row();
        else if (is_block(n)) end_block();
    }

    void text(std::string_view t) {
        if (in_style_) {
            styles.append(t);
            return;
        }
        if (in_title_) {
            title.append(t);
            return;
        }
        if (skip_ > 0 || is_downlevel_conditional(t)) return;
        // HTML whitespace: runs collapse to one space; line breaks come from <br> and blocks.
        for (char c : t) {
            bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            if (space) {
                if (!text_.empty() && text_.back() != ' ' && text_.back() != '\n') text_ += ' ';
            } else {
                text_ += c;
            }
        }
    }

    void finish() { end_block(); }
    std::string file_;
    ExpansionBudget* budget = nullptr;  // every cell (and rowspan continuation) counted
    std::unordered_map<std::string, Rgb> classes;  // set before the body is read? (styles come first in <head>)

private:
    struct OpenTable {
        DocTable table;
        std::vector<int> carry_rows;  // per grid column: rows a rowspan still covers
        std::vector<int> carry_span;
        int col = 0;                  // next grid column in the current row
    };
    std::vector<OpenTable> tables_;
    std::string text_;  // the paragraph or cell being read
    bool heading_ = false, in_style_ = false, in_title_ = false;
    int depth_ = 0, skip_ = 0;
    int list_depth_ = 0;  // open <ul>/<ol>: a list item's level
    // Word's list paragraphs (word_lists.hpp): where the paragraph's text starts in text_, its
    // level, and the mso-list:Ignore span holding its label.
    struct ListParagraph {
        bool listy = false;
        int level = 0;
        size_t start = 0;
        bool labelled = false;
    } para_;
    int marker_depth_ = -1;
    size_t marker_start_ = 0;

    void start_paragraph(Attributes a) {
        para_ = {is_word_list_paragraph(a.get("class"), a.get("style")), std::max(0, word_list_level(a.get("style"))),
                 text_.size(), false};
    }

    void start_list_marker() {
        marker_depth_ = depth_;
        marker_start_ = text_.size();
    }

    // The label's text ('·      ') becomes the label planbridge writes ('• ', '1. ').
    void end_list_marker() {
        marker_depth_ = -1;
        if (marker_start_ > text_.size()) return;
        std::optional<std::string> label = list_label(std::string_view(text_).substr(marker_start_));
        text_.erase(marker_start_);
        if (label) text_ += labelled(*label);
        para_.labelled = true;
    }

    // Filtered HTML: no marked span, the glyph leads the paragraph's text.
    void end_paragraph() {
        if (!para_.listy || para_.labelled || para_.start > text_.size()) return;
        if (auto m = leading_marker(std::string_view(text_).substr(para_.start))) text_.replace(para_.start, m->length, labelled(m->label));
        para_ = {};
    }

    std::string labelled(const std::string& label) const {
        if (label != "\xE2\x80\xA2") return label + " ";
        return std::string(2 * static_cast<size_t>(std::min(para_.level, 8)), ' ') + label + " ";
    }

    void line_break() {
        while (!text_.empty() && text_.back() == ' ') text_.pop_back();
        text_ += '\n';
    }

    // A paragraph outside tables ends; inside a cell, a block adds a line break.
    void end_block() {
        if (!tables_.empty()) {
            if (!text_.empty() && text_.back() != '\n') line_break();
            return;
        }
        strip_downlevel_conditionals(text_);
        std::string t = collapse_space(text_);
        if (!t.empty()) items.push_back({false, {t, heading_}, {}});
        text_.clear();
        heading_ = false;
    }

    void start_table() {
        if (tables_.empty()) end_block();
        tables_.emplace_back();
    }

    void end_table() {
        if (tables_.empty()) return;
        if (tables_.size() == 1) {
            items.push_back({true, {}, std::move(tables_.back().table)});
            text_.clear();
        }
        tables_.pop_back();
    }

    OpenTable* outer() { return tables_.size() == 1 ? &tables_.back() : nullptr; }

    void start_row() {
        OpenTable* t = outer();
        if (!t) return;
        t->table.rows.emplace_back();
        t->col = 0;
    }

    // The cells rowspans from above still cover from the current grid column on, up to the first
    // column they leave free (several side by side: Subject, Lead, No merged down together).
    void carry_down(OpenTable& t) {
        while (t.col < static_cast<int>(t.carry_rows.size()) && t.carry_rows[static_cast<size_t>(t.col)] > 0) {
            size_t c = static_cast<size_t>(t.col);
            budget->charge(1, 0, "");
            DocCell cont;
            cont.vmerge = VMerge::next;
            cont.span = t.carry_span[c];
            --t.carry_rows[c];
            t.table.rows.back().cells.push_back(cont);
            t.col += cont.span;
        }
    }

    void start_cell(Attributes a) {
        OpenTable* t = outer();
        if (!t) {  // a nested table's cell: its text joins the outer cell's
            if (!text_.empty() && text_.back() != '\n') text_ += " | ";
            return;
        }
        if (t->table.rows.empty()) start_row();
        carry_down(*t);
        budget->charge(1, 0, "");
        text_.clear();
        DocCell cell;
        cell.span = std::max(1, std::min(leading_int(a.get("colspan"), 1000), 1000));
        int rows = std::max(1, std::min(leading_int(a.get("rowspan"), 100000), 100000));
        std::string_view style = a.get("style");
        cell.spread = style.find("mso-ignore:colspan") == std::string_view::npos;
        cell.fill = background_of(style);
        if (!cell.fill) cell.fill = css_colour(a.get("bgcolor"));
        if (!cell.fill && !a.get("class").empty()) {
            auto it = classes.find(std::string(a.get("class")));
            if (it != classes.end()) cell.fill = it->second;
        }
        if (rows > 1) {
            cell.vmerge = VMerge::restart;
            size_t c = static_cast<size_t>(t->col);
            if (t->carry_rows.size() <= c) t->carry_rows.resize(c + 1, 0), t->carry_span.resize(c + 1, 1);
            t->carry_rows[c] = rows - 1;
            t->carry_span[c] = cell.span;
        }
        t->table.rows.back().cells.push_back(cell);
        t->col += cell.span;
    }

    void end_cell() {
        OpenTable* t = outer();
        if (!t || t->table.rows.empty() || t->table.rows.back().cells.empty()) return;
        strip_downlevel_conditionals(text_);
        t->table.rows.back().cells.back().text = tidy_cell_text(text_);  // lines trimmed, at most one blank line between
        text_.clear();
    }

    void end_row() {
        OpenTable* t = outer();
        if (!t || t->table.rows.empty()) return;
        carry_down(*t);  // rowspans covering the end of the row
    }
};

struct ParseState {
    Walker walker;
    std::exception_ptr failure;
    htmlParserCtxtPtr ctxt = nullptr;
};

ParseState* state(void* ctx) { return static_cast<ParseState*>(ctx); }

template <class F>
void guarded(void* ctx, F&& f) {
    ParseState* s = state(ctx);
    if (s->failure) return;
    try {
        f(s->walker);
    } catch (...) {
        s->failure = std::current_exception();
        xmlStopParser(s->ctxt);
    }
}

void on_start(void* ctx, const xmlChar* name, const xmlChar** atts) {
    guarded(ctx, [&](Walker& w) { w.start(sv(name), Attributes{atts}); });
}
void on_end(void* ctx, const xmlChar* name) {
    guarded(ctx, [&](Walker& w) { w.end(sv(name)); });
}
void on_text(void* ctx, const xmlChar* ch, int len) {
    guarded(ctx, [&](Walker& w) { w.text(std::string_view(reinterpret_cast<const char*>(ch), static_cast<size_t>(len))); });
}

std::string read_file(const std::string& path, const std::string& display) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw PlanError(ErrorKind::io, display, "", "cannot open the file (does it exist?)");
    std::string data;
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        data.append(buf, static_cast<size_t>(in.gcount()));
        if (data.size() > kMaxFileBytes) throw PlanError(ErrorKind::limits, display, "", "HTML file larger than 256 MB");
    }
    return data;
}

}  // namespace

Document read_html(const std::string& path, const std::string& display) {
    std::string data = read_file(path, display);
    ExpansionBudget budget(display, data.size());
    // Excel keeps cell colours in CSS classes in <head>: read them before the body.
    std::unordered_map<std::string, Rgb> classes;
    for (size_t pos = 0; (pos = data.find("<style", pos)) != std::string::npos;) {
        size_t open = data.find('>', pos), close = data.find("</style", pos);
        if (open == std::string::npos || close == std::string::npos || close < open) break;
        for (auto& [k, v] : class_backgrounds(std::string_view(data).substr(open + 1, close - open - 1))) classes[k] = v;
        pos = close + 1;
    }

    htmlSAXHandler sax;
    std::memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_text;
    sax.cdataBlock = on_text;
    ParseState st;
    st.walker.file_ = display;
    st.walker.budget = &budget;
    st.walker.classes = std::move(classes);
    st.ctxt = htmlCreatePushParserCtxt(&sax, &st, nullptr, 0, display.c_str(), XML_CHAR_ENCODING_NONE);
    if (!st.ctxt) throw PlanError(ErrorKind::internal, display, "", "cannot create the HTML parser");
    htmlCtxtUseOptions(st.ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
    xml::catch_generic_errors();
    for (size_t off = 0; off < data.size() && !st.failure; off += 1 << 20) {
        int n = static_cast<int>(std::min<size_t>(1 << 20, data.size() - off));
        htmlParseChunk(st.ctxt, data.data() + off, n, 0);
    }
    if (!st.failure) htmlParseChunk(st.ctxt, nullptr, 0, 1);
    if (st.ctxt->myDoc) xmlFreeDoc(st.ctxt->myDoc);
    htmlFreeParserCtxt(st.ctxt);
    if (st.failure) std::rethrow_exception(st.failure);
    // libxml2 stops decoding at the first byte not in the page's charset: the rest would be lost.
    if (xml::undecodable_bytes())
        throw PlanError(ErrorKind::corrupt, display, "",
                        "its bytes are not in the charset the page declares (" + xml::generic_error() +
                            "): open it in a browser or Word and save it again as UTF-8");
    st.walker.finish();

    Document doc;
    doc.file = display;
    doc.format = "html";
    doc.title = collapse_space(st.walker.title);
    add_document_grid(doc, st.walker.items, budget);
    return doc;
}

}  // namespace planbridge::html
