#include "read/grid/grid_build.hpp"

#include "read/grid/action_rows.hpp"
#include "read/grid/block_scan.hpp"
#include "read/grid/colour_key.hpp"
#include "read/grid/context_rows.hpp"
#include "read/grid/plan_metadata.hpp"

namespace planbridge {

namespace {

// What the plan's title, organisation and as_of are judged on: the rows above the first header
// and every header's headings.
MetadataSource metadata_source(const Grid& grid, const Scanner& scan) {
    MetadataSource src;
    for (int r : scan.before_header) src.lines_before_header.push_back(row_text(grid.rows[static_cast<size_t>(r)]));
    for (const Block& b : scan.blocks)
        for (const ColumnMapping& c : b.header.columns) src.headings.push_back(c.heading);
    return src;
}

}  // namespace

// One cell of the row's own, merged across two or more columns, short enough to be a heading.
bool spread_banner(const GridRow& row, int index) {
    RowCells rc = row_cells(row, index);
    if (rc.own.size() != 1 || !rc.carried.empty()) return false;
    const GridCell& c = row.cells[static_cast<size_t>(rc.own.front())];
    return c.span_cols >= 2 && c.text.size() <= 150 && c.text.find('\n') == std::string::npos;
}

struct GridBuilder::Impl {
    Grid& grid;
    GridBuildOptions options;
    const Profile& profile;
    GridParts parts;
    Scanner scan;
    ActionRows builder;
    bool dates_decided = false;
    size_t active = 0;         // blocks before this one are finished
    bool started = false;      // the active block has begun (its sample was in)
    size_t processed = 0;      // rows of the active block turned into actions
    ActionRows::BlockState state{};

    Impl(Grid& g, GridBuildOptions o, int known_width)
        : grid(g), options(std::move(o)), profile(options.read.profile),
          scan(g, profile, known_width), builder(parts, profile, options.file, options.read.explain, options.read.sink) {
        parts.name = g.name;
        parts.index = g.index;
    }

    void start_active() {
        if (!dates_decided) {
            dates_decided = true;
            parts.as_of = options.as_of ? options.as_of(metadata_source(grid, scan)) : std::nullopt;
            DateConventions dates = profile.dates;
            dates.reference = parts.as_of;
            builder.set_dates(std::move(dates));
        }
        if (active == 0) {
            std::vector<const GridRow*> above;
            for (int r : scan.before_header) above.push_back(&grid.rows[static_cast<size_t>(r)]);
            ColourKey own = learn_colour_key(above, profile);
            if (own.empty() && options.document_key && !options.document_key->empty()) {
                builder.set_key(*options.document_key);
                parts.used_document_key = true;
            } else {
                builder.set_key(std::move(own));
            }
        }
        state = builder.begin_block(scan.blocks[active]);
        if (active == 0) context_rows_above();
        started = true;
        processed = 0;
    }

    // The rows just above the first plan table that describe its actions: after the last other
    // row there (a RAG key's, a title), heading paragraphs ('Workstream A' over 'A1. …'), label
    // rows of an outcome table and the title row spread across it.
    void context_rows_above() {
        const std::vector<int>& above = scan.before_header;
        size_t first = above.size();
        // Walked up from the header, stopping at the first row that is not context: each row is
        // judged once, knowing every row below it up to the header is context (a recursion down
        // to the header from each row was quadratic and as deep as the banners were many).
        while (first > 0 && is_context_above(first - 1)) --first;
        for (size_t k = first; k < above.size(); ++k)
            builder.context_above(state, grid.rows[static_cast<size_t>(above[k])], above[k]);
    }

