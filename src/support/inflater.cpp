#include "support/inflater.hpp"

#include <isa-l/igzip_lib.h>

#include <algorithm>
#include <cstdint>

namespace planbridge {

namespace {
constexpr size_t kInputChunk = 64 * 1024;
}

Inflater::Inflater(CompressedReader read_compressed, uint32_t expected_crc)
    : read_compressed_(std::move(read_compressed)), expected_crc_(expected_crc), state_(std::make_unique<inflate_state>()),
      input_(kInputChunk) {
    isal_inflate_init(state_.get());
    state_->crc_flag = ISAL_GZIP_NO_HDR;  // raw deflate, with the CRC-32 of what comes out
}

Inflater::~Inflater() = default;

size_t Inflater::read(char* buffer, size_t size) {
    if (finished_ || size == 0) return 0;
    inflate_state& s = *state_;
    s.next_out = reinterpret_cast<uint8_t*>(buffer);
    s.avail_out = static_cast<uint32_t>(std::min<size_t>(size, UINT32_MAX));
    const uint32_t room = s.avail_out;
    while (s.avail_out == room) {  // until something comes out (or the data ends)
        if (s.avail_in == 0 && !input_ended_) {
            size_t got = read_compressed_(input_.data(), input_.size());
            input_ended_ = got == 0;
            s.next_in = input_.data();
            s.avail_in = static_cast<uint32_t>(got);
        }
        const uint32_t unread = s.avail_in;
        if (isal_inflate(&s) < 0) throw InflateError("damaged deflate data");
        if (s.block_state == ISAL_BLOCK_FINISH) {
            finished_ = true;
            if (s.crc != expected_crc_) throw InflateError("CRC error");
            break;
        }
        if (s.avail_in == unread && s.avail_out == room)  // nothing taken in, nothing out: it cannot go on
            throw InflateError(input_ended_ ? "the data stops early" : "damaged deflate data");
    }
    return room - s.avail_out;
}

}  // namespace planbridge
