// Standard input kept in a private temporary file while it is read ('planbridge import -'):
// readers need a file they can seek in (a zip's directory is at its end). The file is made
// with mkstemp (mode 0600, a fresh name) in $TMPDIR or /tmp and removed when this goes.
#pragma once
#include <cstdint>
#include <string>

namespace planbridge {

class StdinFile {
public:
    // Copies all of standard input; more than max_bytes is a limits error (a pipe has no end
    // of its own).
    explicit StdinFile(uint64_t max_bytes = uint64_t{1} << 30);
    ~StdinFile();
    StdinFile(const StdinFile&) = delete;
    StdinFile& operator=(const StdinFile&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

}  // namespace planbridge
