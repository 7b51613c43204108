// Output that appears whole or not at all: written to a temporary name beside the target, then
// renamed. If the writer fails (or the object is destroyed without commit) the temporary goes.
#pragma once
#include <functional>
#include <ostream>
#include <string>

namespace planbridge {

class AtomicFile {
public:
    explicit AtomicFile(std::string target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::string& temp_path() const { return temp_; }
    void commit();  // throws PlanError(output)

private:
    std::string target_, temp_;
    bool committed_ = false;
};

// Writes content to path atomically; throws PlanError(output).
void write_file_atomic(const std::string& path, const std::string& content);
// The same for output too big to hold whole: write() puts it on the stream as it goes.
void write_file_atomic(const std::string& path, const std::function<void(std::ostream&)>& write);
// For writers that must be given a file name (libxlsxwriter): write(temporary) writes a whole
// file there, which then replaces path (renamed; copied when path is a device or a pipe).
void write_file_via_temporary(const std::string& path, const std::function<void(const std::string& temporary)>& write);
// Reads a whole file; throws PlanError(io).
std::string read_file(const std::string& path, const std::string& display_name);

}  // namespace planbridge
