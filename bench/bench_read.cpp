// Reads a plan file into the model and reports cells, actions, the model's own size and the
// process's peak memory. What the benchmark times for planbridge.
// Usage: bench_read FILE
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "read/reader.hpp"

using namespace planbridge;

static size_t string_bytes(const std::string& s) { return sizeof(std::string) + (s.capacity() > 15 ? s.capacity() + 1 : 0); }

// Approximate heap + inline bytes held by the plan model.
static size_t model_bytes(const Plan& p) {
    size_t n = sizeof(Plan);
    for (const Action& a : p.actions) {
        n += sizeof(Action);
        // origin.file and origin.sheet are shared by the sheet's actions (SharedText): not counted per action.
        for (const std::string* s : {&a.key, &a.id, &a.action, &a.owner, &a.progress, &a.measure, &a.resources, &a.due.text})
            n += string_bytes(*s) - sizeof(std::string);
        for (const auto& s : a.section) n += string_bytes(s);
        for (const auto& s : a.recommendations) n += string_bytes(s);
        for (const auto& [k, v] : a.extra) n += string_bytes(k) + string_bytes(v);
    }
    return n;
}

int main(int argc, char** argv) {
    if (argc < 2) return 2;
    auto start = std::chrono::steady_clock::now();
    ImportResult r = import_file(argv[1], {});
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double model_mb = static_cast<double>(model_bytes(r.plan)) / (1 << 20);
    double peak_mb = static_cast<double>(ru.ru_maxrss) / 1024;
    std::printf("%zu actions in %.3f s; model %.1f MB; peak RSS %.1f MB (%.1fx the model)\n", r.plan.actions.size(), seconds,
                model_mb, peak_mb, peak_mb / model_mb);
    std::fflush(stdout);
    // Reading is done: freeing the model piece by piece is not part of it (the OS takes the
    // pages back at once), so the process ends here.
    std::_Exit(0);
}
