#include "read/legacy/libreoffice.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <thread>
#include <vector>

#include "support/error.hpp"
#include "support/temp_files.hpp"

namespace planbridge::legacy {

namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxScan = 64u << 20;

bool contains_utf16(const std::string& data, const char* ascii) {
    std::string pattern;
    for (const char* c = ascii; *c; ++c) pattern += *c, pattern += '\0';
    return data.find(pattern) != std::string::npos;
}

std::string find_soffice() {
    if (const char* p = std::getenv("PLANBRIDGE_SOFFICE")) return access(p, X_OK) == 0 ? p : "";
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    dirs += ":/usr/lib/libreoffice/program:/opt/libreoffice/program";
    size_t start = 0;
    while (start <= dirs.size()) {
        size_t end = dirs.find(':', start);
        if (end == std::string::npos) end = dirs.size();
        std::string dir = dirs.substr(start, end - start);
        for (const char* name : {"soffice", "libreoffice"}) {
            std::string candidate = (dir.empty() ? "." : dir) + "/" + name;
            if (access(candidate.c_str(), X_OK) == 0) return candidate;
        }
        start = end + 1;
    }
    return "";
}

uint16_t u16(const std::string& d, size_t i) {
    return static_cast<uint16_t>(static_cast<unsigned char>(d[i]) | static_cast<unsigned char>(d[i + 1]) << 8);
}

// The Word FIB starts a sector of the WordDocument stream with wIdent 0xA5EC; bit 0x0100 of
// the flags at offset 10 is fEncrypted ([MS-DOC] 2.5.2).
bool word_encrypted(const std::string& d) {
    for (size_t i = 512; i + 12 <= d.size(); i += 512)
        if (u16(d, i) == 0xA5EC) return (u16(d, i + 10) & 0x0100) != 0;
    return false;
}

// Excel: a FILEPASS record (0x002F) among the workbook globals' records after the BOF
// ([MS-XLS] 2.4.117), walked record by record until EOF (0x000A).
bool excel_encrypted(const std::string& d) {
    size_t i = d.find(std::string("\x09\x08", 2));
    for (int n = 0; i != std::string::npos && i + 4 <= d.size() && n < 1000; ++n) {
        uint16_t type = u16(d, i), length = u16(d, i + 2);
        if (type == 0x002F) return true;
        if (type == 0x000A) return false;
        i += 4 + length;
    }
    return false;
}

int timeout_seconds() {
    const char* v = std::getenv("PLANBRIDGE_CONVERT_TIMEOUT");
    int t = v ? std::atoi(v) : 0;
    return t > 0 ? t : 120;
}

// Runs argv in its own process group, silenced; kills the whole group at the deadline.
// Returns the exit status, or -1 on timeout.
int run_with_limit(const std::vector<std::string>& argv, int seconds) {
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    begin_child_spawn();
    pid_t pid = fork();
    if (pid < 0) {
        abandon_child_spawn();
        return -2;
    }
    if (pid == 0) {
        setpgid(0, 0);
        int null = open("/dev/null", O_RDWR);
        if (null >= 0) {
            dup2(null, 0), dup2(null, 1), dup2(null, 2);
        }
        execv(args[0], args.data());
        _exit(127);
    }
    setpgid(pid, pid);
    watch_child_group(pid);  // planbridge stopped by a signal kills the group too
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    for (;;) {
        int status = 0;
        pid_t r = waitpid(pid, &status, WNOHANG);
        int sig = stop_requested();
        if (r == pid || sig != 0 || std::chrono::steady_clock::now() > deadline) {
            kill(-pid, SIGKILL);  // the group: helpers LibreOffice may have left behind too
            if (r != pid) waitpid(pid, &status, 0);
            unwatch_child_group(pid);
            if (sig != 0) throw Stopped{sig};  // the conversion's folder goes on the way out
            if (r != pid) return -1;
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

}  // namespace

LegacyFile inspect_legacy(const std::string& path, const std::string& display) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw PlanError(ErrorKind::io, display, "", "cannot open the file (does it exist?)");
    std::string data(kMaxScan, '\0');
    in.read(data.data(), static_cast<std::streamsize>(kMaxScan));
    data.resize(static_cast<size_t>(in.gcount()));
    if (contains_utf16(data, "WordDocument")) return {LegacyKind::word, word_encrypted(data)};
    if (contains_utf16(data, "Workbook") || contains_utf16(data, "Book")) return {LegacyKind::excel, excel_encrypted(data)};
    return {};
}

Converted::Converted(const std::string& path, const std::string& display, LegacyKind kind) {
    const char* what = kind == LegacyKind::word ? "Word 97-2003 document (.doc)" : "Excel 97-2003 workbook (.xls)";
    const char* target = kind == LegacyKind::word ? "docx" : "xlsx";
    std::string soffice = find_soffice();
    if (soffice.empty())
        throw PlanError(ErrorKind::unsupported, display, "",
                        std::string("this is a legacy ") + what + "; install LibreOffice to read it (apt install " +
                            (kind == LegacyKind::word ? "libreoffice-writer-nogui" : "libreoffice-calc-nogui") +
                            ") or save it as ." + target + " and import that");
    // In $TMPDIR when set (as other Unix tools do), else /tmp.
    const char* tmpdir = std::getenv("TMPDIR");
    std::string tmpl = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/planbridge-XXXXXX";
    if (!mkdtemp(tmpl.data())) throw PlanError(ErrorKind::io, display, "", "cannot make a temporary directory for the conversion");
    dir_.path = tmpl;
    remove_on_signal(tmpl);
    std::string input = (dir_.path / (std::string("input.") + (kind == LegacyKind::word ? "doc" : "xls"))).string();
    std::error_code ec;
    fs::copy_file(path, input, ec);
    if (ec) throw PlanError(ErrorKind::io, display, "", "cannot copy the file for conversion: " + ec.message());
    std::vector<std::string> argv = {soffice, "--headless", "--norestore", "--nolockcheck", "--nodefault",
                                     "-env:UserInstallation=file://" + (dir_.path / "profile").string(),
                                     "--convert-to", target, "--outdir", (dir_.path / "out").string(), input};
    int seconds = timeout_seconds();
    int rc = run_with_limit(argv, seconds);
    if (rc == -1)
        throw PlanError(ErrorKind::limits, display, "", "LibreOffice did not finish converting the file within " + std::to_string(seconds) + " s (stopped)");
    converted_ = (dir_.path / "out" / (std::string("input.") + target)).string();
    if (rc != 0 || !fs::exists(converted_))
        throw PlanError(ErrorKind::corrupt, display, "", std::string("LibreOffice could not convert this ") + what + " (exit " + std::to_string(rc) + ")");
    // Only the converted file stays while it is read, so that a signal (whose handler can remove
    // a file and empty folders, not a tree) leaves nothing behind.
    fs::remove_all(dir_.path / "profile", ec);
    fs::remove(input, ec);
    remove_on_signal((dir_.path / "out").string());
    remove_on_signal(converted_);
}

Converted::TempDir::~TempDir() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
    for (const char* part : {"out/input.docx", "out/input.xlsx", "out"}) forget_on_signal((path / part).string());
    forget_on_signal(path.string());
}

}  // namespace planbridge::legacy
