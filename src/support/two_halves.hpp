// part(0, n) done as part(0, n/2) on this thread and part(n/2, n) on a second one, once n is at
// least worth_a_thread (below that, all of it here); both results, in that order. Each half
// must touch only what is its own.
#pragma once
#include <cstddef>
#include <future>
#include <utility>

namespace planbridge {

template <class Part>
auto in_two_halves(size_t n, size_t worth_a_thread, const Part& part) {
    size_t half = n >= worth_a_thread ? n / 2 : n;
    auto second = std::async(half < n ? std::launch::async : std::launch::deferred, part, half, n);
    auto first = part(size_t{0}, half);
    return std::make_pair(std::move(first), second.get());
}

}  // namespace planbridge
