// Paragraph styles of word/styles.xml, as far as the reader needs them: which styles are
// headings (by their English built-in name 'heading 1', 'Title', or an outline level — style
// ids are localised) and which make list items (numbering in the style, as 'List Bullet' has).
#pragma once
#include <string>
#include <unordered_map>

#include "support/zip_archive.hpp"

namespace planbridge::docx {

struct ParagraphStyle {
    bool heading = false;
    int list_level = -1;  // -1: not a list style
    int num_id = 0;       // its list (numbering.xml), 0: none
    // Nesting shown only by the style: Word's built-in 'List Bullet 2', 'List Number 3' … use
    // their own list at level 0 and an indent; their name's number says how deep (here 1, 2).
    int nesting = 0;
};

class ParagraphStyles {
public:
    const ParagraphStyle* find(const std::string& id) const {
        auto it = styles_.find(id);
        return it == styles_.end() ? nullptr : &it->second;
    }
    void set(std::string id, ParagraphStyle s) { styles_[std::move(id)] = s; }

private:
    std::unordered_map<std::string, ParagraphStyle> styles_;
};

// Empty when the part is absent. Inheritance (w:basedOn) is resolved.
ParagraphStyles read_paragraph_styles(ZipArchive& zip, const std::string& part);

}  // namespace planbridge::docx
