// Block scanning, the first phase of building a grid: which rows are blank, above the first
// header, header rows (a repeated one, a second row under merged group headings, a RAG key's),
// and which block of actions each other row belongs to. One row at a time, so a streamed sheet
// is scanned as it arrives (read/grid/grid_build.cpp).
#pragma once
#include <deque>
#include <string>
#include <vector>

#include "profile/profile.hpp"
#include "read/grid/grid.hpp"
#include "read/grid/header_detection.hpp"

namespace planbridge {

// A header row and the rows under it, up to the next (different) header row.
struct Block {
    Grid* grid = nullptr;
    int table = 0;
    int header_index = 0;
    HeaderMatch header;
    std::vector<int> rows;      // indices into grid->rows
    std::vector<int> repeated;  // repeated header rows, skipped
    std::vector<int> header_tables;  // Word/HTML: the tables holding the header row or a repeat of it
    std::string top_signature;  // the header row's own headings, to recognise its repeats
    std::string sub_signature;  // a second header row's texts ('Sept 2018 | Oct 2018'), or ''
};

// Finds header rows, table blocks and the rows above the first header, one row at a time.
class Scanner {
public:
    std::vector<int> before_header;  // rows above the first header: title, dates
    std::deque<Block> blocks;  // a deque: the builder holds on to the block it is working on
    bool has_cells = false;          // any row with text at all

    // known_width: the grid's width when all its rows are already there, else -1 (streaming:
    // the width seen so far is used, and wider rows later add columns).
    Scanner(Grid& g, const Profile& profile, int known_width) : g_(g), profile_(profile), known_width_(known_width) {}

    // Places row i: blank, above the header, a (repeated or second) header row, or a block row.
    void step(int i);
    // A lone small block under a 'Key' heading is a RAG key, not a plan table.
    bool key_table() const;

private:
    Grid& g_;
    const Profile& profile_;
    int known_width_;
    int seen_width_ = 0;
    int expect_sub_after_ = -1;  // a header row whose next row may be its second row
    bool key_header_seen_ = false;  // a RAG key's header row, left above the plan's first header

    bool second_header_row(int i);
    void add_header(int i, HeaderMatch header);
};

}  // namespace planbridge
