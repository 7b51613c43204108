#include "read/xlsx/conditional_format.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "support/strings.hpp"

namespace planbridge::xlsx {

namespace {

// A formula operand: a quoted string, a number, or a reference to one cell.
struct Operand {
    std::string text;
    std::optional<double> number;
};

std::optional<double> as_number(const std::string& s) {
    if (s.empty()) return std::nullopt;
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (end == s.c_str() || *end != '\0') return std::nullopt;
    return v;
}

class Evaluator {
public:
    Evaluator(const Grid& grid, const std::vector<int>& row_index_of) : grid_(grid), rows_(row_index_of) {}

    const GridCell* cell(int r, int c) const {
        if (r < 0 || static_cast<size_t>(r) >= rows_.size() || rows_[static_cast<size_t>(r)] < 0) return nullptr;
        const GridRow& row = grid_.rows[static_cast<size_t>(rows_[static_cast<size_t>(r)])];
        if (c < 0 || static_cast<size_t>(c) >= row.cells.size()) return nullptr;
        return &row.cells[static_cast<size_t>(c)];
    }

    // A formula operand at cell (r, col): literals, or a one-cell reference that moves with the
    // cell unless '$'-anchored (relative to the top-left of the rule's first range).
    std::optional<Operand> operand(std::string f, int r, int col, const CellRange& first) const {
        f = std::string(trim(f));
        if (f.size() >= 2 && f.front() == '"' && f.back() == '"') {
            std::string s;
            for (size_t i = 1; i + 1 < f.size(); ++i) {
                s += f[i];
                if (f[i] == '"' && f[i + 1] == '"') ++i;
            }
            return Operand{s, std::nullopt};
        }
        if (auto n = as_number(f)) return Operand{f, n};
        CellRange ref;
        if (parse_range(f, ref) && ref.row1 == ref.row2 && ref.col1 == ref.col2 && f.find(':') == std::string::npos) {
            bool abs_col = f[0] == '$';
            bool abs_row = f.find('$', 1) != std::string::npos;
            int tr = abs_row ? ref.row1 : ref.row1 + (r - first.row1);
            int tc = abs_col ? ref.col1 : ref.col1 + (col - first.col1);
            const GridCell* c = cell(tr, tc);
            std::string t = c ? std::string(trim(c->text)) : "";
            return Operand{t, as_number(t)};
        }
        return std::nullopt;  // a function or a range: not evaluated
    }

    // true/false, or nullopt when the rule is beyond what planbridge evaluates.
    std::optional<bool> test(const CfRule& rule, const GridCell& c, int r, int col, const CellRange& first) const {
        std::string value = to_lower_ascii(trim(c.text));
        std::string needle = to_lower_ascii(rule.text);
        if (rule.type == "containsText") return !needle.empty() && value.find(needle) != std::string::npos;
        if (rule.type == "notContainsText") return needle.empty() || value.find(needle) == std::string::npos;
        if (rule.type == "beginsWith") return value.rfind(needle, 0) == 0;
        if (rule.type == "endsWith") return value.size() >= needle.size() && value.compare(value.size() - needle.size(), needle.size(), needle) == 0;
        if (rule.type == "containsBlanks") return value.empty();
        if (rule.type == "notContainsBlanks") return !value.empty();
        if (rule.type == "cellIs") return cell_is(rule, c, r, col, first);
        if (rule.type == "expression") return expression(rule, r, col, first);
        return std::nullopt;
    }

private:
    const Grid& grid_;
    const std::vector<int>& rows_;

