// Read-only access to a zip container (xlsx, docx) with bounded decompression: every entry is
// read through a byte budget, so a zip bomb fails with ErrorKind::limits instead of filling memory.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct zip;

namespace planbridge {

struct ZipLimits {
    uint64_t max_entry_bytes = 1ull << 30;   // one part, decompressed
    uint64_t max_total_bytes = 4ull << 30;   // all parts read from one file
    uint64_t max_ratio = 1000;               // decompressed / compressed, checked past 16 MiB
    uint64_t max_entries = 100000;
};

class ZipArchive;

// One entry being read: its decompressed bytes a chunk at a time, every byte through the
// archive's budget. A large entry is inflated on a second thread while the caller reads.
class ZipEntry {
public:
    ~ZipEntry();
    ZipEntry(const ZipEntry&) = delete;
    ZipEntry& operator=(const ZipEntry&) = delete;
    // The next chunk (valid until the next call; at most 256 KiB), or empty at the end.
    // Throws PlanError (corrupt/limits) naming the file and entry.
    std::string_view next();

private:
    friend class ZipArchive;
    struct Impl;
    explicit ZipEntry(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

class ZipArchive {
public:
    // Throws PlanError (corrupt/io/limits/encrypted) naming 'display_name'.
    ZipArchive(const std::string& path, std::string display_name, ZipLimits limits = {});
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // The entry's real name (zip names are case-sensitive, Office is not), or nullopt.
    std::optional<std::string> find(std::string_view name) const;
    std::string read_all(std::string_view name);
    // The entry's declared decompressed size (as the zip says; not trusted for limits), 0 if unknown.
    uint64_t declared_size(std::string_view name) const;
    // Opens an entry for reading (it must not outlive the archive).
    std::unique_ptr<ZipEntry> open(std::string_view name);
    // Calls sink with decompressed chunks, at most 256 KiB each.
    void stream(std::string_view name, const std::function<void(const char*, size_t)>& sink);
    std::vector<std::string> names() const;
    const std::string& display_name() const { return display_; }

private:
    friend struct ZipEntry::Impl;
    zip* za_ = nullptr;
    std::string display_;
    ZipLimits limits_;
    uint64_t total_read_ = 0;
};

}  // namespace planbridge
