// Due-date phrases → periods. The scanner tokenises the text, then tries each period pattern at
// each token; ranges and keywords ('Ongoing', 'TBC') are decided from what it found.
#include "model/due_date.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <vector>

#include "support/strings.hpp"

namespace planbridge {

namespace {

constexpr std::array<std::pair<DueKind, std::string_view>, 15> kKindNames{{
    {DueKind::none, "none"},         {DueKind::date, "date"},         {DueKind::month, "month"},
    {DueKind::week, "week"},         {DueKind::season, "season"},     {DueKind::term, "term"},
    {DueKind::quarter, "quarter"},   {DueKind::year, "year"},         {DueKind::range, "range"},
    {DueKind::ongoing, "ongoing"},   {DueKind::immediate, "immediate"}, {DueKind::tbc, "tbc"},
    {DueKind::completed, "completed"}, {DueKind::dependent, "dependent"}, {DueKind::unparsed, "unparsed"},
}};

enum class Tok { word, number, dash, slash, dot, comma, apos, other };

struct Token {
    Tok type;
    std::string text;  // lower-case word or digits
    int value = 0;     // numbers
    int digits = 0;
};

// Splits text into words, numbers and punctuation. Letters and digits that touch
// ('October2017', '31st') become separate tokens. Unicode dashes become dashes.
std::vector<Token> tokenise(std::string_view s) {
    std::vector<Token> out;
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (std::isalpha(c)) {
            Token t{Tok::word, {}};
            while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i])))
                t.text += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i++])));
            out.push_back(std::move(t));
        } else if (std::isdigit(c)) {
            Token t{Tok::number, {}};
            while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) t.text += s[i++];
            t.digits = static_cast<int>(t.text.size());
            t.value = t.digits <= 9 ? std::atoi(t.text.c_str()) : -1;
            out.push_back(std::move(t));
        } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x95)) {
            out.push_back({Tok::dash, "-"});  // U+2010..U+2015 hyphens and dashes
            i += 3;
        } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) == 0x98 || static_cast<unsigned char>(s[i + 2]) == 0x99)) {
            out.push_back({Tok::apos, "'"});  // curly apostrophes: Sept ’17
            i += 3;
        } else {
            Tok type = c == '-' ? Tok::dash : c == '/' ? Tok::slash : c == '.' ? Tok::dot
                     : c == ',' ? Tok::comma : c == '\'' ? Tok::apos : Tok::other;
            if (!std::isspace(c)) out.push_back({type, std::string(1, static_cast<char>(c))});
            ++i;
            // Skip the rest of a multi-byte UTF-8 character so it is one 'other' token.
            while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
        }
    }
    return out;
}

int month_number(const std::string& w) {
    static const std::array<std::pair<std::string_view, int>, 24> names{{
        {"jan", 1}, {"january", 1}, {"feb", 2}, {"february", 2}, {"mar", 3}, {"march", 3},
        {"apr", 4}, {"april", 4}, {"may", 5}, {"jun", 6}, {"june", 6}, {"jul", 7}, {"july", 7},
        {"aug", 8}, {"august", 8}, {"sep", 9}, {"sept", 9}, {"september", 9}, {"oct", 10},
        {"october", 10}, {"nov", 11}, {"november", 11}, {"dec", 12}, {"december", 12},
    }};
    for (const auto& [n, m] : names)
        if (w == n) return m;
    return 0;
}

struct Period {
    Date start, end;
    DueKind kind;
    size_t first, last;  // token range [first, last)
    bool year_inferred = false;  // the phrase had no year
};

class Scanner {
public:
    Scanner(const std::vector<Token>& t, const DateConventions& c) : t_(t), conv_(c) {}

    std::vector<Period> scan() {
        std::vector<Period> found;
        size_t i = 0;
        while (i < t_.size()) {
            if (auto p = at(i)) {
                found.push_back(*p);
                i = p->last;
            } else {
                ++i;
            }
        }
        return found;
    }

private:
    const std::vector<Token>& t_;
    const DateConventions& conv_;

