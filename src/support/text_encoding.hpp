// Turns the bytes of a text file in any encoding Excel writes into UTF-8.
#pragma once
#include <string>
#include <string_view>

namespace planbridge {

struct DecodedText {
    std::string utf8;
    std::string encoding;  // 'UTF-8', 'UTF-8 (BOM)', 'UTF-16LE', 'UTF-16BE', 'WINDOWS-1252', 'MACINTOSH'
};

// BOM → UTF-8 / UTF-16; else valid UTF-8; else MacRoman when records end in bare CR (Excel for
// Mac 2011); else Windows-1252 (Excel's 'CSV (Comma delimited)' on a UK/US Windows machine).
DecodedText decode_text(std::string_view bytes);
// Converts with iconv; throws PlanError(corrupt) naming 'file' when the bytes are not that encoding.
std::string convert_to_utf8(std::string_view bytes, const char* from_encoding, const std::string& file);

}  // namespace planbridge
