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

}  // namespace planbridge
