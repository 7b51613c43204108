// planbridge: reads councils' Ofsted improvement plans as they are, into one model.
// Usage: planbridge VERB [options]; the verbs are cli::kVerbs (cli/commands.hpp) and docs/cli.md.
#include <iostream>
#include <string>
#include <new>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "cli/commands.hpp"
#include "cli/help.hpp"
#include "support/error.hpp"
#include "support/temp_files.hpp"

namespace {

int dispatch(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << planbridge::cli::usage_text();
        return planbridge::exit_code(planbridge::ErrorKind::usage);
    }
    std::string verb = argv[1];
    std::vector<std::string> args(argv + 2, argv + argc);
    if (const planbridge::cli::Verb* v = planbridge::cli::find_verb(verb)) return v->run(args);
    if (verb == "--help" || verb == "-h" || verb == "help") {
        std::cout << planbridge::cli::usage_text();
        return 0;
    }
    // Made from the same tables as --help; the build installs them (CMakeLists.txt).
    if (verb == "--man") {
        std::cout << planbridge::cli::man_page();
        return 0;
    }
    if (verb == "--completion" && args.size() == 1 && args[0] == "bash") {
        std::cout << planbridge::cli::bash_completion();
        return 0;
    }
    if (verb == "--version") {
        std::cout << "planbridge 0.1.0\n";
        return 0;
    }
    throw planbridge::PlanError(planbridge::ErrorKind::usage, "", "", "unknown verb '" + verb + "' (planbridge --help lists them)");
}

}  // namespace

int main(int argc, char** argv) {
#if defined(__GLIBC__)
    // Readers run a few threads each (inflate, parse, build); glibc would give each its own
    // malloc arena, and memory freed in one cannot serve another. Two arenas keep a big diff
    // ~10% smaller at no cost in time (bench/README.md).
    mallopt(M_ARENA_MAX, 2);
    // Reading streams the same few sizes of buffer through again and again (zip chunks, row
    // batches, arena blocks): keep freed memory for reuse instead of giving it back to the
    // system and faulting it in afresh (a 50,000-action diff: 20 % fewer page faults, 5 % less
    // CPU, 0.7 MB more at the peak).
    mallopt(M_MMAP_THRESHOLD, 8 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
    try {
        return dispatch(argc, argv);
    } catch (const planbridge::PlanError& e) {
        std::cerr << "planbridge: " << e.what() << "\n";
        return planbridge::exit_code(e.kind());
    } catch (const planbridge::Stopped& s) {
        planbridge::end_as_stopped(s.signal);  // what it made is gone: end as the signal would have
    } catch (const std::bad_alloc&) {
        std::cerr << "planbridge: out of memory\n";
        return planbridge::exit_code(planbridge::ErrorKind::limits);
    } catch (const std::exception& e) {
        std::cerr << "planbridge: internal error: " << e.what() << "\n";
        return planbridge::exit_code(planbridge::ErrorKind::internal);
    }
}
