// How much room text takes in a workbook cell (write/text_fit): the widths, the word wrap, and
// cutting at a word with '…'. tests/board/check_print.py checks whole workbooks with the font
// itself; these pin the arithmetic down.
#include <catch2/catch.hpp>

#include "write/text_fit.hpp"

using namespace planbridge;

TEST_CASE("text is as wide as Calibri 11 makes it, bold a little wider") {
    // '0' is Excel's unit: 7 pixels in Calibri 11.
    CHECK(text_pixels("0") == Approx(7.43).epsilon(0.01));
    CHECK(text_pixels("0000000000") == Approx(74.3).epsilon(0.01));
    CHECK(text_pixels("Recommendation", true) > text_pixels("Recommendation"));
    CHECK(text_pixels("iiii") < text_pixels("MMMM"));
    // Outside ASCII, a character planbridge does not know is given a wide letter's room.
    CHECK(text_pixels("→") > text_pixels("a"));
    CHECK(text_pixels("ŵ") >= text_pixels("n"));
}

TEST_CASE("text wraps word by word, as Excel and LibreOffice wrap it") {
    CHECK(lines_in("", 10) == 1);
    CHECK(lines_in("Short", 10) == 1);
    CHECK(lines_in("one\ntwo\nthree", 40) == 3);
    // Two words that fit one line each, not together.
    const double width = width_for_longest_word("Safeguarding");
    CHECK(lines_in("Safeguarding", width) == 1);
    CHECK(lines_in("Safeguarding Safeguarding", width) == 2);
    // A word longer than a line is broken where it fills one.
    CHECK(lines_in("Supercalifragilisticexpialidocious", 5) > 3);
    // Counting words whole takes more lines than counting characters would.
    std::string prose = "Review progress of individual child action plans for MH with health partners every month";
    CHECK(lines_in(prose, 20) >= (prose.size() + 18) / 19);
}

TEST_CASE("a text a row cannot show is cut at a word and ended with an ellipsis") {
    std::string long_text;
    for (int i = 0; i < 400; ++i) long_text += "word" + std::to_string(i) + " ";
    Fitted f = fit_to_lines(long_text, 20, 5);
    CHECK(f.cut);
    CHECK(lines_in(f.text, 20) <= 5);
    CHECK(f.text.size() > 20);
    CHECK(f.text.substr(f.text.size() - 3) == "…");
    CHECK(long_text.find(f.text.substr(0, f.text.size() - 3)) == 0);  // a prefix, cut after a whole word
    CHECK(f.text[f.text.size() - 4] != ' ');

    Fitted whole = fit_to_lines("Fits easily", 20, 1);
    CHECK_FALSE(whole.cut);
    CHECK(whole.text == "Fits easily");
    CHECK(max_lines_in_a_row() == 27);
    CHECK(row_height(3) == 45);
    CHECK(row_height(1000) == 409);
}

TEST_CASE("a footer section is cut to its room, without a dangling dash") {
    const std::string t = "West Berkshire Council – Children and Family Services Improvement Plan — as of 31 Oct 2017";
    CHECK(fit_to_points(t, 1000, 9) == t);
    std::string cut = fit_to_points(t, 200, 9);
    CHECK(cut.substr(cut.size() - 3) == "…");
    CHECK(cut.find(" –…") == std::string::npos);
    CHECK(cut.find(" —…") == std::string::npos);
    CHECK(t.find(cut.substr(0, cut.size() - 3)) == 0);
    CHECK(fit_to_points(t, 1, 9) == "…");
}

TEST_CASE("a column wide enough for its longest word") {
    CHECK(width_for_longest_word("Recommendation", true) > 14);
    CHECK(lines_in("Recommendation", width_for_longest_word("Recommendation", true), true) == 1);
    CHECK(width_for_longest_word("a b c") < width_for_longest_word("abcdefghij"));
}
