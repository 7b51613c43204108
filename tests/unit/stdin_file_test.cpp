// Standard input ('import -') kept in a private temporary file, with a bound: a pipe has no end
// of its own.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "support/error.hpp"
#include "support/stdin_file.hpp"

using namespace planbridge;

namespace {

// Standard input read from a file holding 'bytes' while this lives.
class StdinFrom {
public:
    explicit StdinFrom(const std::string& bytes) {
        char name[] = "/tmp/pb-stdin-test-XXXXXX";
        int fd = ::mkstemp(name);
        REQUIRE(fd >= 0);
        REQUIRE(::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
        ::lseek(fd, 0, SEEK_SET);
        ::unlink(name);
        saved_ = ::dup(STDIN_FILENO);
        ::dup2(fd, STDIN_FILENO);
        ::close(fd);
    }
    ~StdinFrom() {
        ::dup2(saved_, STDIN_FILENO);
        ::close(saved_);
    }

private:
    int saved_ = -1;
};

}  // namespace

TEST_CASE("standard input is copied whole into a private file, removed afterwards", "[stdin]") {
    std::string path;
    {
        StdinFrom input("Ref,Action\n1,Audit\n");
        StdinFile copy(1 << 10);
        path = copy.path();
        struct stat st;
        REQUIRE(::stat(path.c_str(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0600);
        std::ifstream in(path, std::ios::binary);
        CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == "Ref,Action\n1,Audit\n");
    }
    CHECK(::access(path.c_str(), F_OK) != 0);
}

TEST_CASE("standard input past its bound is too large to be a plan, and leaves no copy", "[stdin]") {
    char dir[] = "/tmp/pb-stdin-dir-XXXXXX";
    REQUIRE(::mkdtemp(dir));
    const char* old_tmpdir = std::getenv("TMPDIR");
    std::string saved = old_tmpdir ? old_tmpdir : "";
    ::setenv("TMPDIR", dir, 1);
    StdinFrom input(std::string(3 << 20, ','));
    try {
        StdinFile copy(2 << 20);
        FAIL("3 MB were taken with a bound of 2 MB");
    } catch (const PlanError& e) {
        CHECK(e.kind() == ErrorKind::too_large);
        CHECK(std::string(e.what()).find("too large to be a plan: more than 2 MB arrived") != std::string::npos);
    }
    if (old_tmpdir) ::setenv("TMPDIR", saved.c_str(), 1);
    else ::unsetenv("TMPDIR");
    CHECK(::rmdir(dir) == 0);  // empty: the partial copy was removed
}
