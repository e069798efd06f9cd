// Async-signal-safe terminal protection, in C because signal handlers must be.
#ifndef STORYSCOPE_TERMINAL_GUARD_H
#define STORYSCOPE_TERMINAL_GUARD_H

/// Saves the terminal modes of `fd`, to be restored by the crash handler.
void tg_save_terminal(int fd);

/// Restores the saved modes and writes the sequences that leave the alternate screen, show
/// the cursor, reset attributes and stop mouse reporting. Async-signal-safe.
void tg_emergency_restore(void);

/// The terminal's own sequence that takes the keypad out of application mode (terminfo's
/// rmkx), written first by `tg_emergency_restore`. Copied; call once the terminal is known.
void tg_set_keypad_reset(const char *sequence);

/// On SIGSEGV, SIGBUS, SIGILL, SIGTRAP (Swift traps), SIGABRT and SIGFPE: restore what can
/// safely be restored, then die of the same signal.
void tg_install_crash_handlers(void);

/// SIGTERM, SIGHUP, SIGINT and SIGQUIT set a flag instead of killing the process, so the
/// program can restore the terminal and exit on its own; SIGWINCH marks a resize. Each also
/// wakes `tg_wait_for_input`. Call before ncurses starts, so that it leaves these signals alone.
void tg_install_exit_handlers(void);

/// The signal that asked the program to exit, or 0.
int tg_exit_signal(void);

/// 1 once after each SIGWINCH (clearing the mark), else 0. Read the new size after this.
int tg_take_resize(void);

/// Blocks until `fd` has input (or hung up), or a handled signal arrives. Returns 1 when `fd`
/// is ready, 0 when only a signal woke it.
int tg_wait_for_input(int fd);

/// As `tg_wait_for_input`, giving up after `milliseconds` (a negative number waits for ever).
/// Returns 1 when `fd` is ready, 0 when a signal or `tg_wake` woke it or the time ran out.
int tg_wait_for_input_until(int fd, int milliseconds);

/// Wakes a wait in `tg_wait_for_input`, from any thread: work done elsewhere is ready.
void tg_wake(void);

/// Restores the default action for a signal and raises it, so the parent sees the process die
/// of that signal.
void tg_die_of(int signal);

/// The window size of the terminal on `fd`; returns 0 on success.
int tg_window_size(int fd, int *rows, int *columns);

#endif
