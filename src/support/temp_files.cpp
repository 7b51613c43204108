#include "support/temp_files.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <utility>
#include <vector>

#include "support/error.hpp"

namespace planbridge {

namespace {

constexpr const char* kMark = ".planbridge-";

std::pair<std::string, std::string> split_dir(const std::string& path) {
    size_t slash = path.rfind('/');
    if (slash == std::string::npos) return {".", path};
    return {slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1)};
}

mode_t new_file_mode() {
    static const mode_t mode = [] {
        mode_t mask = ::umask(0);  // read once, before any output is made
        ::umask(mask);
        return static_cast<mode_t>(0666 & ~mask);
    }();
    return mode;
}

// What a signal handler may touch: fixed slots of paths, each published once written.
constexpr int kSlots = 16;
constexpr size_t kPathBytes = 4096;
char g_paths[kSlots][kPathBytes];
std::atomic<bool> g_used[kSlots];
std::mutex g_slots_mutex;  // between threads registering (never taken in the handler)
constexpr int kGroups = 4;  // conversions running at once (diff reads two files together)
std::atomic<pid_t> g_child_groups[kGroups];
std::atomic<int> g_stop{0};
std::atomic<int> g_spawning{0};  // children between fork and watch_child_group

void remove_registered() {
    for (int k = kSlots - 1; k >= 0; --k)
        if (g_used[k].load()) {
            ::unlink(g_paths[k]);
            ::rmdir(g_paths[k]);
        }
}

extern "C" void remove_then_reraise(int sig) {
    bool watched = g_spawning.load() > 0;  // its group is watched as soon as fork returns
    for (auto& group : g_child_groups)
        if (pid_t g = group.load(); g > 0) ::kill(-g, SIGKILL), watched = true;
    if (watched) {
        g_stop.store(sig);
        return;  // the waiting code stops, and the way out removes the rest
    }
    remove_registered();
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

// Asked at each registration, so a disposition someone set since is seen: one left to the
// default becomes ours; an ignored one (nohup) or another's handler is left as it is.
void install_handlers() {
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction old {};
        if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler != SIG_DFL || (old.sa_flags & SA_SIGINFO)) continue;
        struct sigaction sa {};
        sa.sa_handler = remove_then_reraise;
        sigemptyset(&sa.sa_mask);
        ::sigaction(sig, &sa, nullptr);
    }
}

}  // namespace

TempFile create_temp_beside(const std::string& target, const std::string& display) {
    auto [dir, name] = split_dir(target);
    std::string pattern = dir + "/." + name + kMark + std::to_string(::getpid()) + "-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    int fd = ::mkostemp(buf.data(), O_CLOEXEC);
    if (fd < 0) throw PlanError(ErrorKind::output, display, "", std::string("cannot write: ") + std::strerror(errno));
    TempFile t{buf.data(), fd};
    remove_on_signal(t.path);
    struct stat st;
    mode_t mode = ::stat(target.c_str(), &st) == 0 && S_ISREG(st.st_mode) ? st.st_mode & 07777 : new_file_mode();
    ::fchmod(fd, mode);  // mkostemp made it 0600; a failure leaves it private, which is safe
    return t;
}

std::string create_private_dir(const std::string& display) {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/planbridge-" + std::to_string(::getpid()) + "-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (!::mkdtemp(buf.data())) throw PlanError(ErrorKind::output, display, "", std::string("cannot make a temporary folder: ") + std::strerror(errno));
    remove_on_signal(buf.data());
    return buf.data();
}

void remove_on_signal(const std::string& path) {
    if (path.size() >= kPathBytes) return;  // not kept; removed on every other way out still
    install_handlers();
    std::lock_guard<std::mutex> lock(g_slots_mutex);
    for (int k = 0; k < kSlots; ++k)
        if (!g_used[k].load()) {
            std::memcpy(g_paths[k], path.c_str(), path.size() + 1);
            g_used[k].store(true);
            return;
        }
}

void forget_on_signal(const std::string& path) {
    std::lock_guard<std::mutex> lock(g_slots_mutex);
    for (int k = kSlots - 1; k >= 0; --k)
        if (g_used[k].load() && path == g_paths[k]) {
            g_used[k].store(false);
            return;
        }
}

void begin_child_spawn() {
    install_handlers();
    g_spawning.fetch_add(1);
}

void abandon_child_spawn() { g_spawning.fetch_sub(1); }

void watch_child_group(pid_t group) {
    for (auto& slot : g_child_groups) {
        pid_t empty = 0;
        if (slot.compare_exchange_strong(empty, group)) break;
    }
    g_spawning.fetch_sub(1);
}

void unwatch_child_group(pid_t group) {
    for (auto& slot : g_child_groups) {
        pid_t mine = group;
        if (slot.compare_exchange_strong(mine, 0)) return;
    }
}

int stop_requested() { return g_stop.load(); }

void end_as_stopped(int signal) {
    remove_registered();
    ::signal(signal, SIG_DFL);
    ::raise(signal);
    ::_exit(128 + signal);  // not reached unless the signal is blocked
}

void remove_stale_temporaries(const std::string& target) {
    auto [dir, name] = split_dir(target);
    std::string prefix = "." + name + kMark;
    DIR* d = ::opendir(dir.c_str());
    if (!d) return;
    while (dirent* e = ::readdir(d)) {
        std::string entry = e->d_name;
        if (entry.compare(0, prefix.size(), prefix) != 0) continue;
        long pid = std::strtol(entry.c_str() + prefix.size(), nullptr, 10);
        if (pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;  // alive (ours or another's)
        std::string path = dir + "/" + entry;
        struct stat st;
        if (::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid()) ::unlink(path.c_str());
    }
    ::closedir(d);
}

}  // namespace planbridge
