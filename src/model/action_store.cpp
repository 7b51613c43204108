#include "model/action_store.hpp"

#include <algorithm>
#include <cstring>

#include "model/action_key.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

// A record is the action's fields in this order: key, id, recommendations (count, each),
// action, owner, due (text, which dates, start, end, kind), status, status_from, progress,
// measure, resources, extra (count, heading and value each), origin (place, table, row).
// Numbers and lengths are written 7 bits a byte.
void put_number(std::string& out, uint64_t n) {
    while (n >= 0x80) {
        out += static_cast<char>((n & 0x7F) | 0x80);
        n >>= 7;
    }
    out += static_cast<char>(n);
}

void put_text(std::string& out, std::string_view s) {
    put_number(out, s.size());
    out += s;
}

void put_date(std::string& out, const Date& d) {
    char bytes[sizeof(Date)];
    std::memcpy(bytes, &d, sizeof d);
    out.append(bytes, sizeof bytes);
}

class RecordReader {
public:
    explicit RecordReader(std::string_view bytes) : p_(bytes.data()) {}

    uint64_t number() {
        uint64_t n = 0;
        for (int shift = 0;; shift += 7) {
            auto byte = static_cast<unsigned char>(*p_++);
            n |= static_cast<uint64_t>(byte & 0x7F) << shift;
            if (byte < 0x80) return n;
        }
    }
    std::string_view text() {
        size_t n = number();
        std::string_view s(p_, n);
        p_ += n;
        return s;
    }
    void text(std::string& out) { out.assign(text()); }
    Date date() {
        Date d;
        std::memcpy(&d, p_, sizeof d);
        p_ += sizeof d;
        return d;
    }
    template <class E>
    E byte() {
        return static_cast<E>(static_cast<unsigned char>(*p_++));
    }

private:
    const char* p_;
};

void write_record(std::string& out, const Action& a, uint32_t place) {
    out.clear();
    put_text(out, a.key);
    put_text(out, a.id);
    put_number(out, a.recommendations.size());
    for (const std::string& r : a.recommendations) put_text(out, r);
    put_text(out, a.action);
    put_text(out, a.owner);
    put_text(out, a.due.text);
    out += static_cast<char>((a.due.start ? 1 : 0) | (a.due.end ? 2 : 0));
    if (a.due.start) put_date(out, *a.due.start);
    if (a.due.end) put_date(out, *a.due.end);
    out += static_cast<char>(a.due.kind);
    out += static_cast<char>(a.status);
    out += static_cast<char>(a.status_from);
    put_text(out, a.progress);
    put_text(out, a.measure);
    put_text(out, a.resources);
    put_number(out, a.extra.size());
    for (const auto& [heading, value] : a.extra) put_text(out, heading), put_text(out, value);
    put_number(out, place);
    put_number(out, static_cast<uint32_t>(a.origin.table));
    put_number(out, static_cast<uint32_t>(a.origin.row));
}

// Reads a list of 'count' items into 'list', reusing its elements' memory.
template <class T, class ReadOne>
void read_list(RecordReader& r, std::vector<T>& list, ReadOne read_one) {
    list.resize(r.number());
    for (T& item : list) read_one(item);
}

}  // namespace

uint64_t ActionStore::store(std::string_view bytes) {
    if (blocks_.empty() || block_sizes_.back() + bytes.size() > kBlock) {
        // Not zeroed: every byte read was written. A record longer than a block gets its own.
        blocks_.push_back(std::unique_ptr<char[]>(new char[std::max(kBlock, bytes.size())]));
        block_sizes_.push_back(0);
    }
    size_t& used = block_sizes_.back();
    std::memcpy(blocks_.back().get() + used, bytes.data(), bytes.size());
    uint64_t at = (static_cast<uint64_t>(blocks_.size() - 1) << 32) | used;
    used += bytes.size();
    return at;
}

std::string_view ActionStore::bytes_at(uint64_t at) const {
    size_t block = at >> 32, offset = at & 0xFFFFFFFFu;
    return {blocks_[block].get() + offset, block_sizes_[block] - offset};
}

uint32_t ActionStore::place_id(const Origin& o) {
    if (!places_.empty() && places_.back().first == o.file && places_.back().second == o.sheet) return static_cast<uint32_t>(places_.size() - 1);
    places_.emplace_back(o.file, o.sheet);  // one per grid, or nearly: a linear search would be no better
    return static_cast<uint32_t>(places_.size() - 1);
}

void ActionStore::add(const Action& a, uint64_t text_hash, int grid) {
    write_record(record_, a, place_id(a.origin));
    Entry e;
    e.at = store(record_);
    e.text_hash = text_hash;
    e.section = sections_.id(a.section);
    e.grid = grid;
    entries_.push_back(e);
}

void ActionStore::clear() { *this = ActionStore(); }

void ActionStore::remove_grid(int grid) {
    entries_.erase(std::remove_if(entries_.begin(), entries_.end(), [grid](const Entry& e) { return e.grid == grid; }), entries_.end());
}

size_t ActionStore::finish(const std::vector<std::pair<int, std::string>>& section_prefixes) {
    put_in_grid_order(entries_);
    sections_.prefix(entries_, section_prefixes);
    assign_keys();
    return entries_.size();
}

void ActionStore::assign_keys() {
    ActionKeyMaker keys(entries_.size());
    std::string key_record;
    for (Entry& e : entries_) {
        RecordReader r(bytes_at(e.at));
        std::string_view own_key = r.text();
        std::string_view id = r.text();
        // A key the action came with (read back from a board workbook's records) is kept; the
        // made one is still counted, so that the copies after it are numbered as in the plan.
        std::string key = keys.next({sections_.hash(e.section), id, e.text_hash});
        if (!own_key.empty()) continue;
        key_record.clear();
        put_text(key_record, key);
        e.key_at = store(key_record);
    }
}

void ActionStore::get(size_t i, Action& a) const {
    const Entry& e = entries_[i];
    RecordReader r(bytes_at(e.at));
    r.text(a.key);
    if (e.key_at != kNoKey) RecordReader(bytes_at(e.key_at)).text(a.key);
    r.text(a.id);
    a.section = sections_.path(e.section);
    read_list(r, a.recommendations, [&](std::string& s) { r.text(s); });
    r.text(a.action);
    r.text(a.owner);
    r.text(a.due.text);
    auto dates = r.byte<unsigned>();
    a.due.start = (dates & 1) ? std::optional<Date>(r.date()) : std::nullopt;
    a.due.end = (dates & 2) ? std::optional<Date>(r.date()) : std::nullopt;
    a.due.kind = r.byte<DueKind>();
    a.status = r.byte<Status>();
    a.status_from = r.byte<StatusSource>();
    r.text(a.progress);
    r.text(a.measure);
    r.text(a.resources);
    read_list(r, a.extra, [&](std::pair<std::string, std::string>& kv) { r.text(kv.first), r.text(kv.second); });
    const auto& [file, sheet] = places_[r.number()];
    a.origin.file = file;
    a.origin.sheet = sheet;
    a.origin.table = static_cast<int>(r.number());
    a.origin.row = static_cast<int>(r.number());
}

std::vector<PlanActions> actions_of(const std::vector<Plan>& plans) {
    std::vector<PlanActions> out;
    for (const Plan& p : plans) out.push_back({&p, nullptr});
    return out;
}

}  // namespace planbridge
