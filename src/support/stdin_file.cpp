#include "support/stdin_file.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include "support/error.hpp"
#include "support/temp_files.hpp"

namespace planbridge {

namespace {

constexpr const char* kStdin = "standard input";

void copy_all(int from, int to, uint64_t max_bytes) {
    char buffer[1 << 16];
    uint64_t total = 0;
    for (;;) {
        ssize_t n = ::read(from, buffer, sizeof buffer);
        if (n == 0) return;
        if (n < 0) {
            if (errno == EINTR) continue;
            throw PlanError(ErrorKind::io, kStdin, "", std::string("cannot be read: ") + std::strerror(errno));
        }
        total += static_cast<uint64_t>(n);
        if (total > max_bytes)
            throw PlanError(ErrorKind::too_large, kStdin, "",
                            "too large to be a plan: more than " + std::to_string(max_bytes >> 20) +
                                " MB arrived (a file given by name is read with the same budget)");
        for (ssize_t done = 0; done < n;) {
            ssize_t w = ::write(to, buffer + done, static_cast<size_t>(n - done));
            if (w < 0 && errno == EINTR) continue;
            if (w < 0) throw PlanError(ErrorKind::io, kStdin, "", std::string("cannot be kept in a temporary file: ") + std::strerror(errno));
            done += w;
        }
    }
}

}  // namespace

StdinFile::StdinFile(uint64_t max_bytes) {
    const char* dir = std::getenv("TMPDIR");
    std::string name = std::string(dir && *dir ? dir : "/tmp") + "/planbridge-stdin-XXXXXX";
    int fd = ::mkstemp(name.data());
    if (fd < 0) throw PlanError(ErrorKind::io, kStdin, "", "cannot make a temporary file for it in " + name.substr(0, name.rfind('/')));
    path_ = name;
    remove_on_signal(path_);  // a stop while a pipe is read leaves no copy of it
    try {
        copy_all(STDIN_FILENO, fd, max_bytes);
    } catch (...) {
        ::close(fd);
        ::unlink(path_.c_str());
        forget_on_signal(path_);
        throw;
    }
    if (::close(fd) != 0) {
        ::unlink(path_.c_str());
        forget_on_signal(path_);
        throw PlanError(ErrorKind::io, kStdin, "", "cannot be kept in a temporary file");
    }
}

StdinFile::~StdinFile() {
    ::unlink(path_.c_str());
    forget_on_signal(path_);
}

}  // namespace planbridge
