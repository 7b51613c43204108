#include "read/docx/body.hpp"

#include "read/docx/shading.hpp"
#include "support/strings.hpp"
#include "support/xml_stream.hpp"

namespace planbridge::docx {

namespace {

bool on_off(std::optional<std::string_view> v) {  // ST_OnOff: present without a value is on
    return !v || (*v != "0" && *v != "false" && *v != "off");
}

int to_int(std::string_view s) { return leading_int(s, 100000); }

class BodyHandler : public xml::Handler {
public:
    BodyHandler(const ooxml::Theme& theme, const ParagraphStyles& styles, Numbering& numbering, ExpansionBudget& budget)
        : theme_(theme), styles_(styles), numbering_(numbering), budget_(budget) {}
    std::vector<DocItem> items;

    void on_start(xml::Ns ns, std::string_view n, const xml::Attrs& a) override {
        if (ns != xml::Ns::word) return;
        if (skip_ > 0) {  // inside deleted content or a placeholder
            ++skip_;
            return;
        }
        if (n == "p") start_paragraph();
        else if (n == "tbl") start_table();
        else if (n == "tr") start_row();
        else if (n == "tc") start_cell();
        else if (n == "trPr") in_trpr_ = true;
        else if (n == "tcPr") in_tcpr_ = true;
        else if (n == "pPr") in_ppr_ = true;
        else if (n == "rPr") in_rpr_ = !in_ppr_;  // a paragraph mark's run properties are not a run's
        else if (n == "r") run_hidden_ = false;
        else if (n == "t") capture_ = !run_hidden_;
        else if (n == "tab" && !in_ppr_) add_text("\t");
        else if ((n == "br" || n == "cr") && !in_ppr_) add_text("\n");
        else if (n == "del" || n == "moveFrom") on_del();
        else if (n == "vanish" && in_rpr_) run_hidden_ = on_off(a.get("val"));
        else if (n == "showingPlcHdr") placeholder_sdt_ = true;
        else if (n == "sdtContent" && placeholder_sdt_) skip_ = 1, placeholder_sdt_ = false;
        else if (n == "sdt") placeholder_sdt_ = false;
        else if (in_trpr_) row_property(n, a);
        else if (in_tcpr_) cell_property(n, a);
        else if (in_ppr_) paragraph_property(n, a);
    }

    void on_end(xml::Ns ns, std::string_view n) override {
        if (ns != xml::Ns::word) return;
        if (skip_ > 0) {
            --skip_;
            return;
        }
        if (n == "p") end_paragraph();
        else if (n == "tr") end_row();
        else if (n == "tbl") end_table();
        else if (n == "t") capture_ = false;
        else if (n == "trPr") in_trpr_ = false;
        else if (n == "tcPr") in_tcpr_ = false;
        else if (n == "pPr") in_ppr_ = false;
        else if (n == "rPr") in_rpr_ = false;
    }

    void on_text(std::string_view t) override {
        if (!capture_) return;
        budget_.charge_text(t.size(), "");
        para_.text.append(t);
    }

private:
    const ooxml::Theme& theme_;
    const ParagraphStyles& styles_;
    Numbering& numbering_;
    ExpansionBudget& budget_;
    std::vector<DocTable> tables_;  // open tables, outermost first
    DocParagraph para_;
    int list_level_ = -1;            // the paragraph is a list item at this level (its own numPr)
    int style_list_level_ = -1;      // … or its style's
    int num_id_ = 0, style_num_id_ = 0;  // the list it belongs to (own numPr, or its style's)
    int style_nesting_ = 0;          // its style's nesting by name ('List Bullet 2' → 1)
    bool numbering_off_ = false;     // its own numPr says numId 0
    bool in_trpr_ = false, in_tcpr_ = false, in_ppr_ = false, in_rpr_ = false;
    bool capture_ = false, run_hidden_ = false, placeholder_sdt_ = false;
    int skip_ = 0;

    void add_text(std::string_view t) {
        if (run_hidden_) return;
        budget_.charge_text(t.size(), "");
        para_.text.append(t);
    }

    bool skip_row_ = false;  // the current row was deleted (tracked change)
    std::vector<bool> cell_deleted_;  // per cell of the current row: deleted (w:cellDel)

    // Tracked deletion: dropped. Inside row properties it deletes the whole row.
    void on_del() {
        if (in_trpr_) {
            if (!tables_.empty() && !tables_.back().rows.empty()) tables_.back().rows.pop_back();
            in_trpr_ = false;
            skip_row_ = true;
        }
        skip_ = 1;
    }

    void start_paragraph() {
        para_ = {};
        list_level_ = style_list_level_ = -1;
        num_id_ = style_num_id_ = style_nesting_ = 0;
        numbering_off_ = false;
    }

