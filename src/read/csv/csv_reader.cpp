#include "read/csv/csv_reader.hpp"

#include <algorithm>
#include <map>

#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/text_encoding.hpp"

namespace planbridge::csv {

std::vector<std::vector<std::string>> parse_records(std::string_view s, char delim, size_t max_records,
                                                    std::vector<std::string>* problems, ExpansionBudget* budget) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool in_quotes = false, quoted_field = false, field_started = false;
    size_t quote_start_record = 0;
    auto end_field = [&] {
        if (budget) {
            auto place = [&] { return "record " + std::to_string(records.size() + 1); };
            budget->check_column(static_cast<int64_t>(record.size()) + 1, place);
            budget->charge(1, field.size(), place);
        }
        if (record.size() < static_cast<size_t>(ExpansionBudget::kMaxColumns)) record.push_back(std::move(field));
        field.clear();
        quoted_field = field_started = false;
    };
    auto end_record = [&] {
        end_field();
        if (budget) budget->check_row(static_cast<int64_t>(records.size()) + 1, "");
        records.push_back(std::move(record));
        record.clear();
    };
    for (size_t i = 0; i < s.size() && records.size() < max_records; ++i) {
        char c = s[i];
        if (in_quotes) {
            if (c == '"') {
                if (i + 1 < s.size() && s[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    in_quotes = false;
                }
            } else if (c == '\r') {
                field += '\n';  // CR and CRLF inside a cell are line breaks
                if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && !field_started) {
            in_quotes = quoted_field = field_started = true;
            quote_start_record = records.size() + 1;
        } else if (c == delim) {
            end_field();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
            end_record();
        } else {
            field += c;
            field_started = true;
        }
    }
    if (in_quotes && problems)
        problems->push_back("record " + std::to_string(quote_start_record) + ": quoted field is never closed; read to the end of the file");
    if (!field.empty() || !record.empty() || quoted_field) end_record();
    return records;
}

Dialect detect_dialect(std::string_view text) {
    Dialect d;
    if (text.substr(0, 4) == "sep=" && text.size() >= 5) {
        d.delimiter = text[4];
        d.sep_line = true;
        return d;
    }
    // The delimiter that splits the first records into the most columns, most consistently.
    const char candidates[] = {',', ';', '\t', '|'};
    double best_score = 0;
    std::string_view sample = text.substr(0, 1 << 20);
    for (char cand : candidates) {
        auto records = parse_records(sample, cand, 60);
        std::map<size_t, size_t> widths;
        size_t multi = 0;
        for (const auto& r : records) {
            if (r.size() > 1) ++multi;
            ++widths[r.size()];
        }
        if (multi == 0) continue;
        size_t mode_count = 0, mode_width = 0;
        for (auto [w, n] : widths)
            if (n > mode_count) mode_count = n, mode_width = w;
        double score = static_cast<double>(mode_count) * static_cast<double>(mode_width) + static_cast<double>(multi);
        if (score > best_score) best_score = score, d.delimiter = cand;
    }
    return d;
}

Document read_csv_bytes(std::string_view bytes, const std::string& display) {
    Document doc;
    doc.file = display;
    doc.format = "csv";
    if (bytes.find('\0') != std::string_view::npos && bytes.substr(0, 2) != "\xFF\xFE" && bytes.substr(0, 2) != "\xFE\xFF")
        throw PlanError(ErrorKind::unsupported, display, "", "binary data, not a text/CSV file");
    DecodedText decoded;
    try {
        decoded = decode_text(bytes);
    } catch (const PlanError& e) {
        throw PlanError(ErrorKind::corrupt, display, e.place(), e.detail());
    }
    std::string_view text = decoded.utf8;
    Dialect dialect = detect_dialect(text);
    if (dialect.sep_line) {
        size_t end = text.find_first_of("\r\n");
        text = end == std::string_view::npos ? std::string_view() : text.substr(end);
        text.remove_prefix(text.substr(0, 2) == "\r\n" ? 2 : std::min<size_t>(1, text.size()));
    }
    std::string delim_name = dialect.delimiter == '\t' ? "tab" : std::string(1, dialect.delimiter);
    doc.notes.push_back("encoding " + decoded.encoding + ", delimiter '" + delim_name + "'" + (dialect.sep_line ? " (from sep= line)" : ""));

    std::vector<std::string> problems;
    ExpansionBudget budget(display, bytes.size());
    auto records = parse_records(text, dialect.delimiter, SIZE_MAX, &problems, &budget);
    for (const auto& p : problems) doc.warnings.push_back({{display, "", 0, 0}, p});

    Grid grid;
    grid.name = "";
    grid.keeps_merges = false;
    grid.index = 1;
    int number = dialect.sep_line ? 1 : 0;
    for (auto& rec : records) {
        GridRow row;
        row.number = ++number;
        row.cells.reserve(rec.size());
        for (auto& f : rec) {
            GridCell c;
            c.text = std::move(f);
            row.cells.push_back(std::move(c));
        }
        grid.rows.push_back(std::move(row));
    }
    doc.grids.push_back(std::move(grid));
    return doc;
}

Document read_csv(const std::string& path, const std::string& display) {
    return read_csv_bytes(read_file(path, display), display);
}

}  // namespace planbridge::csv
