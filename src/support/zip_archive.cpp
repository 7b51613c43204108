#include "support/zip_archive.hpp"

#include <zip.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "support/error.hpp"
#include "support/inflater.hpp"

namespace planbridge {

namespace {
std::string zip_error_text(int code) {
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    std::string s = zip_error_strerror(&e);
    zip_error_fini(&e);
    return s;
}

std::string strip_leading_slash(std::string_view name) {
    while (!name.empty() && name.front() == '/') name.remove_prefix(1);
    return std::string(name);
}
}  // namespace

ZipArchive::ZipArchive(const std::string& path, std::string display_name, ZipLimits limits)
    : display_(std::move(display_name)), limits_(limits) {
    int err = 0;
    za_ = zip_open(path.c_str(), ZIP_RDONLY, &err);
    if (!za_) {
        if (err == ZIP_ER_OPEN || err == ZIP_ER_READ)
            throw PlanError(ErrorKind::io, display_, "", "cannot open: " + zip_error_text(err));
        if (err == ZIP_ER_NOZIP)
            throw PlanError(ErrorKind::corrupt, display_, "", "not a zip container (the file is damaged or not an Office Open XML file)");
        throw PlanError(ErrorKind::corrupt, display_, "", "damaged zip container: " + zip_error_text(err));
    }
    zip_int64_t n = zip_get_num_entries(za_, 0);
    if (n < 0 || static_cast<uint64_t>(n) > limits_.max_entries) {
        zip_discard(za_);
        za_ = nullptr;
        throw PlanError(ErrorKind::limits, display_, "", "zip has too many entries (" + std::to_string(n) + ")");
    }
}

ZipArchive::~ZipArchive() {
    if (za_) zip_discard(za_);
}

std::optional<std::string> ZipArchive::find(std::string_view name) const {
    std::string n = strip_leading_slash(name);
    zip_int64_t idx = zip_name_locate(za_, n.c_str(), 0);
    if (idx < 0) idx = zip_name_locate(za_, n.c_str(), ZIP_FL_NOCASE);
    if (idx < 0) return std::nullopt;
    const char* real = zip_get_name(za_, static_cast<zip_uint64_t>(idx), 0);
    return real ? std::optional<std::string>(real) : std::nullopt;
}

uint64_t ZipArchive::declared_size(std::string_view name) const {
    auto real = find(name);
    zip_stat_t st;
    zip_stat_init(&st);
    if (!real || zip_stat(za_, real->c_str(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return 0;
    return st.size;
}

std::vector<std::string> ZipArchive::names() const {
    std::vector<std::string> out;
    zip_int64_t n = zip_get_num_entries(za_, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        if (const char* s = zip_get_name(za_, static_cast<zip_uint64_t>(i), 0)) out.emplace_back(s);
    return out;
}

std::string ZipArchive::read_all(std::string_view name) {
    std::string out;
    stream(name, [&](const char* p, size_t n) { out.append(p, n); });
    return out;
}

namespace {

// Decompresses on a second thread into a small queue of buffers while the caller's sink (an
// XML parser) consumes them: inflating is about half the cost of reading a large sheet.
class InflatePipeline {
public:
    using Reader = std::function<size_t(char*, size_t)>;  // returns 0 at the end, throws on error

    explicit InflatePipeline(Reader read) : read_(std::move(read)), worker_([this] { produce(); }) {}
    ~InflatePipeline() {
        {
            std::lock_guard<std::mutex> lock(mu_);
            cancelled_ = true;
        }
        cv_.notify_all();
        worker_.join();
    }

    // Next chunk, or false at the end; rethrows the producer's error.
    bool next(std::string& chunk) {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return !queue_.empty() || done_; });
        if (queue_.empty()) {
            if (error_) std::rethrow_exception(error_);
            return false;
        }
        chunk.swap(queue_.front());
        spare_.push_back(std::move(queue_.front()));  // the chunk read before: its memory is used again
        queue_.pop_front();
        cv_.notify_all();
        return true;
    }

private:
    static constexpr size_t kChunk = 256 * 1024;
    static constexpr size_t kDepth = 8;

    void produce() {
        try {
            for (;;) {
                std::string buf = spare_buffer();
                size_t got = read_(buf.data(), buf.size());
                if (got == 0) break;
                buf.resize(got);
                std::unique_lock<std::mutex> lock(mu_);
                cv_.wait(lock, [&] { return queue_.size() < kDepth || cancelled_; });
                if (cancelled_) return;
                queue_.push_back(std::move(buf));
                cv_.notify_all();
            }
        } catch (...) {
            std::lock_guard<std::mutex> lock(mu_);
            error_ = std::current_exception();
        }
        std::lock_guard<std::mutex> lock(mu_);
        done_ = true;
        cv_.notify_all();
    }

    // A buffer of kChunk bytes: one the reader is done with, or a new one.
    std::string spare_buffer() {
        std::string buf;
        {
            std::lock_guard<std::mutex> lock(mu_);
            if (!spare_.empty()) {
                buf = std::move(spare_.back());
                spare_.pop_back();
            }
        }
        buf.resize(kChunk);  // a full one, as most are, is not filled again
        return buf;
    }

    Reader read_;
    std::mutex mu_;
    std::vector<std::string> spare_;
    std::condition_variable cv_;
    std::deque<std::string> queue_;
    std::exception_ptr error_;
    bool done_ = false, cancelled_ = false;
    std::thread worker_;  // last: starts after the members it uses exist
};

constexpr uint64_t kPipelineThreshold = 8u << 20;  // parts smaller than this are read inline
constexpr size_t kInlineChunk = 64 * 1024;

}  // namespace

// Reads one bounded chunk at a time; every byte passes the budget checks before anyone sees it.
struct ZipEntry::Impl {
    Impl(ZipArchive& archive, std::string real, zip_file_t* file) : zip(archive), name(std::move(real)), f(file, &zip_fclose) {}

    ZipArchive& zip;
    std::string name;
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f;  // deflated entries: opened for their raw bytes
    std::unique_ptr<Inflater> inflater;                     // … which this inflates
    uint64_t raw_read = 0;  // compressed bytes actually read (the size the zip declares can lie)
    uint64_t entry_read = 0;
    std::unique_ptr<InflatePipeline> pipeline;  // large entries: inflated on a second thread
    std::string chunk;  // the one next() gave last

    [[noreturn]] void damaged(const std::string& why) const {
        throw PlanError(ErrorKind::corrupt, zip.display_, name, "damaged zip entry: " + why);
    }

    size_t read_raw(char* buf, size_t size) {
        zip_int64_t got = zip_fread(f.get(), buf, size);
        if (got < 0) damaged(zip_error_strerror(zip_file_get_error(f.get())));
        raw_read += static_cast<uint64_t>(got);
        return static_cast<size_t>(got);
    }

    size_t read_chunk(char* buf, size_t size) {
        size_t got = 0;
        if (!inflater) {
            got = read_raw(buf, size);
        } else {
            try {
                got = inflater->read(buf, size);
            } catch (const InflateError& e) {
                damaged(e.what());
            }
        }
        entry_read += static_cast<uint64_t>(got);
        zip.total_read_ += static_cast<uint64_t>(got);
        if (entry_read > zip.limits_.max_entry_bytes || zip.total_read_ > zip.limits_.max_total_bytes)
            throw PlanError(ErrorKind::limits, zip.display_, name, "decompressed size exceeds the limit (possible zip bomb)");
        if (entry_read > (16u << 20) && inflater && entry_read / std::max<uint64_t>(raw_read, 1) > zip.limits_.max_ratio)
            throw PlanError(ErrorKind::limits, zip.display_, name, "compression ratio exceeds the limit (possible zip bomb)");
        return static_cast<size_t>(got);
    }

    std::string_view next() {
        if (pipeline) return pipeline->next(chunk) ? std::string_view(chunk) : std::string_view();
        if (chunk.empty()) chunk.resize(kInlineChunk);
        return std::string_view(chunk.data(), read_chunk(chunk.data(), chunk.size()));
    }
};

ZipEntry::ZipEntry(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ZipEntry::~ZipEntry() = default;
std::string_view ZipEntry::next() { return impl_->next(); }

std::unique_ptr<ZipEntry> ZipArchive::open(std::string_view name) {
    auto real = find(name);
    if (!real) throw PlanError(ErrorKind::corrupt, display_, std::string(name), "part missing from the package");
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(za_, real->c_str(), 0, &st) != 0)
        throw PlanError(ErrorKind::corrupt, display_, *real, "cannot read zip entry");
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        throw PlanError(ErrorKind::encrypted, display_, *real, "zip entry is encrypted");
    // Deflated entries (nearly all) are inflated here, faster than libzip would (inflater.hpp).
    bool deflated = (st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method == ZIP_CM_DEFLATE && (st.valid & ZIP_STAT_CRC);
    zip_file_t* f = zip_fopen(za_, real->c_str(), deflated ? ZIP_FL_COMPRESSED : 0);
    if (!f) throw PlanError(ErrorKind::corrupt, display_, *real, std::string("cannot open zip entry: ") + zip_strerror(za_));
    auto impl = std::make_unique<ZipEntry::Impl>(*this, *real, f);
    if (deflated)
        impl->inflater = std::make_unique<Inflater>(
            [p = impl.get()](uint8_t* buf, size_t size) { return p->read_raw(reinterpret_cast<char*>(buf), size); }, st.crc);
    uint64_t declared = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
    if (declared >= kPipelineThreshold)
        impl->pipeline = std::make_unique<InflatePipeline>([p = impl.get()](char* buf, size_t size) { return p->read_chunk(buf, size); });
    return std::unique_ptr<ZipEntry>(new ZipEntry(std::move(impl)));
}

void ZipArchive::stream(std::string_view name, const std::function<void(const char*, size_t)>& sink) {
    std::unique_ptr<ZipEntry> entry = open(name);
    for (std::string_view chunk = entry->next(); !chunk.empty(); chunk = entry->next()) sink(chunk.data(), chunk.size());
}

}  // namespace planbridge
