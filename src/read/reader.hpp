// The entry point for reading: decides the format from the file's content (not its name),
// resolves the options once (read/read_options.hpp), calls that format's reader, and turns
// its document into a plan (read/grid/plan_builder.hpp).
//   xlsx → read/xlsx/   docx → read/docx/   html → read/html/   csv → read/csv/
//   .doc/.xls → read/legacy/ (converted by LibreOffice, then read as docx/xlsx)
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "model/date.hpp"
#include "profile/profile.hpp"
#include "read/action_sink.hpp"
#include "read/report.hpp"

namespace planbridge {

enum class Format { xlsx, docx, csv, html, ole_encrypted, ole_legacy, empty, binary };
std::string_view to_string(Format);

// Format from the first bytes (and, for zips, the parts inside).
Format sniff_format(const std::string& path, const std::string& display_name);

// What a caller asks for; import_file resolves it into the ReadOptions every stage uses.
struct ImportOptions {
    const Profile* profile = nullptr;  // default profile when null
    std::optional<Date> as_of;
    bool explain = true;  // record why each status was chosen (inspect)
    // Sheets at least this big (decompressed XML) are built while they are read, on a second
    // core. Tests set 0 to send every sheet that way.
    uint64_t stream_sheets_from = 8 << 20;
    // When set, the actions go here as they are made and the returned plan holds none (its
    // title, as_of and warnings are there): read/action_sink.hpp.
    ActionSink* sink = nullptr;
    // The file's name in errors and in the plan ('standard input' for a copy of it); '' = path.
    std::string display_name;
};

// Reads any supported file. Throws PlanError with the kind of failure.
ImportResult import_file(const std::string& path, const ImportOptions& options);

}  // namespace planbridge