    bool is_context_above(size_t k) const {
        int i = scan.before_header[k];
        const GridRow& row = grid.rows[static_cast<size_t>(i)];
        if (row.heading || label_row(row, i, profile)) return true;
        // A banner merged across the table right above its header ('Services for Looked After
        // Children'), or above another such banner: the section of the rows below (issue 14).
        const int header = scan.blocks[active].header_index;
        const int after = k + 1 < scan.before_header.size() ? scan.before_header[k + 1] : header;
        // (the rows below it are context: context_rows_above only asks going up)
        if (after == i + 1 && spread_banner(row, i)) return true;
        // A title row spread across the outcome table its label rows follow.
        if (row.table == 0 || k + 1 >= scan.before_header.size()) return false;
        int next = scan.before_header[k + 1];
        const GridRow& below = grid.rows[static_cast<size_t>(next)];
        return row_cells(row, i).own.size() == 1 && below.table == row.table && label_row(below, next, profile).has_value();
    }

    void add(int i) {
        size_t blocks = scan.blocks.size();
        scan.step(i);
        if (scan.blocks.size() > blocks && blocks > 0) pump(true);  // a new header ends the block above
        pump(false);
    }

    // Turns the active block's waiting rows into actions, once it may start.
    void pump(bool closing) {
        if (active >= scan.blocks.size()) return;
        const Block& b = scan.blocks[active];
        if (!started && !closing && b.rows.size() < kSampleRows) return;
        if (!started) start_active();
        while (processed < b.rows.size()) builder.process_row(state, b.rows[processed++]);
        if (closing) {
            builder.end_block(state);
            ++active;
            started = false;
        }
    }
};

GridBuilder::GridBuilder(Grid& grid, GridBuildOptions options) : GridBuilder(grid, std::move(options), -1) {}
GridBuilder::GridBuilder(Grid& grid, GridBuildOptions options, int known_width)
    : impl_(std::make_unique<Impl>(grid, std::move(options), known_width)) {}
GridBuilder::~GridBuilder() = default;

void GridBuilder::reserve(size_t rows) {
    if (impl_->options.read.sink) return impl_->options.read.sink->expect(rows);  // its actions go there a few at a time
    impl_->parts.actions.reserve(rows);
    impl_->parts.action_text_hashes.reserve(rows);
}

void GridBuilder::row_added() { impl_->add(static_cast<int>(impl_->grid.rows.size()) - 1); }

GridParts GridBuilder::build_whole(Grid& grid, GridBuildOptions options) {
    GridBuilder b(grid, std::move(options), grid.width());
    for (int i = 0; i < static_cast<int>(grid.rows.size()); ++i) b.impl_->add(i);
    return b.finish();
}

GridParts GridBuilder::finish() {
    Impl& m = *impl_;
    m.parts.has_cells = m.scan.has_cells;
    m.parts.key_table = !m.started && m.scan.key_table();
    if (!m.parts.key_table) m.pump(true);
    if (m.options.read.sink) m.builder.hand_over(m.parts.actions.size());  // all final now
    m.parts.has_blocks = !m.scan.blocks.empty() && !m.parts.key_table;
    if (m.parts.has_blocks) m.parts.source = metadata_source(m.grid, m.scan);
    else if (m.parts.has_cells) {
        m.parts.standalone_key = key_of_rows(m.grid, m.profile);
        if (!m.parts.key_table) m.parts.no_table = diagnose_no_table(m.grid, m.profile);
    }
    return std::move(m.parts);
}

ColourKey key_of_rows(const Grid& grid, const Profile& profile) {
    std::vector<const GridRow*> rows;
    for (const GridRow& r : grid.rows) rows.push_back(&r);
    return learn_colour_key(rows, profile);
}

MetadataSource scan_metadata(Grid& grid, const Profile& profile, bool& has_cells) {
    Scanner scan(grid, profile, grid.width());
    for (int i = 0; i < static_cast<int>(grid.rows.size()); ++i) scan.step(i);
    has_cells = scan.has_cells;
    if (scan.blocks.empty() || scan.key_table()) return {};
    return metadata_source(grid, scan);
}

}  // namespace planbridge