    std::optional<bool> cell_is(const CfRule& rule, const GridCell& c, int r, int col, const CellRange& first) const {
        if (rule.formulas.empty()) return std::nullopt;
        auto a = operand(rule.formulas[0], r, col, first);
        if (!a) return std::nullopt;
        std::optional<Operand> b;
        if (rule.formulas.size() > 1 && !(b = operand(rule.formulas[1], r, col, first))) return std::nullopt;
        auto v = as_number(std::string(trim(c.text)));
        const std::string& op = rule.op;
        if (op == "equal" || op == "notEqual") {
            bool eq = (v && a->number) ? *v == *a->number : to_lower_ascii(trim(c.text)) == to_lower_ascii(a->text);
            return op == "equal" ? eq : !eq;
        }
        if (!v || !a->number) return false;  // Excel compares text and numbers as unequal orders; keep it simple
        if (op == "greaterThan") return *v > *a->number;
        if (op == "greaterThanOrEqual") return *v >= *a->number;
        if (op == "lessThan") return *v < *a->number;
        if (op == "lessThanOrEqual") return *v <= *a->number;
        if ((op == "between" || op == "notBetween") && b && b->number) {
            double lo = std::min(*a->number, *b->number), hi = std::max(*a->number, *b->number);
            bool in = *v >= lo && *v <= hi;
            return op == "between" ? in : !in;
        }
        return std::nullopt;
    }

    // Only '<ref>=<literal>' ('$E2="Complete"'), the form RAG columns use.
    std::optional<bool> expression(const CfRule& rule, int r, int col, const CellRange& first) const {
        if (rule.formulas.empty()) return std::nullopt;
        const std::string& f = rule.formulas[0];
        size_t eq = f.find('=');
        if (eq == std::string::npos || f.find_first_of("(<>&") != std::string::npos) return std::nullopt;
        std::string lhs_text = std::string(trim(f.substr(0, eq)));
        if (lhs_text.empty() || lhs_text.front() == '"') return std::nullopt;
        auto lhs = operand(lhs_text, r, col, first);
        auto rhs = operand(f.substr(eq + 1), r, col, first);
        if (!lhs || !rhs) return std::nullopt;
        if (lhs->number && rhs->number) return *lhs->number == *rhs->number;
        return to_lower_ascii(lhs->text) == to_lower_ascii(rhs->text);
    }
};

}  // namespace

int apply_conditional_formats(Grid& grid, const std::vector<CfBlock>& blocks, const Styles& styles,
                              const std::vector<int>& row_index_of) {
    int unevaluated = 0;
    Evaluator eval(grid, row_index_of);
    // Rules from every block apply together, in priority order.
    struct Ref {
        const CfBlock* block;
        const CfRule* rule;
    };
    std::vector<Ref> rules;
    for (const CfBlock& b : blocks)
        for (const CfRule& r : b.rules) rules.push_back({&b, &r});
    std::stable_sort(rules.begin(), rules.end(), [](const Ref& a, const Ref& b) { return a.rule->priority < b.rule->priority; });

    std::vector<bool> reported(rules.size(), false);
    for (size_t gi = 0; gi < grid.rows.size(); ++gi) {
        GridRow& row = grid.rows[gi];
        int r = row.number - 1;
        for (size_t c = 0; c < row.cells.size(); ++c) {
            GridCell& cell = row.cells[c];
            for (size_t k = 0; k < rules.size(); ++k) {
                const CfBlock& b = *rules[k].block;
                bool inside = std::any_of(b.ranges.begin(), b.ranges.end(), [&](const CellRange& cr) { return cr.contains(r, static_cast<int>(c)); });
                if (!inside || b.ranges.empty()) continue;
                auto result = eval.test(*rules[k].rule, cell, r, static_cast<int>(c), b.ranges.front());
                if (!result) {
                    // Only rules that could paint a fill matter (not data bars or icon sets).
                    if (!reported[k] && rules[k].rule->dxf >= 0) ++unevaluated, reported[k] = true;
                    continue;
                }
                if (!*result) continue;
                const CfRule& rule = *rules[k].rule;
                if (rule.dxf >= 0 && static_cast<size_t>(rule.dxf) < styles.dxf_fills.size() && styles.dxf_fills[static_cast<size_t>(rule.dxf)]) {
                    cell.fill = styles.dxf_fills[static_cast<size_t>(rule.dxf)];
                    cell.fill_source = FillSource::conditional;
                    break;
                }
                if (rule.stop) break;
            }
        }
    }
    return unevaluated;
}

}  // namespace planbridge::xlsx
