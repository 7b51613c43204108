// Temporary files made safely (docs/security.md): a unique, unguessable name beside the output
// (mkostemp: created new, O_EXCL, so never through a link someone planted), or in a private
// directory of the temporary folder for a device or pipe; removed if planbridge is stopped by
// SIGINT, SIGTERM or SIGHUP; and those a killed run left behind removed by the next run that
// writes beside them. Names: '.NAME.planbridge-PID-XXXXXX' (the PID says whose it was).
#pragma once
#include <string>
#include <sys/types.h>

namespace planbridge {

struct TempFile {
    std::string path;
    int fd = -1;  // open for writing, close-on-exec
};

// A new temporary beside target (which need not exist), with mode: that of the file it will
// replace, or 0666 less the umask. Throws PlanError(output) naming display.
TempFile create_temp_beside(const std::string& target, const std::string& display);
// A new directory only this user can enter, in $TMPDIR or /tmp. Throws PlanError(output).
std::string create_private_dir(const std::string& display);

// Removed (unlink, or rmdir) if a signal stops the process before forget_on_signal; then the
// signal does what it would have. Last registered, first removed.
void remove_on_signal(const std::string& path);
void forget_on_signal(const std::string& path);

// While a child process group runs (LibreOffice converting): a stopping signal kills the whole
// group at once and is left for the waiting code to see (stop_requested), which throws Stopped so
// that everything is removed on the way out; main then ends as the signal would have
// (end_as_stopped). Outside it, the signal removes what is registered and ends the process.
// From begin_child_spawn (just before fork) to watch_child_group, a signal is held the same way,
// so one that comes while the child is being made cannot miss its group; abandon_child_spawn
// when the fork failed.
void begin_child_spawn();
void abandon_child_spawn();
void watch_child_group(pid_t group);  // ends the spawn begun
void unwatch_child_group(pid_t group);
int stop_requested();  // the signal that asked, or 0
struct Stopped {
    int signal;
};
[[noreturn]] void end_as_stopped(int signal);

// Removes the temporaries of planbridge runs no longer alive, beside target and this user's.
void remove_stale_temporaries(const std::string& target);

}  // namespace planbridge
