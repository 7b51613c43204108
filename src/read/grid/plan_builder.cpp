#include "read/grid/plan_builder.hpp"

#include <algorithm>
#include <unordered_map>

#include "model/action_key.hpp"
#include "read/grid/grid_build.hpp"
#include "read/grid/plan_metadata.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

// Keys (model/action_key.hpp). text_hashes[i] = folded_hash(action i).
void assign_keys(Plan& plan, const std::vector<uint64_t>& text_hashes) {
    std::vector<KeyInput> inputs;
    inputs.reserve(plan.actions.size());
    FoldedPathHash section_hash;
    for (size_t i = 0; i < plan.actions.size(); ++i)
        inputs.push_back({section_hash(plan.actions[i].section), plan.actions[i].id, text_hashes[i]});
    std::vector<std::string> keys = action_keys(inputs);
    for (size_t i = 0; i < keys.size(); ++i) plan.actions[i].key = std::move(keys[i]);
}

// Adds one grid's parts to the plan, in document order. With several sheets holding plan
// tables, each action's section starts with its sheet's name.
void merge_parts(Plan& plan, ImportReport& report, std::vector<uint64_t>& text_hashes, GridParts& p, bool prefix_sheet_name) {
    text_hashes.insert(text_hashes.end(), p.action_text_hashes.begin(), p.action_text_hashes.end());
    if (prefix_sheet_name && !p.name.empty())
        for (Action& a : p.actions) a.section.insert(a.section.begin(), p.name);
    if (plan.actions.empty()) plan.actions = std::move(p.actions);
    else plan.actions.insert(plan.actions.end(), std::make_move_iterator(p.actions.begin()), std::make_move_iterator(p.actions.end()));
    for (Recommendation& r : p.recommendations) {
        auto it = std::find_if(plan.recommendations.begin(), plan.recommendations.end(), [&](const Recommendation& x) { return x.number == r.number; });
        if (it == plan.recommendations.end()) plan.recommendations.push_back(std::move(r));
        else if (it->text.empty()) it->text = std::move(r.text);
    }
    for (std::string& c : p.extra_columns)
        if (std::find(plan.extra_columns.begin(), plan.extra_columns.end(), c) == plan.extra_columns.end()) plan.extra_columns.push_back(std::move(c));
    plan.warnings.insert(plan.warnings.end(), std::make_move_iterator(p.warnings.begin()), std::make_move_iterator(p.warnings.end()));
    report.tables.insert(report.tables.end(), std::make_move_iterator(p.tables.begin()), std::make_move_iterator(p.tables.end()));
    if (!p.used_document_key) report.colour_key.insert(report.colour_key.end(), p.colour_key.begin(), p.colour_key.end());
}

// A RAG key standing on its own grid (a workbook's 'Key' sheet): the first grid with no plan
// table whose rows make a key.
struct DocumentKey {
    ColourKey key;
    std::string grid_name;
};

void note_document_key(ColourKey key, const std::string& grid_name, std::optional<DocumentKey>& found) {
    if (!found && !key.empty()) found = DocumentKey{std::move(key), grid_name};
}

}  // namespace

