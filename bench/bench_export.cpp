// The export benchmark (issue 5). The plan is imported first (not timed); then one of:
//   bench_export planbridge PLAN OUT.xlsx   planbridge's board workbook (write_board_xlsx): timed
//   bench_export bare PLAN OUT.xlsx         a bare libxlsxwriter program writing the same Actions
//                                           cells with the same fills (constant memory): timed
//   bench_export dump PLAN CELLS.json       the same cells for bench_xlsxwriter.py (not timed)
// Each timed mode prints its seconds and the process's peak RSS.
#include <sys/resource.h>
#include <xlsxwriter.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/fields.hpp"
#include "read/reader.hpp"
#include "write/board_xlsx.hpp"
#include "write/layout.hpp"

using namespace planbridge;

namespace {

// The Actions sheet's cells as the built-in layout lays them out: one row of texts per action,
// and the index of its status's fill.
struct Cells {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<int> status_of_row;  // index into the layout's statuses
    int status_column = -1;
};

Cells cells_of(const Plan& plan, const Layout& layout) {
    Cells c;
    for (const LayoutColumn& col : layout.columns) {
        if (col.field != Field::extra) c.header.push_back(col.title);
        else for (const std::string& h : plan.extra_columns) c.header.push_back(h);
        if (col.field == Field::status) c.status_column = static_cast<int>(c.header.size()) - 1;
    }
    for (const Action& a : plan.actions) {
        std::vector<std::string> row;
        for (const LayoutColumn& col : layout.columns) {
            if (col.field == Field::status) {
                row.push_back(layout.style_of(a.status).word);
            } else if (col.field != Field::extra) {
                row.push_back(field_text(a, col.field));  // the text the board workbook's cell shows
            } else {
                for (const std::string& h : plan.extra_columns) {
                    std::string v;
                    for (const auto& [k, x] : a.extra)
                        if (k == h) v = x;
                    row.push_back(v);
                }
            }
        }
        int k = 0;
        for (size_t i = 0; i < layout.statuses.size(); ++i)
            if (layout.statuses[i].status == a.status) k = static_cast<int>(i);
        c.rows.push_back(std::move(row));
        c.status_of_row.push_back(k);
    }
    return c;
}

lxw_color_t colour(Rgb c) { return (static_cast<lxw_color_t>(c.r) << 16) | (static_cast<lxw_color_t>(c.g) << 8) | c.b; }

// What any program writing these cells with these fills must do, and nothing else.
void write_bare(const Cells& c, const Layout& layout, const std::string& out) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* wb = workbook_new_opt(out.c_str(), &options);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Actions");
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0x1F3864);
    format_set_font_color(header, LXW_COLOR_WHITE);
    lxw_format* text = workbook_add_format(wb);
    format_set_text_wrap(text);
    format_set_border(text, LXW_BORDER_THIN);
    std::vector<lxw_format*> status;
    for (const StatusStyle& s : layout.statuses) {
        lxw_format* f = workbook_add_format(wb);
        format_set_bold(f);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_bg_color(f, colour(s.fill));
        format_set_font_color(f, colour(s.text));
        status.push_back(f);
    }
    for (size_t k = 0; k < c.header.size(); ++k) worksheet_write_string(ws, 0, static_cast<lxw_col_t>(k), c.header[k].c_str(), header);
    for (size_t r = 0; r < c.rows.size(); ++r)
        for (size_t k = 0; k < c.rows[r].size(); ++k) {
            lxw_format* f = static_cast<int>(k) == c.status_column ? status[static_cast<size_t>(c.status_of_row[r])] : text;
            if (c.rows[r][k].empty()) worksheet_write_blank(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(k), f);
            else worksheet_write_string(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(k), c.rows[r][k].c_str(), f);
        }
    if (workbook_close(wb) != LXW_NO_ERROR) throw std::runtime_error("bare workbook failed");
}

void dump(const Cells& c, const Layout& layout, const std::string& out) {
    nlohmann::json j;
    j["header"] = c.header;
    j["rows"] = c.rows;
    j["status_of_row"] = c.status_of_row;
    j["status_column"] = c.status_column;
    for (const StatusStyle& s : layout.statuses) j["fills"].push_back({"#" + s.fill.hex(), "#" + s.text.hex()});
    std::ofstream(out) << j.dump();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: bench_export planbridge|bare|dump PLAN OUT\n");
        return 2;
    }
    std::string mode = argv[1];
    Plan plan = import_file(argv[2], ImportOptions{}).plan;
    const Layout& layout = default_layout();
    auto start = std::chrono::steady_clock::now();
    if (mode == "planbridge") {
        write_board_xlsx(plan, {}, argv[3]);
    } else {
        Cells c = cells_of(plan, layout);  // both the bare writer and the dump start from the texts
        if (mode == "dump") return dump(c, layout, argv[3]), 0;
        start = std::chrono::steady_clock::now();
        write_bare(c, layout, argv[3]);
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::printf("%s %.3f s %ld MB\n", mode.c_str(), seconds, u.ru_maxrss / 1024);
    return 0;
}
