#ifndef STORYSCOPE_TEMPORARY_FILE_GUARD_H
#define STORYSCOPE_TEMPORARY_FILE_GUARD_H

/// While a file is being written through a temporary file: if SIGINT, SIGTERM, SIGHUP or
/// SIGQUIT ends the program, the temporary file is removed first (async-signal-safe: the path
/// is copied into static storage), then the program dies of that signal as it would have.
/// Returns 0, or -1 when the path is too long to keep (nothing is then guarded).
int tfg_guard(const char *path);

/// The temporary file is gone or renamed: signals take their earlier actions again.
void tfg_release(void);

#endif
