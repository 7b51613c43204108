// What the fuzz targets share (tests/fuzz/README.md): the fuzzer's bytes as a file a reader can
// open, an OOXML package around one part, and one import of a file. A PlanError is the answer
// planbridge gives bad input and ends the run quietly; anything else escaping an import (another
// exception, a sanitizer report, a crash) is a finding.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "read/document.hpp"
#include "read/reader.hpp"

namespace planbridge::fuzz {

// A private folder for this process's scratch files, made once and removed at exit.
const std::string& scratch_dir();

// Writes bytes to scratch_dir()/name (replacing it) and returns its path.
std::string write_scratch(const std::string& name, std::string_view bytes);

using Part = std::pair<std::string, std::string>;  // name in the package, its bytes
// Writes a zip of the parts, stored (not compressed, so that the fuzzer's bytes are the part's
// bytes), at scratch_dir()/name; returns its path.
std::string write_package(const std::string& name, const std::vector<Part>& parts);

// The parts of a workbook with one sheet: the caller replaces one of them with the fuzzer's
// bytes. The sheet is a small plan (a header row, three actions with styled status cells and
// shared-string text) so that every part is followed into the plan builder.
std::vector<Part> workbook_parts();
// The parts of a Word document: content types, relationships and a document.xml.
std::vector<Part> document_parts();
// Replaces the part named 'name' by bytes.
void replace_part(std::vector<Part>& parts, const std::string& name, std::string_view bytes);

// import_file on path with the profile (the default one when null); PlanError is caught.
// stream: every sheet is built while it is read (the worker-thread path) instead of read whole.
void import_quietly(const std::string& path, bool stream = false, const Profile* profile = nullptr);
// A reader called directly (the format not sniffed), its document built into a plan with the
// default profile; PlanError is caught.
void build_quietly(const std::function<Document()>& read);

// A finding that is not a crash (a broken promise): printed, then abort() so that the fuzzer
// keeps the input.
[[noreturn]] void finding(const std::string& what);

inline std::string_view as_text(const uint8_t* data, size_t size) { return {reinterpret_cast<const char*>(data), size}; }

}  // namespace planbridge::fuzz
