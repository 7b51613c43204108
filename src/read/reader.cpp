#include "read/reader.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <utility>
#include <variant>
#include <vector>

#include "read/csv/csv_reader.hpp"
#include "read/docx/docx_reader.hpp"
#include "read/exported_workbook.hpp"
#include "read/html/html_reader.hpp"
#include "read/legacy/libreoffice.hpp"
#include "read/grid/plan_builder.hpp"
#include "read/read_options.hpp"
#include "read/xlsx/xlsx_reader.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"
#include "support/xml_stream.hpp"
#include "support/zip_archive.hpp"

namespace planbridge {

std::string_view to_string(Format f) {
    switch (f) {
        case Format::xlsx: return "xlsx";
        case Format::docx: return "docx";
        case Format::csv: return "csv";
        case Format::html: return "html";
        case Format::ole_encrypted: return "encrypted";
        case Format::ole_legacy: return "legacy";
        case Format::empty: return "empty";
        case Format::binary: return "binary";
    }
    return "binary";
}

namespace {

std::string read_head(const std::string& path, const std::string& display, size_t n) {
    std::ifstream f(path, std::ios::binary);
    if (!f) throw PlanError(ErrorKind::io, display, "", "cannot open the file (does it exist?)");
    std::string head(n, '\0');
    f.read(head.data(), static_cast<std::streamsize>(n));
    head.resize(static_cast<size_t>(f.gcount()));
    return head;
}

// An OLE2 compound file holds either a legacy .doc/.xls or an encrypted OOXML package
// (Office's 'Encrypt with Password' writes EncryptionInfo + EncryptedPackage streams).
// Read a MB at a time (the file may be big), each piece searched with the end of the last.
bool ole_is_encrypted_package(const std::string& path) {
    const std::string name("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    std::ifstream f(path, std::ios::binary);
    std::string window;
    std::vector<char> piece(1 << 20);
    while (f.read(piece.data(), static_cast<std::streamsize>(piece.size())) || f.gcount() > 0) {
        window.append(piece.data(), static_cast<size_t>(f.gcount()));
        if (window.find(name) != std::string::npos) return true;
        window.erase(0, window.size() - std::min(window.size(), name.size() - 1));
    }
    return false;
}

std::string extension(const std::string& path) {
    size_t dot = path.rfind('.');
    size_t slash = path.find_last_of("/\\");
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
    return to_lower_ascii(path.substr(dot + 1));
}

bool looks_like_html(std::string_view head) {
    std::string lower = to_lower_ascii(head.substr(0, 2048));
    size_t i = lower.find_first_not_of(" \t\r\n\xef\xbb\xbf");
    if (i == std::string::npos) return false;
    std::string_view start = std::string_view(lower).substr(i);
    return start.rfind("<!doctype html", 0) == 0 || start.rfind("<html", 0) == 0 || start.rfind("<table", 0) == 0 ||
           (start.rfind("<", 0) == 0 && lower.find("<html") != std::string::npos);
}

// A folder, a named pipe, a device or a socket is refused before anything opens it (opening a
// FIFO for reading would wait for a writer; a device such as /dev/zero never ends).
void refuse_non_regular(const std::string& path, const std::string& display) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode)) return;  // a missing file is the reader's to say
    if (S_ISDIR(st.st_mode))
        throw PlanError(ErrorKind::io, display, "", "is a folder, not a file: name the plan files in it (for example FOLDER/*.xlsx)");
    const char* what = S_ISFIFO(st.st_mode) ? "a named pipe" : S_ISSOCK(st.st_mode) ? "a socket" : "a device";
    throw PlanError(ErrorKind::io, display, "", std::string("is ") + what + ", not a file: to read a plan from a pipe, give '-' and pipe it in");
}

// What people pass by mistake, said plainly: the lock file Office keeps beside an open document
// ('~$plan.xlsx': a few bytes holding the user's name, not a package), a PDF, other suites'
// formats, with what to do instead.
void refuse_other_formats(const std::string& head, const std::string& path, const std::string& display) {
    bool package = head.rfind("PK\x03\x04", 0) == 0 || head.rfind("\xD0\xCF\x11\xE0", 0) == 0;
    std::string name = file_name_of(path);
    if (name.rfind("~$", 0) == 0 && !package)
        throw PlanError(ErrorKind::unsupported, display, "",
                        "a lock file Office keeps while a document is open (it holds only the user's name): import the document itself ('" +
                            name.substr(2) + "', or the file whose name ends so)");
    if (head.rfind("%PDF-", 0) == 0)
        throw PlanError(ErrorKind::unsupported, display, "", "a PDF: planbridge does not read PDF plans yet; import the Word or Excel file it was made from");
    if (head.find("mimetypeapplication/vnd.oasis.opendocument.spreadsheet") != std::string::npos)
        throw PlanError(ErrorKind::unsupported, display, "", "an OpenDocument spreadsheet (.ods): open it in LibreOffice or Excel and save it as .xlsx");
    if (head.find("mimetypeapplication/vnd.oasis.opendocument.text") != std::string::npos)
        throw PlanError(ErrorKind::unsupported, display, "", "an OpenDocument text (.odt): open it in LibreOffice or Word and save it as .docx");
    if (head.rfind("PK\x03\x04", 0) == 0) {
        ZipArchive zip(path, display);
        if (zip.find("Index/Document.iwa"))
            throw PlanError(ErrorKind::unsupported, display, "", "an Apple Numbers or Pages file: export it as Excel (.xlsx) or Word (.docx)");
    }
}

}  // namespace

