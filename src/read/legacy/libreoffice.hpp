// Legacy Office 97-2003 files (.doc, .xls) are converted to .docx/.xlsx by LibreOffice headless,
// in a private temporary directory, under a time limit; the result is read by the normal reader.
// PLANBRIDGE_SOFFICE (a path) overrides where LibreOffice is looked for; PLANBRIDGE_CONVERT_TIMEOUT
// (seconds, default 120) the limit.
#pragma once
#include <filesystem>
#include <string>

namespace planbridge::legacy {

enum class LegacyKind { word, excel, unknown };

struct LegacyFile {
    LegacyKind kind = LegacyKind::unknown;  // from the OLE container's stream names (WordDocument; Workbook/Book)
    bool encrypted = false;                 // Word's FIB fEncrypted flag; Excel's FILEPASS record
};
LegacyFile inspect_legacy(const std::string& path, const std::string& display);

// A converted copy that lives as long as this object (its directory is removed after).
class Converted {
public:
    Converted(const std::string& path, const std::string& display, LegacyKind kind);
    Converted(const Converted&) = delete;
    Converted& operator=(const Converted&) = delete;
    const std::string& path() const { return converted_; }

private:
    struct TempDir {  // removed with everything in it, also when the conversion fails
        std::filesystem::path path;
        ~TempDir();
    };
    TempDir dir_;
    std::string converted_;
};

}  // namespace planbridge::legacy