ImportResult build_plan(Document doc, const BuildOptions& options) {
    const Profile& profile = options.profile ? *options.profile : default_profile();
    ImportResult result;
    Plan& plan = result.plan;
    ImportReport& report = result.report;
    plan.source_file = doc.file;
    plan.source_format = doc.format;
    plan.warnings = doc.warnings;
    report.file = doc.file;
    report.format = doc.format;
    report.notes = doc.notes;

    // Plan metadata first: as_of decides the year of phrases like 'Sept'.
    std::vector<MetadataSource> sources;
    std::optional<DocumentKey> document_key;
    bool any_cells = false;
    for (Grid& g : doc.grids) {
        if (g.built) {
            any_cells = any_cells || g.built->has_cells;
            if (g.built->has_blocks) sources.push_back(g.built->source);
            else note_document_key(g.built->standalone_key, g.name, document_key);
            continue;
        }
        bool has_cells = false;
        MetadataSource s = scan_metadata(g, profile, has_cells);
        any_cells = any_cells || has_cells;
        if (!s.headings.empty()) sources.push_back(std::move(s));
        else if (has_cells) note_document_key(key_of_rows(g, profile), g.name, document_key);
    }
    if (!any_cells) throw PlanError(ErrorKind::empty, doc.file, "", doc.grids.empty() ? "no worksheets to read (only hidden or chart sheets)" : "the file has no cells with text");
    PlanMetadata meta = find_metadata(sources, doc, options.as_of, profile.dates);
    plan.title = meta.title;
    plan.organisation = meta.organisation;
    plan.as_of = meta.as_of;
    report.as_of_from = meta.as_of_from;

    std::vector<GridParts> parts;
    for (Grid& g : doc.grids) {
        if (g.built) {
            // A streamed sheet read its dates against the as_of it could see; the whole file may say otherwise.
            // So may a key on another sheet it could not see.
            if (g.built->has_blocks && g.built->as_of != meta.as_of) throw StreamedGridStale{};
            if (g.built->has_blocks && g.built->colour_key.empty() && document_key) throw StreamedGridStale{};
            parts.push_back(std::move(*g.built));
            continue;
        }
        parts.push_back(GridBuilder::build_whole(g, {&profile, doc.file, [&](const MetadataSource&) { return meta.as_of; },
                                                     options.explain, document_key ? &document_key->key : nullptr, options.sink}));
    }
    for (const GridParts& p : parts)
        if (p.used_document_key && p.has_blocks) {
            report.colour_key = document_key->key.lines;
            report.notes.push_back("the RAG key was read from " + (document_key->grid_name.empty() ? std::string("the document") : "sheet '" + document_key->grid_name + "'"));
            break;
        }
    size_t with_plan = 0, actions = 0;
    for (const GridParts& p : parts) {
        if (p.has_blocks) ++with_plan, actions += p.actions.size();  // none with a sink: they went there
        else
            report.grids_without_plan.push_back((p.name.empty() ? "(the file)" : p.name) + (p.key_table ? " (a RAG key, not actions)" : ""));
    }
    if (with_plan == 0) {
        std::string place = doc.grids.size() == 1 && !doc.grids.front().name.empty() ? "sheet '" + doc.grids.front().name + "'" : "";
        throw PlanError(ErrorKind::no_plan, doc.file, place,
                        "no plan table found: no row has at least two recognisable column headings (e.g. Action, Lead, By when, RAG)");
    }
    if (with_plan > 1) plan.actions.reserve(actions);  // one grid's list is taken over whole: reserving would only hold memory twice
    std::vector<uint64_t> text_hashes;
    text_hashes.reserve(actions);
    for (GridParts& p : parts)
        if (p.has_blocks) merge_parts(plan, report, text_hashes, p, with_plan > 1);
    size_t made = plan.actions.size();
    if (options.sink) {
        std::vector<std::pair<int, std::string>> prefixes;  // as merge_parts does for the plan's own actions
        for (const GridParts& p : parts)
            if (p.has_blocks && with_plan > 1 && !p.name.empty()) prefixes.emplace_back(p.index, p.name);
        made = options.sink->finish(prefixes);
    }
    if (made == 0) throw PlanError(ErrorKind::no_plan, doc.file, "", "a plan table was found but it has no action rows");
    assign_keys(plan, text_hashes);
    std::sort(plan.recommendations.begin(), plan.recommendations.end(), [](const Recommendation& a, const Recommendation& b) {
        return a.number.size() != b.number.size() ? a.number.size() < b.number.size() : a.number < b.number;
    });
    return result;
}

GridBuildOptions streamed_grid_options(const StreamSettings& settings, const Document& doc) {
    const Profile& profile = settings.build.profile ? *settings.build.profile : default_profile();
    Document facts;  // what find_metadata reads from the document: its name and properties
    facts.file = doc.file;
    facts.title = doc.title;
    facts.organisation = doc.organisation;
    std::optional<Date> option = settings.build.as_of;
    AsOfRule rule = [&profile, facts = std::move(facts), option](const MetadataSource& src) {
        return find_metadata({src}, facts, option, profile.dates).as_of;
    };
    return {&profile, doc.file, std::move(rule), settings.build.explain, nullptr, settings.build.sink};
}

}  // namespace planbridge
