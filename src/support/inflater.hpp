// Raw deflate data (what a zip entry holds) inflated with ISA-L's igzip, which measures about
// three times zlib's speed on sheet XML (zlib is what libzip would inflate with; see
// docs/dependencies.md). The data's CRC-32 is worked out as it goes and checked at the end.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <vector>

struct inflate_state;

namespace planbridge {

// Damaged deflate data, a wrong CRC, or data that stops early: the message says which.
struct InflateError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Inflater {
public:
    // read_compressed(buffer, size) gives the next compressed bytes, 0 at their end.
    using CompressedReader = std::function<size_t(uint8_t*, size_t)>;
    Inflater(CompressedReader read_compressed, uint32_t expected_crc);
    ~Inflater();
    Inflater(const Inflater&) = delete;
    Inflater& operator=(const Inflater&) = delete;

    // Fills buffer with the next inflated bytes (at least one unless at the end); 0 at the end.
    size_t read(char* buffer, size_t size);

private:
    CompressedReader read_compressed_;
    uint32_t expected_crc_;
    std::unique_ptr<inflate_state> state_;
    std::vector<uint8_t> input_;
    bool input_ended_ = false, finished_ = false;
};

}  // namespace planbridge