    bool is(size_t i, Tok type) const { return i < t_.size() && t_[i].type == type; }
    bool word(size_t i, std::string_view w) const { return is(i, Tok::word) && t_[i].text == w; }
    bool num(size_t i, int min_digits, int max_digits) const {
        return is(i, Tok::number) && t_[i].digits >= min_digits && t_[i].digits <= max_digits;
    }
    int month_at(size_t i) const { return is(i, Tok::word) ? month_number(t_[i].text) : 0; }
    static int expand_year(int y, int digits) { return digits == 2 ? 2000 + y : y; }
    static bool plausible_year(int y) { return y >= 1990 && y <= 2100; }

    std::optional<Period> at(size_t i) const {
        for (auto rule : {&Scanner::iso_date, &Scanner::numeric_date, &Scanner::week, &Scanner::quarter,
                          &Scanner::day_month_year, &Scanner::season, &Scanner::month_day_year, &Scanner::month_year,
                          &Scanner::financial_year, &Scanner::bare_year}) {
            if (auto p = (this->*rule)(i)) return p;
        }
        return std::nullopt;
    }

    static Period day_period(Date d, size_t first, size_t last) { return {d, d, DueKind::date, first, last}; }
    static Period month_period(int y, int m, size_t first, size_t last) {
        return {Date{y, m, 1}, Date::month_end(y, m), DueKind::month, first, last};
    }

    // 2018-03-31
    std::optional<Period> iso_date(size_t i) const {
        if (!(num(i, 4, 4) && is(i + 1, Tok::dash) && num(i + 2, 1, 2) && is(i + 3, Tok::dash) && num(i + 4, 1, 2)))
            return std::nullopt;
        int y = t_[i].value, m = t_[i + 2].value, d = t_[i + 4].value;
        if (!Date::valid(y, m, d)) return std::nullopt;
        return day_period({y, m, d}, i, i + 5);
    }

    // 31/03/2018, 31.3.18, 31-03-2018: day first. Month > 12 with day ≤ 12 is read month-first.
    std::optional<Period> numeric_date(size_t i) const {
        if (!(num(i, 1, 2) && num(i + 2, 1, 2) && (num(i + 4, 2, 2) || num(i + 4, 4, 4)))) return std::nullopt;
        Tok sep = t_[i + 1].type;
        if (!(sep == Tok::slash || sep == Tok::dot || sep == Tok::dash) || !is(i + 3, sep)) return std::nullopt;
        int d = t_[i].value, m = t_[i + 2].value, y = expand_year(t_[i + 4].value, t_[i + 4].digits);
        if (m > 12 && d <= 12) std::swap(d, m);
        if (!Date::valid(y, m, d)) return std::nullopt;
        return day_period({y, m, d}, i, i + 5);
    }

    // A day-month(-year) date starting at i: '5 March 2018', '31st Mar', '31-Mar-18'. Returns end index.
    std::optional<std::pair<Date, size_t>> day_month(size_t i, bool* year_inferred) const {
        if (!num(i, 1, 2)) return std::nullopt;
        size_t j = i + 1;
        if (is(j, Tok::word) && (t_[j].text == "st" || t_[j].text == "nd" || t_[j].text == "rd" || t_[j].text == "th")) ++j;
        bool joined = is(j, Tok::dash) || is(j, Tok::dot);
        if (joined) ++j;
        if (word(j, "of")) ++j;
        int m = month_at(j);
        if (!m) return std::nullopt;
        ++j;
        int d = t_[i].value;
        size_t k = j;
        if (is(k, Tok::dash) || is(k, Tok::comma) || is(k, Tok::dot)) ++k;
        if (num(k, 4, 4) || (joined && num(k, 2, 2))) {
            int y = expand_year(t_[k].value, t_[k].digits);
            if (!Date::valid(y, m, d)) return std::nullopt;
            return std::make_pair(Date{y, m, d}, k + 1);
        }
        int y = infer_year(m);
        if (!y || !Date::valid(y, m, d)) return std::nullopt;
        if (year_inferred) *year_inferred = true;
        return std::make_pair(Date{y, m, d}, j);
    }

    std::optional<Period> day_month_year(size_t i) const {
        bool inferred = false;
        auto dm = day_month(i, &inferred);
        if (!dm) return std::nullopt;
        Period p = day_period(dm->first, i, dm->second);
        p.year_inferred = inferred;
        return p;
    }

