#include "model/status.hpp"

#include <array>
#include <utility>

namespace planbridge {

namespace {
constexpr std::array<std::pair<Status, std::string_view>, 9> kStatusNames{{
    {Status::not_started, "not_started"},
    {Status::on_track, "on_track"},
    {Status::at_risk, "at_risk"},
    {Status::at_high_risk, "at_high_risk"},
    {Status::at_low_risk, "at_low_risk"},
    {Status::off_track, "off_track"},
    {Status::complete, "complete"},
    {Status::evidenced, "evidenced"},
    {Status::unknown, "unknown"},
}};
constexpr std::array<std::pair<StatusSource, std::string_view>, 5> kSourceNames{{
    {StatusSource::text, "text"},
    {StatusSource::fill, "fill"},
    {StatusSource::deadline, "deadline"},
    {StatusSource::progress, "progress"},
    {StatusSource::none, "none"},
}};

template <typename E, size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
    for (const auto& [v, name] : table)
        if (v == value) return name;
    return "unknown";
}

template <typename E, size_t N>
std::optional<E> value_of(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view name) {
    for (const auto& [v, n] : table)
        if (n == name) return v;
    return std::nullopt;
}
}  // namespace

std::string_view to_string(Status s) { return name_of(kStatusNames, s); }
std::string_view to_string(StatusSource s) { return name_of(kSourceNames, s); }
std::optional<Status> status_from_name(std::string_view n) { return value_of(kStatusNames, n); }
std::optional<StatusSource> status_source_from_name(std::string_view n) { return value_of(kSourceNames, n); }

std::optional<int> status_rank(Status s) {
    switch (s) {
        case Status::off_track: return 0;
        case Status::at_high_risk: return 1;
        case Status::at_risk: return 2;
        case Status::not_started: return 3;
        case Status::at_low_risk: return 4;
        case Status::on_track: return 5;
        case Status::complete: return 6;
        case Status::evidenced: return 7;
        case Status::unknown: return std::nullopt;
    }
    return std::nullopt;
}

bool is_done(Status s) { return s == Status::complete || s == Status::evidenced; }

bool worse_than(Status a, Status b) {
    auto ra = status_rank(a), rb = status_rank(b);
    return ra && rb && *ra < *rb;
}

bool is_overdue(const std::optional<Date>& due_end, Status status, const std::optional<Date>& as_of) {
    return as_of && due_end && *due_end < *as_of && !is_done(status);
}

}  // namespace planbridge
