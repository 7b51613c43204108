// Output that appears whole or not at all: written to a temporary name beside the target, then
// renamed. If the writer fails (or the object is destroyed without commit) the temporary goes.
// A symbolic link given as the output: the file it names is replaced and the link stays; a
// link to nothing is refused (where it points is not the user's to say). A device or pipe
// (/dev/stdout, /dev/null, a FIFO) is written to directly.
#pragma once
#include <functional>
#include <ostream>
#include <string>
#include <utility>

namespace planbridge {

// The temporary is made safely (support/temp_files.hpp): unique, new, with the replaced
// file's mode; it is flushed to disk (fsync) before the rename.
class AtomicFile {
public:
    AtomicFile(std::string target, const std::string& display);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::string& temp_path() const { return temp_; }
    int release_fd() { return std::exchange(fd_, -1); }  // the caller closes it
    void commit();  // throws PlanError(output)

private:
    std::string target_, temp_, display_;
    int fd_ = -1;
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