    // 'w/c 5 March 2018', 'week commencing 05/03/2018', 'w/e ...' (week ending).
    std::optional<Period> week(size_t i) const {
        size_t j;
        bool ending;
        if (word(i, "w") && is(i + 1, Tok::slash) && (word(i + 2, "c") || word(i + 2, "b") || word(i + 2, "e"))) {
            ending = t_[i + 2].text == "e";
            j = i + 3;
        } else if (word(i, "week") && (word(i + 1, "commencing") || word(i + 1, "beginning") ||
                                       word(i + 1, "starting") || word(i + 1, "ending"))) {
            ending = t_[i + 1].text == "ending";
            j = i + 2;
        } else if (word(i, "wc") || word(i, "wb")) {
            ending = false;
            j = i + 1;
        } else {
            return std::nullopt;
        }
        std::optional<Period> day = numeric_date(j);
        if (!day) day = day_month_year(j);
        if (!day) return std::nullopt;
        Period p = *day;
        p.first = i;
        p.kind = DueKind::week;
        if (ending) p.start = p.end.plus_days(-6);
        else p.end = p.start.plus_days(6);
        return p;
    }

    // A year written after a quarter or term: 2018, 2018/19, 18/19, 2018-19. Sets *fy_start to
    // the first calendar year of a split year, or -1 for a plain year.
    std::optional<std::pair<int, size_t>> year_expr(size_t i, int* fy_start) const {
        *fy_start = -1;
        if (num(i, 2, 4) && (is(i + 1, Tok::slash) || is(i + 1, Tok::dash)) && num(i + 2, 2, 4)) {
            int a = expand_year(t_[i].value, t_[i].digits), b = expand_year(t_[i + 2].value, t_[i + 2].digits);
            if (b == a + 1 && plausible_year(a)) {
                *fy_start = a;
                return std::make_pair(a, i + 3);
            }
        }
        if (num(i, 4, 4) && plausible_year(t_[i].value)) return std::make_pair(t_[i].value, i + 1);
        return std::nullopt;
    }

    // 'Q3 2018/19' (financial: Q1 = Apr-Jun), 'Quarter 1 2019', 'Q3 2018'.
    std::optional<Period> quarter(size_t i) const {
        size_t j;
        if ((word(i, "q") || word(i, "qtr") || word(i, "quarter")) && num(i + 1, 1, 1)) j = i + 1;
        else return std::nullopt;
        int q = t_[j].value;
        if (q < 1 || q > 4) return std::nullopt;
        size_t k = j + 1;
        if (is(k, Tok::comma) || is(k, Tok::dash)) ++k;
        int fy = -1;
        auto ye = year_expr(k, &fy);
        if (!ye) return std::nullopt;
        bool financial = fy >= 0 || conv_.bare_quarter_is_financial;
        int first_month, year;
        if (financial) {
            int base = fy >= 0 ? fy : ye->first;
            first_month = 4 + (q - 1) * 3;  // Apr, Jul, Oct, Jan
            year = first_month > 12 ? base + 1 : base;
            if (first_month > 12) first_month -= 12;
        } else {
            first_month = 1 + (q - 1) * 3;
            year = ye->first;
        }
        int last_month = first_month + 2;
        return Period{Date{year, first_month, 1}, Date::month_end(year, last_month), DueKind::quarter, i, ye->second};
    }

    // Met Office seasons ('Spring 2018' = Mar-May 2018; winter runs Dec-Feb into the next year)
    // and English school terms ('Autumn term 2018' = Sep-Dec 2018; 'Spring term 2018/19' = Jan-Mar 2019).
    std::optional<Period> season(size_t i) const {
        if (!is(i, Tok::word)) return std::nullopt;
        const std::string& w = t_[i].text;
        int s = w == "spring" ? 0 : w == "summer" ? 1 : (w == "autumn" || w == "fall") ? 2 : w == "winter" ? 3 : -1;
        if (s < 0) return std::nullopt;
        size_t j = i + 1;
        bool term = false;
        if (word(j, "term")) {
            term = true;
            ++j;
        }
        if (is(j, Tok::comma) || is(j, Tok::dash)) ++j;
        int fy = -1;
        auto ye = year_expr(j, &fy);
        if (!ye) return std::nullopt;
        if (term && s != 3) {
            // School terms: Autumn Sep-Dec, Spring Jan-Mar, Summer Apr-Jul. In an academic year
            // '2018/19' the autumn term is in 2018 and the others in 2019.
            static const int first_month[] = {1, 4, 9};
            static const int last_month[] = {3, 7, 12};
            int idx = s == 0 ? 0 : s == 1 ? 1 : 2;
            int year = fy >= 0 ? (idx == 2 ? fy : fy + 1) : ye->first;
            return Period{Date{year, first_month[idx], 1}, Date::month_end(year, last_month[idx]), DueKind::term, i, ye->second};
        }
        int year = fy >= 0 ? fy : ye->first;
        static const int season_start[] = {3, 6, 9, 12};
        int sm = season_start[s];
        Date start{year, sm, 1};
        Date end = s == 3 ? Date::month_end(year + 1, 2) : Date::month_end(year, sm + 2);
        return Period{start, end, term ? DueKind::term : DueKind::season, i, ye->second};
    }

