// Word's automatic numbering (word/numbering.xml): the labels ('1.', '1.2', 'a)', '•') that Word
// shows before list paragraphs but that are not in the text. Action references like '1.1' are
// often exactly this. Counters advance in document order, per abstract list (lists sharing one
// definition continue each other, as in Word), restart deeper levels (or as lvlRestart says),
// and honour startOverride and isLgl.
#pragma once
#include <array>
#include <map>
#include <optional>
#include <string>

#include "support/zip_archive.hpp"

namespace planbridge::docx {

class Numbering {
public:
    struct Level {
        int start = 1;
        std::string format = "decimal";  // decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none, …
        std::string text;                // lvlText: '%1.%2.'
        bool legal = false;              // w:isLgl: every level's number shown in decimal ('1.1', not 'I.a')
        int restart = -1;                // w:lvlRestart: restart after a use of level 1..n (1-based), 0 never; -1: after any shallower level
    };

    // The label of the next paragraph of list numId at level ilvl ('' when there is none),
    // advancing the counters.
    std::string next_label(int num_id, int ilvl);

    // Read side (numbering.xml).
    std::map<int, std::array<Level, 9>> abstract_levels;  // abstractNumId → levels
    std::map<int, int> abstract_of;                       // numId → abstractNumId
    std::map<int, std::map<int, int>> start_overrides;    // numId → ilvl → start

private:
    std::map<int, std::array<int, 9>> counters_;  // abstractNumId → current value per level (0 = not yet)
    std::map<int, bool> overrides_applied_;       // numId → its startOverrides were applied
};

// Empty numbering when the part is absent.
Numbering read_numbering(ZipArchive& zip, const std::string& part);

// 'a' 'b' … 'z' 'aa'; 'i' 'ii' 'iv'; '01'; '1st'; for the formats Word uses in plans.
std::string format_number(int n, const std::string& format);

}  // namespace planbridge::docx