    void paragraph_property(std::string_view n, const xml::Attrs& a) {
        if (n == "pStyle") {
            std::string id(a.get_or("val", ""));
            if (const ParagraphStyle* s = styles_.find(id)) {
                para_.heading = para_.heading || s->heading;
                style_list_level_ = s->list_level;
                style_num_id_ = s->num_id;
                style_nesting_ = s->nesting;
            } else if (id.rfind("Heading", 0) == 0 || id.rfind("heading", 0) == 0) {
                para_.heading = true;  // no styles part: Word's English style ids
            }
        } else if (n == "outlineLvl") {
            para_.heading = leading_int(a.get_or("val", "9")) < 9;
        } else if (n == "ilvl") {
            list_level_ = to_int(a.get_or("val", "0"));
        } else if (n == "numId") {
            num_id_ = leading_int(a.get_or("val", "0"));
            if (num_id_ == 0) numbering_off_ = true;
            else if (list_level_ < 0) list_level_ = 0;
        }
    }

    void end_paragraph() {
        std::string text = std::move(para_.text);
        text = with_list_label(std::move(text));
        if (tables_.empty()) {
            items.push_back({false, {std::move(text), para_.heading}, {}});
            return;
        }
        DocTable& t = tables_.front();  // nested tables' text goes into the outer cell
        if (skip_row_ || t.rows.empty() || t.rows.back().cells.empty()) return;
        std::string& cell = t.rows.back().cells.back().text;
        if (!cell.empty()) cell += '\n';
        cell += text;
    }

    // The label Word shows before a list paragraph ('1.2', 'a)', '•'): bullets indented per
    // level; numbers as printed. A numbered empty paragraph (an id cell) is its label alone.
    std::string with_list_label(std::string text) {
        bool own = list_level_ >= 0 && num_id_ != 0;
        int level = numbering_off_ ? -1 : own ? list_level_ : style_list_level_;
        int num = own ? num_id_ : style_num_id_;
        if (level < 0) return text;
        std::string label = numbering_.next_label(num, level);
        if (label.empty() && num == 0) label = "•";  // numPr without a list definition
        if (label.empty()) return text;
        if (label == "•") {
            // Headings carry outline numbering in some writers' styles: not a list.
            if (para_.heading || text.empty()) return text;
            int depth = std::max(level, style_nesting_);
            return std::string(static_cast<size_t>(2 * depth), ' ') + "• " + text;
        }
        return text.empty() ? label : label + " " + text;
    }

    void start_table() { tables_.emplace_back(); }

    void end_table() {
        if (tables_.empty()) return;
        if (tables_.size() == 1) items.push_back({true, {}, std::move(tables_.back())});
        tables_.pop_back();
    }

    DocRow* row() { return tables_.size() == 1 && !tables_.back().rows.empty() && !skip_row_ ? &tables_.back().rows.back() : nullptr; }
    DocCell* cell() {
        DocRow* r = row();
        return r && !r->cells.empty() ? &r->cells.back() : nullptr;
    }

    void start_row() {
        if (tables_.size() != 1) return;  // a nested table's rows are text of the outer cell
        skip_row_ = false;
        cell_deleted_.clear();
        tables_.back().rows.emplace_back();
    }

    void start_cell() {
        DocRow* r = row();
        if (!r) return;
        budget_.charge(1, 0, "");
        r->cells.emplace_back(), cell_deleted_.push_back(false);
    }

    // A cell deleted as a tracked change (w:cellDel) leaves the row, as when Word accepts it.
    void end_row() {
        if (tables_.size() != 1) return;  // a nested table's row
        DocRow* r = row();
        if (r && cell_deleted_.size() == r->cells.size()) {
            for (size_t i = r->cells.size(); i-- > 0;)
                if (cell_deleted_[i]) r->cells.erase(r->cells.begin() + static_cast<long>(i));
        }
        cell_deleted_.clear();
    }

    void row_property(std::string_view n, const xml::Attrs& a) {
        DocRow* r = row();
        if (!r) return;
        if (n == "gridBefore") r->grid_before = to_int(a.get_or("val", "0"));
        else if (n == "tblHeader") r->header = on_off(a.get("val"));
    }

    void cell_property(std::string_view n, const xml::Attrs& a) {
        DocCell* c = cell();
        if (!c) return;
        if (n == "gridSpan") {
            c->span = std::max(1, std::min(to_int(a.get_or("val", "1")), 1000));
        } else if (n == "vMerge") {
            c->vmerge = a.get_or("val", "continue") == "restart" ? VMerge::restart : VMerge::next;
        } else if (n == "cellDel") {
            if (!cell_deleted_.empty()) cell_deleted_.back() = true;
        } else if (n == "hMerge") {
            c->hmerge_next = a.get_or("val", "continue") != "restart";
        } else if (n == "shd") {
            Shading s{a.get_or("val", ""), a.get_or("color", ""), a.get_or("fill", ""),
                      a.get_or("themeFill", ""), a.get_or("themeFillTint", ""), a.get_or("themeFillShade", "")};
            c->fill = shading_colour(s, theme_);
        }
    }
};

}  // namespace

std::vector<DocItem> read_body(ZipArchive& zip, const std::string& part, const ooxml::Theme& theme, const ParagraphStyles& styles,
                               Numbering& numbering, ExpansionBudget& budget) {
    BodyHandler h(theme, styles, numbering, budget);
    xml::parse_part(zip, part, h);
    return std::move(h.items);
}

}  // namespace planbridge::docx
