// Output files appear whole or not at all, through the descriptor stream that starts writing
// big output to disk as it goes.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
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