Format sniff_format(const std::string& path, const std::string& display) {
    refuse_non_regular(path, display);
    std::string head = read_head(path, display, 4096);
    if (head.empty()) return Format::empty;
    refuse_other_formats(head, path, display);
    if (head.rfind("PK\x03\x04", 0) == 0 || head.rfind("PK\x05\x06", 0) == 0) {
        ZipArchive zip(path, display);
        if (zip.find("word/document.xml")) return Format::docx;
        return Format::xlsx;  // the xlsx reader says so if there is no workbook
    }
    if (head.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0)
        return ole_is_encrypted_package(path) ? Format::ole_encrypted : Format::ole_legacy;
    if (looks_like_html(head)) return Format::html;
    bool utf16 = head.rfind("\xFF\xFE", 0) == 0 || head.rfind("\xFE\xFF", 0) == 0;
    if (!utf16 && head.find('\0') != std::string::npos) return Format::binary;
    return Format::csv;
}

namespace {

// .doc/.xls: converted by LibreOffice, then read as .docx/.xlsx (errors still name the original).
Document read_legacy(const std::string& path, const std::string& display, const RowSinks* stream) {
    legacy::LegacyFile file = legacy::inspect_legacy(path, display);
    legacy::LegacyKind kind = file.kind;
    if (kind == legacy::LegacyKind::unknown)
        throw PlanError(ErrorKind::unsupported, display, "", "a legacy Office 97-2003 file that is neither a Word document nor an Excel workbook");
    if (file.encrypted)
        throw PlanError(ErrorKind::encrypted, display, "",
                        "the document is password-protected; open it in Word or Excel, remove the password and save it as .docx/.xlsx");
    legacy::Converted converted(path, display, kind);
    bool word = kind == legacy::LegacyKind::word;
    Document doc = word ? docx::read_docx(converted.path(), display) : xlsx::read_xlsx(converted.path(), display, stream);
    doc.format = word ? "doc" : "xls";
    doc.notes.insert(doc.notes.begin(), std::string("converted from a legacy .") + (word ? "doc" : "xls") + " with LibreOffice");
    return doc;
}

Document read_document(Format format, const std::string& path, const std::string& display, const RowSinks* stream) {
    std::string ext = extension(path);
    switch (format) {
        case Format::empty: throw PlanError(ErrorKind::empty, display, "", "the file is empty (0 bytes)");
        case Format::ole_encrypted:
            throw PlanError(ErrorKind::encrypted, display, "",
                            "the document is password-protected; open it in Excel or Word, remove the password "
                            "(File > Info > Protect > Encrypt with Password, clear it) and save a copy");
        case Format::ole_legacy: return read_legacy(path, display, stream);
        case Format::docx: return docx::read_docx(path, display);
        case Format::html: {
            Document doc = html::read_html(path, display);
            if (ext == "xls" || ext == "xlsx" || ext == "doc")
                doc.warnings.insert(doc.warnings.begin(), Warning{{display, "", 0, 0}, "this file is an HTML page named ." + ext + "; read as HTML"});
            return doc;
        }
        case Format::binary: throw PlanError(ErrorKind::unsupported, display, "", "not a spreadsheet, document or text file");
        case Format::xlsx: return xlsx::read_xlsx(path, display, stream);
        case Format::csv: {
            Document doc = csv::read_csv(path, display);
            if (ext == "xlsx" || ext == "xls" || ext == "xlsm")
                doc.warnings.insert(doc.warnings.begin(), {{display, "", 0, 0}, "this file is CSV text named ." + ext + ", not an Excel workbook; read as CSV"});
            return doc;
        }
    }
    throw PlanError(ErrorKind::internal, display, "", "unknown format");
}

// A document read with no sheet built while read: build_plan's answer is a plan.
ImportResult plan_of(PlanBuild built, const std::string& display) {
    if (auto* result = std::get_if<ImportResult>(&built)) return std::move(*result);
    throw PlanError(ErrorKind::internal, display, "", "a sheet read whole was reported stale");
}

// A workbook planbridge exported: built whole, its records applied, then handed to the sink
// if there is one (the records need the whole plan).
ImportResult read_exported(Document doc, const ReadOptions& options) {
    ExportRecords records = std::move(*doc.records);
    ReadOptions whole = options;
    whole.sink = nullptr;
    std::string display = doc.file;
    ImportResult result = plan_of(build_plan(std::move(doc), whole), display);
    apply_export_records(result.plan, records);
    if (ActionSink* sink = options.sink) {
        sink->expect(result.plan.actions.size());
        for (Action& a : result.plan.actions) {
            uint64_t hash = folded_hash(a.action);
            sink->take(std::move(a), hash, 0);
        }
        sink->finish({});
        result.plan.actions.clear();
    }
    return result;
}

}  // namespace

ImportResult import_file(const std::string& path, const ImportOptions& options) {
    const std::string& display = options.display_name.empty() ? path : options.display_name;
    // Before any reader starts a thread: libxml2's globals, and the default profile (parsed and
    // validated with libxml2 on first use).
    xml::initialise_library();
    const ReadOptions read{options.profile ? *options.profile : default_profile(), options.as_of, options.explain,
                           options.stream_sheets_from, options.sink};
    Format format = sniff_format(path, display);
    SheetStreaming streaming(read);
    Document doc = read_document(format, path, display, &streaming);
    if (doc.records) return read_exported(std::move(doc), read);
    PlanBuild built = build_plan(std::move(doc), read);
    if (std::holds_alternative<StaleStreamedSheet>(built)) {
        // A streamed sheet judged its dates or colours before the whole file was seen, and
        // judged wrong: the file is read again, every sheet whole.
        if (read.sink) read.sink->clear();
        built = build_plan(read_document(format, path, display, nullptr), read);
    }
    return plan_of(std::move(built), display);
}

}  // namespace planbridge
