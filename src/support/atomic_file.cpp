#include "support/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>

#include "support/error.hpp"

namespace planbridge {

AtomicFile::AtomicFile(std::string target) : target_(std::move(target)) {
    temp_ = target_ + ".tmp-" + std::to_string(::getpid());
}

AtomicFile::~AtomicFile() {
    if (!committed_) std::remove(temp_.c_str());
}

void AtomicFile::commit() {
    if (std::rename(temp_.c_str(), target_.c_str()) != 0)
        throw PlanError(ErrorKind::output, target_, "", std::string("cannot write: ") + std::strerror(errno));
    committed_ = true;
}

void write_file_atomic(const std::string& path, const std::string& content) {
    write_file_atomic(path, [&](std::ostream& f) { f.write(content.data(), static_cast<std::streamsize>(content.size())); });
}

namespace {

// Where an atomic write should land: a symbolic link is followed (the link stays, the file it
// names is replaced), so the temporary sits beside the real file.
std::string real_target(const std::string& path) {
    char* resolved = ::realpath(path.c_str(), nullptr);
    if (!resolved) return path;  // does not exist yet
    std::string out = resolved;
    std::free(resolved);
    return out;
}

// A device or a pipe (-o /dev/stdout, /dev/null, a FIFO) cannot be replaced by renaming, and
// must not be: it is written to directly.
bool is_special_file(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
}

// Writes to file, naming path (what the user asked for) in any error.
void write_stream(const std::string& file, const std::string& path, const std::function<void(std::ostream&)>& write) {
    std::ofstream f(file, std::ios::binary | std::ios::trunc);
    if (!f) throw PlanError(ErrorKind::output, path, "", std::string("cannot write: ") + std::strerror(errno));
    write(f);
    f.flush();
    if (!f) throw PlanError(ErrorKind::output, path, "", "write failed (disk full?)");
}

}  // namespace

void write_file_atomic(const std::string& path, const std::function<void(std::ostream&)>& write) {
    if (is_special_file(path)) return write_stream(path, path, write);
    AtomicFile out(real_target(path));
    write_stream(out.temp_path(), path, write);
    out.commit();
}

std::string read_file(const std::string& path, const std::string& display_name) {
    std::ifstream f(path, std::ios::binary);
    if (!f) throw PlanError(ErrorKind::io, display_name, "", std::string("cannot open: ") + std::strerror(errno));
    std::ostringstream ss;
    ss << f.rdbuf();
    if (f.bad()) throw PlanError(ErrorKind::io, display_name, "", "read failed");
    return ss.str();
}

}  // namespace planbridge
