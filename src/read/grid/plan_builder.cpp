#include "read/grid/plan_builder.hpp"

#include <algorithm>

#include "model/action_key.hpp"
#include "read/grid/grid_build.hpp"
#include "read/grid/grid_stream.hpp"
#include "read/grid/plan_metadata.hpp"
#include "support/error.hpp"
#include "support/strings.hpp"

namespace planbridge {

namespace {

// One of the document's grids: read whole (rows) or built while read (parts).
struct Piece {
    Grid* grid = nullptr;
    GridParts* built = nullptr;
    int index() const { return grid ? grid->index : built->index; }
    const std::string& name() const { return grid ? grid->name : built->name; }
};

std::vector<Piece> in_document_order(Document& doc) {
    std::vector<Piece> pieces;
    for (Grid& g : doc.grids) pieces.push_back({&g, nullptr});
    for (GridParts& p : doc.built) pieces.push_back({nullptr, &p});
    std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.index() < b.index(); });
    return pieces;
}

// A RAG key standing on its own grid (a workbook's 'Key' sheet): the first grid with no plan
// table whose rows make a key.
struct DocumentKey {
    ColourKey key;
    std::string grid_name;
};

// What the whole document says before any grid read whole is built.
struct DocumentSurvey {
    PlanMetadata meta;
    std::optional<DocumentKey> key;
};

void note_document_key(ColourKey key, const std::string& grid_name, std::optional<DocumentKey>& found) {
    if (!found && !key.empty()) found = DocumentKey{std::move(key), grid_name};
}

DocumentSurvey survey(const Document& doc, const std::vector<Piece>& pieces, const ReadOptions& options) {
    DocumentSurvey out;
    std::vector<MetadataSource> sources;
    bool any_cells = false;
    for (const Piece& p : pieces) {
        if (p.built) {
            any_cells = any_cells || p.built->has_cells;
            if (p.built->has_blocks) sources.push_back(p.built->source);
            else note_document_key(p.built->standalone_key, p.name(), out.key);
            continue;
        }
        bool has_cells = false;
        MetadataSource s = scan_metadata(*p.grid, options.profile, has_cells);
        any_cells = any_cells || has_cells;
        if (!s.headings.empty()) sources.push_back(std::move(s));
        else if (has_cells) note_document_key(key_of_rows(*p.grid, options.profile), p.name(), out.key);
    }
    if (!any_cells)
        throw PlanError(ErrorKind::empty, doc.file, "", doc.has_grids() ? "the file has no cells with text" : "no worksheets to read (only hidden or chart sheets)");
    out.meta = find_metadata(sources, doc, options.as_of, options.profile.dates);
    return out;
}

std::optional<StaleStreamedSheet> stale_sheet(const std::vector<Piece>& pieces, const DocumentSurvey& survey) {
    for (const Piece& p : pieces) {
        if (!p.built || !p.built->has_blocks) continue;
        if (p.built->as_of != survey.meta.as_of) return StaleStreamedSheet{p.name(), "its as_of differs from the document's"};
        if (p.built->colour_key.empty() && survey.key) return StaleStreamedSheet{p.name(), "the document's RAG key is on another sheet"};
    }
    return std::nullopt;
}

// Every grid's parts, in document order: those built while read as they are, the others built now.
std::vector<GridParts> build_parts(const std::string& file_name, std::vector<Piece>& pieces, const DocumentSurvey& survey, const ReadOptions& options) {
    std::vector<GridParts> parts;
    for (Piece& p : pieces) {
        if (p.built) {
            parts.push_back(std::move(*p.built));
            continue;
        }
        std::optional<Date> as_of = survey.meta.as_of;
        parts.push_back(GridBuilder::build_whole(*p.grid, {options, file_name, [as_of](const MetadataSource&) { return as_of; },
                                                          survey.key ? &survey.key->key : nullptr}));
    }
    return parts;
}

