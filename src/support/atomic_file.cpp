#include "support/atomic_file.hpp"

#include <fcntl.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <streambuf>
#include <utility>
#include <vector>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>

#include "support/error.hpp"
#include "support/temp_files.hpp"

namespace planbridge {

AtomicFile::AtomicFile(std::string target, const std::string& display) : target_(std::move(target)), display_(display) {
    remove_stale_temporaries(target_);
    TempFile t = create_temp_beside(target_, display_);
    temp_ = std::move(t.path);
    fd_ = t.fd;
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(temp_.c_str());
    forget_on_signal(temp_);
}

void AtomicFile::commit() {
    // On disk before it takes the old file's name: a crash then leaves the old file or the new,
    // never an empty one.
    int fd = ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0) ::close(fd);
    if (!synced || std::rename(temp_.c_str(), target_.c_str()) != 0)
        throw PlanError(ErrorKind::output, display_, "", std::string("cannot write: ") + std::strerror(errno));
    committed_ = true;
}

void write_file_atomic(const std::string& path, const std::string& content) {
    write_file_atomic(path, [&](std::ostream& f) { f.write(content.data(), static_cast<std::streamsize>(content.size())); });
}

namespace {

// Where an atomic write should land: a symbolic link is followed (the link stays, the file it
// names is replaced), so the temporary sits beside the real file; a link to nothing is refused.
std::string real_target(const std::string& path) {
    char* resolved = ::realpath(path.c_str(), nullptr);
    if (!resolved) {
        struct stat st;
        if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode))
            throw PlanError(ErrorKind::output, path, "", "is a symbolic link to nothing: give the file to write itself");
        return path;  // does not exist yet
    }
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

// A stream onto a file descriptor that asks the kernel to start writing each few megabytes to
// disk as soon as they are written. A big report renamed over the last one otherwise stalls in
// rename(): ext4 then flushes the whole new file at once (its auto_da_alloc safeguard), ~20 ms
// for a 26 MB diff report; started as it goes, that work overlaps the rest of the writing.
class FileOutBuf : public std::streambuf {
public:
    explicit FileOutBuf(int fd) : fd_(fd), buffer_(kBuffer) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
    ~FileOutBuf() override { sync(); }

protected:
    int_type overflow(int_type c) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        if (n < static_cast<std::streamsize>(buffer_.size())) return std::streambuf::xsputn(s, n);
        return drain() && put(s, static_cast<size_t>(n)) ? n : 0;  // big pieces go straight out
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    static constexpr size_t kBuffer = 64 * 1024;
    static constexpr off_t kStartEvery = 4 << 20;
    int fd_;
    std::vector<char> buffer_;
    off_t written_ = 0, started_ = 0;

    bool drain() {
        bool ok = put(pbase(), static_cast<size_t>(pptr() - pbase()));
        setp(buffer_.data(), buffer_.data() + buffer_.size());
        return ok;
    }
    bool put(const char* s, size_t n) {
        while (n > 0) {
            ssize_t w = ::write(fd_, s, n);
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) return false;
            s += w, n -= static_cast<size_t>(w), written_ += w;
        }
#if defined(__linux__)
        if (written_ - started_ >= kStartEvery) {  // advice only: a pipe or device just says no
            ::sync_file_range(fd_, started_, written_ - started_, SYNC_FILE_RANGE_WRITE);
            started_ = written_;
        }
#endif
        return true;
    }
};

// Writes to the open descriptor fd (closed here), naming path (what the user asked for) in any error.
void write_stream(int fd, const std::string& path, const std::function<void(std::ostream&)>& write) {
    struct Descriptor {  // closed last, after the stream on it is gone
        int fd;
        ~Descriptor() {
            if (fd >= 0) ::close(fd);
        }
    } file_fd{fd};
    if (file_fd.fd < 0) throw PlanError(ErrorKind::output, path, "", std::string("cannot write: ") + std::strerror(errno));
    bool ok;
    {
        FileOutBuf buf(file_fd.fd);
        std::ostream out(&buf);
        write(out);
        out.flush();
        ok = static_cast<bool>(out);
    }
    ok = ::close(std::exchange(file_fd.fd, -1)) == 0 && ok;
    if (!ok) throw PlanError(ErrorKind::output, path, "", "write failed (disk full?)");
}

int open_device(const std::string& path) { return ::open(path.c_str(), O_WRONLY | O_CLOEXEC); }

}  // namespace

void write_file_atomic(const std::string& path, const std::function<void(std::ostream&)>& write) {
    if (is_special_file(path)) return write_stream(open_device(path), path, write);
    AtomicFile out(real_target(path), path);
    write_stream(out.release_fd(), path, write);
    out.commit();
}

void write_file_via_temporary(const std::string& path, const std::function<void(const std::string& temporary)>& write) {
    if (!is_special_file(path)) {
        AtomicFile out(real_target(path), path);
        ::close(out.release_fd());  // the writer opens it by name (it was made new, beside the output)
        write(out.temp_path());
        out.commit();
        return;
    }
    // For a device or a pipe: written whole in a private folder first, then copied.
    struct Scratch {
        std::string dir, file;
        ~Scratch() {
            ::unlink(file.c_str());
            ::rmdir(dir.c_str());
            forget_on_signal(file);
            forget_on_signal(dir);
        }
    } scratch{create_private_dir(path), ""};
    scratch.file = scratch.dir + "/output";
    remove_on_signal(scratch.file);
    int fd = ::open(scratch.file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) throw PlanError(ErrorKind::output, path, "", std::string("cannot write: ") + std::strerror(errno));
    ::close(fd);
    write(scratch.file);
    std::ifstream in(scratch.file, std::ios::binary);
    write_stream(open_device(path), path, [&](std::ostream& out) { out << in.rdbuf(); });
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