    // 'March 31st 2019', 'March 31, 2019' (US order, seen in plans written from templates).
    std::optional<Period> month_day_year(size_t i) const {
        int m = month_at(i);
        if (!m || !num(i + 1, 1, 2)) return std::nullopt;
        size_t j = i + 2;
        if (is(j, Tok::word) && (t_[j].text == "st" || t_[j].text == "nd" || t_[j].text == "rd" || t_[j].text == "th")) ++j;
        if (is(j, Tok::comma)) ++j;
        if (!num(j, 4, 4)) return std::nullopt;
        int d = t_[i + 1].value, y = t_[j].value;
        if (!Date::valid(y, m, d)) return std::nullopt;
        return day_period({y, m, d}, i, j + 1);
    }

    // 'October 2017', 'Oct-17', 'Sept ’17', 'End Aug 2017', a bare 'Sept' (year inferred).
    std::optional<Period> month_year(size_t i) const {
        int m = month_at(i);
        if (!m) return std::nullopt;
        size_t j = i + 1;
        if (is(j, Tok::dash) || is(j, Tok::apos) || is(j, Tok::comma) || is(j, Tok::dot) || is(j, Tok::slash)) ++j;
        if (num(j, 4, 4) && plausible_year(t_[j].value)) return month_period(t_[j].value, m, i, j + 1);
        if (num(j, 2, 2)) return month_period(2000 + t_[j].value, m, i, j + 1);
        // 'May' is also an ordinary word: only take it alone when the text gives no other reading.
        if (t_[i].text == "may" && t_.size() > 1) return std::nullopt;
        int y = infer_year(m);
        Period p = month_period(y ? y : 1, m, i, i + 1);
        p.year_inferred = true;
        if (!y) p.kind = DueKind::unparsed;  // month with no year and no reference date
        return p;
    }

    // '2018/19', '2018-19', '2018/2019': a financial year, 1 April to 31 March.
    std::optional<Period> financial_year(size_t i) const {
        if (!num(i, 4, 4)) return std::nullopt;
        int fy = -1;
        auto ye = year_expr(i, &fy);
        if (!ye || fy < 0) return std::nullopt;
        return Period{Date{fy, 4, 1}, Date{fy + 1, 3, 31}, DueKind::year, i, ye->second};
    }

    std::optional<Period> bare_year(size_t i) const {
        if (!num(i, 4, 4) || !plausible_year(t_[i].value)) return std::nullopt;
        int y = t_[i].value;
        return Period{Date{y, 1, 1}, Date{y, 12, 31}, DueKind::year, i, i + 1};
    }

    // The year that puts month m nearest the reference date; 0 with no reference.
    int infer_year(int m) const {
        if (!conv_.reference) return 0;
        const Date& r = *conv_.reference;
        int best = r.year;
        long best_gap = -1;
        for (int y = r.year - 1; y <= r.year + 1; ++y) {
            long gap = std::labs(Date{y, m, 15}.to_days() - r.to_days());
            if (best_gap < 0 || gap < best_gap) best = y, best_gap = gap;
        }
        return best;
    }
};

bool is_range_separator(const Token& t) {
    return t.type == Tok::dash || (t.type == Tok::word && (t.text == "to" || t.text == "until" || t.text == "till" ||
                                                         t.text == "through" || t.text == "and"));
}

// The same day and month in year y (29 February becomes the 28th in a common year).
Date in_year(const Date& d, int y) { return Date{y, d.month, std::min<int>(d.day, Date::days_in_month(y, d.month))}; }