// Keys (model/action_key.hpp). text_hashes[i] = folded_hash(action i).
void assign_keys(Plan& plan, const std::vector<uint64_t>& text_hashes) {
    ActionKeyMaker keys(plan.actions.size());  // one at a time: a big plan's keys are never held twice
    FoldedPathHash section_hash;
    for (size_t i = 0; i < plan.actions.size(); ++i) {
        Action& a = plan.actions[i];
        a.key = keys.next({section_hash(a.section), a.id, text_hashes[i]});
    }
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

void note_key_used(ImportReport& report, const std::vector<GridParts>& parts, const std::optional<DocumentKey>& key) {
    for (const GridParts& p : parts)
        if (p.used_document_key && p.has_blocks) {
            report.colour_key = key->key.lines;
            report.notes.push_back("the RAG key was read from " + (key->grid_name.empty() ? std::string("the document") : "sheet '" + key->grid_name + "'"));
            return;
        }
}

// More than a quarter of the actions with no status read: said once, with why and what to do,
// so that a plan whose words or colours planbridge does not know is not passed off as unrated.
void warn_if_mostly_unrated(Plan& plan, const std::vector<GridParts>& parts) {
    size_t made = 0, unrated = 0;
    for (const GridParts& p : parts) made += p.made, unrated += p.unrated;
    if (made < 4 || unrated * 4 <= made) return;
    plan.warnings.push_back({{plan.source_file, "", 0, 0},
                             std::to_string(unrated) + " of " + std::to_string(made) +
                                 " actions have no status planbridge could read: the plan has no status column it knows, or its words or "
                                 "colours are not ones it knows. planbridge inspect shows how each status was read; a --profile can add "
                                 "the council's words and colours"});
}

// No grid holds a plan table: the error names the likeliest header of any, what it lacked, and
// the --map that would read it.
[[noreturn]] void throw_no_plan(const Document& doc, const std::vector<GridParts>& parts) {
    const GridParts* best = nullptr;
    for (const GridParts& p : parts)
        if (p.no_table && (!best || p.no_table->score > best->no_table->score)) best = &p;
    std::string message = "no plan table found: ";
    std::string place = parts.size() == 1 && !parts.front().name.empty() ? "sheet '" + parts.front().name + "'" : "";
    if (!best) throw PlanError(ErrorKind::no_plan, doc.file, place, message + "no row looks like a table's header (Action, Lead, By when, RAG)");
    if (!best->name.empty() && parts.size() > 1) place = "sheet '" + best->name + "'";
    message += best->no_table->said + "; " +
               (best->no_table->map.empty() ? std::string("say what the headings mean with --map 'HEADING=action,HEADING=owner,…'")
                                            : "try " + best->no_table->map);
    throw PlanError(ErrorKind::no_plan, doc.file, place, message);
}

// The plan's actions from every grid with a plan table (or the sink's count of them).
void assemble(ImportResult& result, const Document& doc, std::vector<GridParts>& parts, const ReadOptions& options) {
    size_t with_plan = 0, actions = 0;
    for (const GridParts& p : parts) {
        if (p.has_blocks) ++with_plan, actions += p.actions.size();  // none with a sink: they went there
        else result.report.grids_without_plan.push_back((p.name.empty() ? "(the file)" : p.name) + (p.key_table ? " (a RAG key, not actions)" : ""));
    }
    if (with_plan == 0) throw_no_plan(doc, parts);
    Plan& plan = result.plan;
    if (with_plan > 1) plan.actions.reserve(actions);  // one grid's list is taken over whole: reserving would only hold memory twice
    std::vector<uint64_t> text_hashes;
    text_hashes.reserve(actions);
    for (GridParts& p : parts)
        if (p.has_blocks) merge_parts(plan, result.report, text_hashes, p, with_plan > 1);
    size_t made = plan.actions.size();
    if (options.sink) {
        std::vector<std::pair<int, std::string>> prefixes;  // as merge_parts does for the plan's own actions
        for (const GridParts& p : parts)
            if (p.has_blocks && with_plan > 1 && !p.name.empty()) prefixes.emplace_back(p.index, p.name);
        made = options.sink->finish(prefixes);
    }
    if (made == 0) throw PlanError(ErrorKind::no_plan, doc.file, "", "a plan table was found but it has no action rows");
    assign_keys(plan, text_hashes);
    warn_if_mostly_unrated(plan, parts);
}

}  // namespace

PlanBuild build_plan(Document doc, const ReadOptions& options) {
    std::vector<Piece> pieces = in_document_order(doc);
    DocumentSurvey found = survey(doc, pieces, options);
    if (auto stale = stale_sheet(pieces, found)) return *stale;

    // What the plan records of the file is its name; errors (PlanError) name it as the user did.
    const std::string name = file_name_of(doc.file);
    ImportResult result;
    Plan& plan = result.plan;
    plan.source_file = name;
    plan.source_format = doc.format;
    plan.warnings = doc.warnings;
    for (Warning& w : plan.warnings) w.place.file = name;
    plan.title = found.meta.title;
    plan.organisation = found.meta.organisation;
    plan.as_of = found.meta.as_of;
    result.report.file = name;
    result.report.format = doc.format;
    result.report.notes = doc.notes;
    result.report.as_of_from = found.meta.as_of_from;

    std::vector<GridParts> parts = build_parts(name, pieces, found, options);
    note_key_used(result.report, parts, found.key);
    assemble(result, doc, parts, options);
    std::sort(plan.recommendations.begin(), plan.recommendations.end(), [](const Recommendation& a, const Recommendation& b) {
        return a.number.size() != b.number.size() ? a.number.size() < b.number.size() : a.number < b.number;
    });
    return result;
}

std::unique_ptr<RowSink> SheetStreaming::open(const std::string& name, int index, const Document& doc) const {
    Document facts;  // what find_metadata reads from the document: its name and properties
    facts.file = doc.file;
    facts.title = doc.title;
    facts.organisation = doc.organisation;
    const ReadOptions& options = options_;
    AsOfRule rule = [&options, facts = std::move(facts)](const MetadataSource& src) {
        return find_metadata({src}, facts, options.as_of, options.profile.dates).as_of;
    };
    return std::make_unique<GridStream>(name, index, GridBuildOptions{options, file_name_of(doc.file), std::move(rule), nullptr});
}

}  // namespace planbridge
