#include "support/text_encoding.hpp"

#include <cerrno>
#include <iconv.h>

#include "support/error.hpp"
#include "support/strings.hpp"

namespace planbridge {

std::string convert_to_utf8(std::string_view bytes, const char* from, const std::string& file) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw PlanError(ErrorKind::internal, file, "", std::string("no converter for ") + from);
    std::string out;
    out.resize(bytes.size() * 2 + 16);
    char* in = const_cast<char*>(bytes.data());
    size_t in_left = bytes.size();
    size_t done = 0;
    while (in_left > 0) {
        char* op = out.data() + done;
        size_t out_left = out.size() - done;
        size_t rc = iconv(cd, &in, &in_left, &op, &out_left);
        done = out.size() - out_left;
        if (rc == static_cast<size_t>(-1)) {
            if (errno == E2BIG) {
                out.resize(out.size() * 2);
                continue;
            }
            iconv_close(cd);
            size_t offset = bytes.size() - in_left;
            throw PlanError(ErrorKind::corrupt, file, "byte " + std::to_string(offset), std::string("not valid ") + from + " text");
        }
    }
    iconv_close(cd);
    out.resize(done);
    return out;
}

static bool records_end_in_bare_cr(std::string_view b) {
    size_t cr = 0, lf = 0;
    for (char c : b) {
        if (c == '\r') ++cr;
        else if (c == '\n') ++lf;
    }
    return cr > 0 && lf == 0;
}

DecodedText decode_text(std::string_view b) {
    auto starts = [&](std::string_view p) { return b.substr(0, p.size()) == p; };
    if (starts("\xEF\xBB\xBF")) return {std::string(b.substr(3)), "UTF-8 (BOM)"};
    if (starts("\xFF\xFE")) return {convert_to_utf8(b.substr(2), "UTF-16LE", ""), "UTF-16LE"};
    if (starts("\xFE\xFF")) return {convert_to_utf8(b.substr(2), "UTF-16BE", ""), "UTF-16BE"};
    if (is_valid_utf8(b)) return {std::string(b), "UTF-8"};
    if (records_end_in_bare_cr(b)) return {convert_to_utf8(b, "MACINTOSH", ""), "MACINTOSH"};
    // CP1252 leaves 5 bytes undefined; glibc rejects them, so fall back to Latin-1 for those files.
    try {
        return {convert_to_utf8(b, "WINDOWS-1252", ""), "WINDOWS-1252"};
    } catch (const PlanError&) {
        return {convert_to_utf8(b, "ISO-8859-1", ""), "ISO-8859-1"};
    }
}

}  // namespace planbridge
