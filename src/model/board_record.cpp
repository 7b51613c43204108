#include "model/board_record.hpp"

#include <algorithm>

namespace planbridge {

std::vector<std::string_view> record_pieces(std::string_view text) {
    std::vector<std::string_view> out;
    for (size_t at = 0; at < text.size();) {
        size_t end = std::min(text.size(), at + kRecordPiece);
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // not inside a UTF-8 sequence
        out.push_back(text.substr(at, end - at));
        at = end;
    }
    return out;
}

bool ShownColumns::shows(Field f) const { return std::find(fields.begin(), fields.end(), to_string(f)) != fields.end(); }

std::set<std::string> ShownColumns::shown_keys() const {
    std::set<std::string> out(fields.begin(), fields.end());
    for (const auto& [heading, title] : kept) out.insert("extra:" + heading);
    return out;
}

nlohmann::json ShownColumns::to_json() const {
    nlohmann::json k = nlohmann::json::array();
    for (const auto& [heading, title] : kept) k.push_back({heading, title});
    return {{"fields", fields}, {"kept", k}};
}

ShownColumns ShownColumns::from_json(const nlohmann::json& j) {
    ShownColumns c;
    for (const auto& f : j.value("fields", nlohmann::json::array())) c.fields.push_back(f.get<std::string>());
    for (const auto& t : j.value("kept", nlohmann::json::array())) c.kept.emplace_back(t.at(0).get<std::string>(), t.at(1).get<std::string>());
    return c;
}

}  // namespace planbridge
