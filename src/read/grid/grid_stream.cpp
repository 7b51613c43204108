#include "read/grid/grid_stream.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

namespace planbridge {

namespace {
constexpr size_t kMaxQueuedBatches = 8;  // how far the reader may run ahead of the builder
}

struct GridStream::Shared {
    Grid grid;
    GridBuilder builder;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<RowJob> queue;
    size_t expected_rows = 0;
    bool closed = false;     // the reader is done (or gave up)
    bool stop = false;       // throw the work away
    std::exception_ptr failure;
    GridParts parts;
    std::thread worker;

    ActionSink* sink;  // where the builder hands finished actions, if anywhere

    Shared(std::string name, int index, GridBuildOptions options)
        : grid{std::move(name), index, {}}, builder(grid, options), sink(options.read.sink) {}

    void run() {
        try {
            for (;;) {
                RowJob job;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return !queue.empty() || closed || stop; });
                    if (stop) return;
                    if (queue.empty()) break;  // closed and drained
                    job = std::move(queue.front());
                    queue.pop_front();
                    if (expected_rows) {  // the rows' shells stay (the builder finds rows by index)
                        grid.rows.reserve(expected_rows);
                        builder.reserve(std::exchange(expected_rows, 0));
                    }
                }
                changed.notify_all();  // room in the queue
                for (GridRow& row : job()) {
                    grid.rows.push_back(std::move(row));
                    builder.row_added();
                }
            }
            parts = builder.finish();
        } catch (...) {
            std::lock_guard lock(mutex);
            failure = std::current_exception();
            stop = true;
            changed.notify_all();
        }
    }
};

GridStream::GridStream(std::string name, int index, GridBuildOptions options)
    : shared_(std::make_unique<Shared>(std::move(name), index, std::move(options))) {
    shared_->worker = std::thread([s = shared_.get()] { s->run(); });
}

GridStream::~GridStream() {
    if (!shared_ || !shared_->worker.joinable()) return;
    {
        std::lock_guard lock(shared_->mutex);
        shared_->stop = true;
    }
    shared_->changed.notify_all();
    shared_->worker.join();
    // Abandoned: what the worker already gave the sink would be given again by the whole read.
    if (ActionSink* sink = shared_->sink) sink->forget_grid(shared_->grid.index);
}

void GridStream::push(RowJob job) {
    Shared& s = *shared_;
    std::unique_lock lock(s.mutex);
    s.changed.wait(lock, [&] { return s.queue.size() < kMaxQueuedBatches || s.stop; });
    if (s.stop) return;  // the worker failed: finish() reports it
    s.queue.push_back(std::move(job));
    lock.unlock();
    s.changed.notify_all();
}

void GridStream::expect_rows(size_t rows) {
    std::lock_guard lock(shared_->mutex);
    shared_->expected_rows = rows;
}

GridParts GridStream::finish() {
    Shared& s = *shared_;
    {
        std::lock_guard lock(s.mutex);
        s.closed = true;
    }
    s.changed.notify_all();
    s.worker.join();
    if (s.failure) std::rethrow_exception(s.failure);
    return std::move(s.parts);
}

}  // namespace planbridge
