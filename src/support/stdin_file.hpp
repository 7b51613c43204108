// Standard input kept in a private temporary file while it is read ('planbridge import -'):
// readers need a file they can seek in (a zip's directory is at its end). The file is made
// with mkstemp (mode 0600, a fresh name) in $TMPDIR or /tmp and removed when this goes.
#pragma once
#include <cstdint>
#include <string>

namespace planbridge {

class StdinFile {
public:
    // Copies all of standard input; more than max_bytes is a too_large error (exit 19: a pipe
    // has no end of its own). What the copy becomes once read is bounded by the readers'
    // ExpansionBudget of the copy's size, as for a file given by name.
    explicit StdinFile(uint64_t max_bytes = uint64_t{1} << 30);
    ~StdinFile();
    StdinFile(const StdinFile&) = delete;
    StdinFile& operator=(const StdinFile&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

}  // namespace planbridge
