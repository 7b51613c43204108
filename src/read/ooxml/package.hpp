// The Open Packaging Conventions layer shared by .xlsx and .docx: relationships, part paths,
// document properties. Every part is found through relationships, never by a fixed name.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/zip_archive.hpp"

namespace planbridge::ooxml {

struct Relationship {
    std::string id;
    std::string type;    // the last segment of the Type URI: 'officeDocument', 'worksheet', 'theme' …
    std::string target;  // package path, resolved against the source part, no leading '/'
    bool external = false;
};

// Relationships of 'part' ('' for the package root); empty when the .rels part is absent.
std::vector<Relationship> read_relationships(ZipArchive& zip, const std::string& part);
// Resolves a relationship target written in 'source_part'.
std::string resolve_target(const std::string& source_part, std::string_view target);
const Relationship* find_by_type(const std::vector<Relationship>& rels, std::string_view type);
const Relationship* find_by_id(const std::vector<Relationship>& rels, std::string_view id);
// The main part (workbook.xml, document.xml) via the root relationships.
std::optional<std::string> main_part(ZipArchive& zip);

struct Properties {
    std::string title;
    std::string company;
};
Properties read_properties(ZipArchive& zip);

// '_x000D_' style escapes of ECMA-376 §22.4.2.4, decoded in place.
std::string decode_xstring(std::string_view);

}  // namespace planbridge::ooxml
