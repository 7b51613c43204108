// Output files appear whole or not at all, through the descriptor stream that starts writing
// big output to disk as it goes.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <csignal>
#include <cstdlib>
#include <string>
#include <vector>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "support/atomic_file.hpp"
#include "support/error.hpp"

using namespace planbridge;
namespace fs = std::filesystem;

namespace {
fs::path fresh_dir() {
    static int n = 0;
    fs::path d = fs::temp_directory_path() / ("pb-atomic-test-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
}
size_t entries(const fs::path& dir) { return static_cast<size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator())); }
mode_t mode_of(const fs::path& p) {
    struct stat st;
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
}
std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
}  // namespace

TEST_CASE("a big stream written in pieces of every size replaces the old file byte for byte", "[atomic]") {
    fs::path dir = fresh_dir(), target = dir / "report.json";
    std::ofstream(target) << "last month's report";
    std::string expected;
    write_file_atomic(target.string(), [&](std::ostream& out) {
        for (size_t i = 0; expected.size() < (11u << 20); ++i) {  // past the 4 MB writeback step, twice
            std::string piece(i % 3 == 0 ? 1 : i % 3 == 1 ? 1000 + i % 977 : 100000 + i, static_cast<char>('a' + i % 26));
            if (piece.size() == 1) out.put(piece[0]);
            else out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
            expected += piece;
        }
    });
    CHECK(slurp(target) == expected);
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);  // no temporary left
    fs::remove_all(dir);
}

TEST_CASE("a writer that fails leaves the old file and no temporary", "[atomic]") {
    fs::path dir = fresh_dir(), target = dir / "report.json";
    std::ofstream(target) << "last month's report";
    CHECK_THROWS_AS(write_file_atomic(target.string(),
                                      [](std::ostream& out) {
                                          out << std::string(5u << 20, 'x');
                                          throw PlanError(ErrorKind::corrupt, "in.xlsx", "", "reader gave up");
                                      }),
                    PlanError);
    CHECK(slurp(target) == "last month's report");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    fs::remove_all(dir);
}

TEST_CASE("a full disk is an output error", "[atomic]") {
    REQUIRE(fs::exists("/dev/full"));  // Linux (the platform planbridge is built for) has it
    try {
        write_file_atomic("/dev/full", [](std::ostream& out) { out << std::string(1u << 20, 'x'); });
        FAIL("writing to /dev/full succeeded");
    } catch (const PlanError& e) {
        CHECK(e.kind() == ErrorKind::output);
        CHECK(std::string(e.what()).find("disk full") != std::string::npos);
    }
}

TEST_CASE("a replaced file keeps its mode; a new one gets 0666 less the umask", "[atomic][security]") {
    fs::path dir = fresh_dir(), target = dir / "board.json";
    std::ofstream(target) << "old";
    ::chmod(target.c_str(), 0600);
    write_file_atomic(target.string(), std::string("new"));
    CHECK(mode_of(target) == 0600);
    CHECK(slurp(target) == "new");
    mode_t mask = ::umask(0);
    ::umask(mask);
    write_file_atomic((dir / "fresh.json").string(), std::string("x"));
    CHECK(mode_of(dir / "fresh.json") == (0666 & ~mask));
    fs::remove_all(dir);
}

TEST_CASE("a killed run's temporary is removed by the next run; a live run's is kept", "[atomic][security]") {
    fs::path dir = fresh_dir(), target = dir / "report.json";
    pid_t gone = ::fork();
    if (gone == 0) ::_exit(0);
    ::waitpid(gone, nullptr, 0);
    fs::path stale = dir / (".report.json.planbridge-" + std::to_string(gone) + "-Ab12Cd");
    fs::path live = dir / (".report.json.planbridge-" + std::to_string(::getpid()) + "-Zz99Yy");
    fs::path other = dir / ".other.json.planbridge-1-Qq11Qq";  // beside another output: not this run's to judge
    for (const fs::path& p : {stale, live, other}) std::ofstream(p) << "half a report";
    write_file_atomic(target.string(), std::string("report"));
    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(live));
    CHECK(fs::exists(other));
    CHECK(slurp(target) == "report");
    fs::remove_all(dir);
}

TEST_CASE("a link given as the output: the file it names is replaced; a link to nothing is refused", "[atomic][security]") {
    fs::path dir = fresh_dir(), real = dir / "real.json", link = dir / "link.json", dangling = dir / "dangling.json";
    std::ofstream(real) << "old";
    fs::create_symlink(real, link);
    write_file_atomic(link.string(), std::string("new"));
    CHECK(fs::is_symlink(link));
    CHECK(slurp(real) == "new");
    fs::create_symlink(dir / "nowhere" / "x.json", dangling);
    try {
        write_file_atomic(dangling.string(), std::string("new"));
        FAIL("a dangling link was written through");
    } catch (const PlanError& e) {
        CHECK(e.kind() == ErrorKind::output);
        CHECK(std::string(e.what()).find("symbolic link to nothing") != std::string::npos);
    }
    CHECK(fs::is_symlink(dangling));
    CHECK_FALSE(fs::exists(dir / "nowhere"));
    fs::remove_all(dir);
}

TEST_CASE("a device given as the output is written through a private folder; links planted in the temporary folder are untouched", "[atomic][security]") {
    fs::path tmp = fresh_dir(), victim = fresh_dir() / "victim.txt";
    std::ofstream(victim) << "precious";
    // The names the old code used, and the folder's own: a local attacker's guesses.
    for (const std::string& name : std::vector<std::string>{"planbridge-output", "planbridge-output.tmp-" + std::to_string(::getpid()), "output"})
        fs::create_symlink(victim, tmp / name);
    const char* was = std::getenv("TMPDIR");
    std::string saved = was ? was : "";
    ::setenv("TMPDIR", tmp.c_str(), 1);
    std::string used;
    write_file_via_temporary("/dev/null", [&](const std::string& temporary) {
        used = temporary;
        CHECK(mode_of(fs::path(temporary).parent_path()) == 0700);
        std::ofstream(temporary) << "the board pack";
    });
    if (was) ::setenv("TMPDIR", saved.c_str(), 1);
    else ::unsetenv("TMPDIR");
    CHECK(fs::path(used).parent_path().parent_path() == tmp);
    CHECK(slurp(victim) == "precious");
    CHECK(entries(tmp) == 3);  // the planted links only: the private folder is gone
    fs::remove_all(tmp);
    fs::remove_all(victim.parent_path());
}

TEST_CASE("stopped by SIGTERM while writing, a run leaves the old file and no temporary", "[atomic][security]") {
    fs::path dir = fresh_dir(), target = dir / "report.json";
    std::ofstream(target) << "last month's report";
    for (int sig : {SIGTERM, SIGINT, SIGHUP}) {
        pid_t child = ::fork();
        if (child == 0) {
            ::signal(sig, SIG_DFL);  // the test framework's own handler out of the way, as in planbridge itself
            write_file_atomic(target.string(), [&](std::ostream& out) {
                out << std::string(1u << 20, 'x');
                out.flush();
                ::raise(sig);
            });
            ::_exit(0);  // not reached: the signal ends it
        }
        int status = 0;
        ::waitpid(child, &status, 0);
        CHECK(WIFSIGNALED(status));
        CHECK(WTERMSIG(status) == sig);
        CHECK(slurp(target) == "last month's report");
        CHECK(entries(dir) == 1);
    }
    fs::remove_all(dir);
}
