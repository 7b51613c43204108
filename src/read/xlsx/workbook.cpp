#include "read/xlsx/workbook.hpp"

#include "read/ooxml/package.hpp"
#include "support/xml_stream.hpp"

namespace planbridge::xlsx {

namespace {

class WorkbookHandler : public xml::Handler {
public:
    struct RawSheet {
        std::string name, rel_id, state;
    };
    std::vector<RawSheet> sheets;
    bool date1904 = false;

    void on_start(xml::Ns ns, std::string_view n, const xml::Attrs& a) override {
        if (ns != xml::Ns::spreadsheet) return;
        if (n == "sheet") {
            auto rid = a.get(xml::Ns::relationships, "id");
            sheets.push_back({std::string(a.get_or("name", "")), std::string(rid ? *rid : ""),
                              std::string(a.get_or("state", "visible"))});
        } else if (n == "workbookPr") {
            auto v = a.get_or("date1904", "0");
            date1904 = v == "1" || v == "true";
        }
    }
};

class SharedStringsHandler : public xml::Handler {
public:
    explicit SharedStringsHandler(ExpansionBudget& budget) : budget_(budget) {}
    std::vector<std::string> strings;

    void on_start(xml::Ns ns, std::string_view n, const xml::Attrs&) override {
        if (ns != xml::Ns::spreadsheet) return;
        if (n == "si") {
            current_.clear();
            in_si_ = true;
        } else if (n == "rPh" || n == "phoneticPr") {
            ++skip_;
        } else if (n == "t" && in_si_ && skip_ == 0) {
            in_t_ = true;
        }
    }
    void on_end(xml::Ns ns, std::string_view n) override {
        if (ns != xml::Ns::spreadsheet) return;
        if (n == "si") {
            budget_.charge(1, current_.size(), "shared strings");
            strings.push_back(ooxml::decode_xstring(current_));
            in_si_ = false;
        } else if (n == "rPh" || n == "phoneticPr") {
            --skip_;
        } else if (n == "t") {
            in_t_ = false;
        }
    }
    void on_text(std::string_view t) override {
        if (!in_t_) return;
        current_.append(t);
        budget_.check_cell_text(current_.size(), "shared strings");
    }

private:
    ExpansionBudget& budget_;
    std::string current_;
    bool in_si_ = false, in_t_ = false;
    int skip_ = 0;
};

}  // namespace

Workbook read_workbook(ZipArchive& zip, const std::string& workbook_part) {
    WorkbookHandler h;
    xml::parse_part(zip, workbook_part, h);
    auto rels = ooxml::read_relationships(zip, workbook_part);
    Workbook wb;
    wb.date1904 = h.date1904;
    for (const auto& s : h.sheets) {
        SheetEntry e{s.name, "", s.state, ""};
        if (const auto* r = ooxml::find_by_id(rels, s.rel_id)) {
            e.kind = r->type;
            if (r->type == "worksheet") e.part = r->target;
        }
        wb.sheets.push_back(std::move(e));
    }
    if (const auto* r = ooxml::find_by_type(rels, "sharedStrings")) wb.shared_strings_part = r->target;
    if (const auto* r = ooxml::find_by_type(rels, "styles")) wb.styles_part = r->target;
    if (const auto* r = ooxml::find_by_type(rels, "theme")) wb.theme_part = r->target;
    return wb;
}

std::vector<std::string> read_shared_strings(ZipArchive& zip, const std::string& part, ExpansionBudget& budget) {
    SharedStringsHandler h(budget);
    xml::parse_part(zip, part, h);
    return std::move(h.strings);
}

SharedStrings::SharedStrings(const std::string& path, const std::string& display, const std::string& part, ExpansionBudget& budget)
    : pending_(std::async(std::launch::async, [path, display, part, &budget] {
          ZipArchive zip(path, display);
          return read_shared_strings(zip, part, budget);
      })) {}

SharedStrings::~SharedStrings() {
    if (pending_.valid()) pending_.wait();  // never leave the thread running past the workbook
}

const std::vector<std::string>& SharedStrings::get() const {
    if (ready_.load(std::memory_order_acquire)) return strings_;  // the common case: one load
    std::lock_guard lock(mutex_);
    if (!ready_.load(std::memory_order_relaxed)) {
        if (!failure_ && pending_.valid()) {
            try {
                strings_ = pending_.get();
            } catch (...) {
                failure_ = std::current_exception();
            }
        }
        if (failure_) std::rethrow_exception(failure_);
        ready_.store(true, std::memory_order_release);
    }
    return strings_;
}

}  // namespace planbridge::xlsx
