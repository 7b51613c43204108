// What Word's own HTML export ('Web Page', 'Filtered HTML') does to lists and what is left to
// undo: a list paragraph's label is real text in a span ('·' in the Symbol font, 'o' in Courier
// New, '1.'), marked style='mso-list:Ignore' and wrapped in <![if !supportLists]> … <![endif]>
// (downlevel-revealed conditionals, which an HTML parser hands over as text); Filtered HTML
// keeps the span without the marks. The level is in the paragraph's style ('mso-list:l0
// level2 lfo1').
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace planbridge::html {

// 0-based list level from a paragraph's style ('mso-list:l0 level2 lfo1' → 1); -1: none.
int word_list_level(std::string_view style);

// A Word list paragraph: class MsoList… ('MsoListBulletCxSpFirst', 'MsoListParagraph') or an mso-list style.
bool is_word_list_paragraph(std::string_view cls, std::string_view style);

// The label a list marker's text stands for: '•' for a bullet glyph ('·', 'o', '§', 'Ø', '-'),
// the number itself for '1.', 'a)', 'iv.'; nullopt when the text is no list label.
std::optional<std::string> list_label(std::string_view marker);

// The label at the start of a Filtered HTML list paragraph's text ('·', '1.' and the spaces
// after it): its length in bytes and the label it stands for; nullopt when there is none.
struct LeadingMarker {
    size_t length = 0;
    std::string label;
};
std::optional<LeadingMarker> leading_marker(std::string_view text);

// True for Word's '<![if !supportLists]>' and '<![endif]>' handed over as text.
bool is_downlevel_conditional(std::string_view text);
// Removes them from text.
void strip_downlevel_conditionals(std::string& text);

}  // namespace planbridge::html