// Joins 'X – Y' into one range; a start with no year takes the end's year ('Jun – Feb 2019').
DueDate combine(std::vector<Period>& periods, const std::vector<Token>& tokens) {
    DueDate due;
    if (periods.size() >= 2) {
        Period& a = periods[0];
        Period& b = periods[1];
        bool joined = b.first == a.last + 1 && is_range_separator(tokens[a.last]);
        if (joined && a.year_inferred && !b.year_inferred) {
            int y = b.start.year;
            if (Date{y, a.start.month, 1} > b.start) --y;
            // The start's day or month moves to that year, its end with it (a month keeps its end).
            int shift = y - a.start.year;
            a.start = in_year(a.start, a.start.year + shift);
            a.end = a.end == Date::month_end(a.end.year, a.end.month) ? Date::month_end(a.end.year + shift, a.end.month)
                                                                       : in_year(a.end, a.end.year + shift);
            a.kind = a.kind == DueKind::unparsed ? DueKind::month : a.kind;
        }
    }
    Date start = periods.front().start, end = periods.front().end;
    bool any_unparsed = false;
    for (const Period& p : periods) {
        any_unparsed = any_unparsed || p.kind == DueKind::unparsed;
        start = std::min(start, p.start);
        end = std::max(end, p.end);
    }
    if (periods.size() == 1 || any_unparsed) {
        const Period& p = periods.front();
        due.kind = p.kind;
        if (p.kind != DueKind::unparsed) due.start = p.start, due.end = p.end;
        return due;
    }
    due.kind = DueKind::range;
    due.start = start;
    due.end = end;
    return due;
}

// Position of phrase as whole words in text, or npos.
size_t find_words(const std::string& text, const std::string& phrase) {
    size_t pos = 0;
    while ((pos = text.find(phrase, pos)) != std::string::npos) {
        bool start_ok = pos == 0 || !std::isalnum(static_cast<unsigned char>(text[pos - 1]));
        size_t after = pos + phrase.size();
        bool end_ok = after >= text.size() || !std::isalnum(static_cast<unsigned char>(text[after]));
        if (start_ok && end_ok) return pos;
        ++pos;
    }
    return std::string::npos;
}

}  // namespace

std::string_view to_string(DueKind k) {
    for (const auto& [kind, name] : kKindNames)
        if (kind == k) return name;
    return "unparsed";
}

std::optional<DueKind> due_kind_from_name(std::string_view n) {
    for (const auto& [kind, name] : kKindNames)
        if (name == n) return kind;
    return std::nullopt;
}

DueDate parse_due(std::string_view text, const DateConventions& conv) {
    DueDate due;
    due.text = std::string(text);
    std::string norm = to_lower_ascii(collapse_space(text));
    if (norm.empty()) return due;

    std::vector<Token> tokens = tokenise(norm);
    std::vector<Period> periods = Scanner(tokens, conv).scan();

    // The earliest keyword ('ongoing', 'tbc', …) decides the kind when it comes before any date.
    size_t kw_pos = std::string::npos;
    DueKind kw_kind = DueKind::unparsed;
    for (const auto& [phrase, kind] : conv.words) {
        size_t p = find_words(norm, phrase);
        if (p < kw_pos) kw_pos = p, kw_kind = kind;
    }
    if (periods.empty()) {
        due.kind = kw_pos != std::string::npos ? kw_kind : DueKind::unparsed;
        return due;
    }
    DueDate combined = combine(periods, tokens);
    due.start = combined.start;
    due.end = combined.end;
    due.kind = combined.kind;
    // Where the keyword stands before the first date, it names the kind ('Completed May 2018').
    if (kw_pos != std::string::npos && kw_pos == 0) due.kind = kw_kind;
    return due;
}

std::optional<Date> find_period_end(std::string_view text, const DateConventions& conv) {
    std::vector<Token> tokens = tokenise(to_lower_ascii(collapse_space(text)));
    std::vector<Period> periods = Scanner(tokens, conv).scan();
    std::optional<Date> best;
    for (const Period& p : periods)
        if (p.kind != DueKind::unparsed && (!best || p.end > *best)) best = p.end;
    return best;
}

}  // namespace planbridge
