#include "support/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unistd.h>

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

void write_file_atomic(const std::string& path, const std::function<void(std::ostream&)>& write) {
    AtomicFile out(path);
    {
        std::ofstream f(out.temp_path(), std::ios::binary | std::ios::trunc);
        if (!f) throw PlanError(ErrorKind::output, path, "", std::string("cannot write: ") + std::strerror(errno));
        write(f);
        f.flush();
        if (!f) throw PlanError(ErrorKind::output, path, "", "write failed (disk full?)");
    }
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
