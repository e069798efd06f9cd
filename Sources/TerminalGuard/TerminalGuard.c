#define _POSIX_C_SOURCE 200809L
#include "TerminalGuard.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <unistd.h>

static struct termios saved_modes;
static int saved_fd = -1;
static volatile sig_atomic_t exit_signal = 0;
static volatile sig_atomic_t resize_pending = 0;
// The self-pipe: every handled signal writes a byte, so a wait in poll() wakes even when the
// signal arrives just before it starts (a flag alone would be checked too early).
static int wake_pipe[2] = {-1, -1};

void tg_save_terminal(int fd) {
    if (tcgetattr(fd, &saved_modes) == 0) saved_fd = fd;
}

// terminfo's rmkx for this terminal (xterm's "\033[?1l\033>"); empty until the session knows it.
static char keypad_reset[64];

void tg_set_keypad_reset(const char *sequence) {
    size_t length = sequence ? strlen(sequence) : 0;
    if (length >= sizeof keypad_reset) length = 0;
    memcpy(keypad_reset, sequence ? sequence : "", length);
    keypad_reset[length] = 0;
}

void tg_emergency_restore(void) {
    if (saved_fd < 0) return;
    tcsetattr(saved_fd, TCSANOW, &saved_modes);
    // Keypad and cursor keys back to normal mode, as endwin would leave them.
    size_t keypad_length = strlen(keypad_reset);
    if (keypad_length > 0) {
        ssize_t ignored = write(saved_fd, keypad_reset, keypad_length);
        (void)ignored;
    }
    // Mouse reporting off, attributes reset, cursor shown, main screen back.
    static const char leave[] = "\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
    ssize_t ignored = write(saved_fd, leave, sizeof leave - 1);
    (void)ignored;
}

static void on_crash(int signal) {
    tg_emergency_restore();
    // SA_RESETHAND restored the default action: raising again ends the process for real.
    raise(signal);
}

void tg_install_crash_handlers(void) {
    static const int signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_crash;
    action.sa_flags = SA_RESETHAND | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaction(signals[i], &action, NULL);
}

void tg_wake(void) {
    if (wake_pipe[1] < 0) return;
    int saved = errno;
    char byte = 1;
    ssize_t ignored = write(wake_pipe[1], &byte, 1);
    (void)ignored;
    errno = saved;
}

static void on_exit_request(int signal) {
    exit_signal = signal;
    tg_wake();
}

static void on_resize(int signal) {
    (void)signal;
    resize_pending = 1;
    tg_wake();
}

static void make_wake_pipe(void) {
    if (wake_pipe[0] >= 0 || pipe(wake_pipe) != 0) return;
    for (int i = 0; i < 2; i++) {
        fcntl(wake_pipe[i], F_SETFL, fcntl(wake_pipe[i], F_GETFL) | O_NONBLOCK);
        fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC);
    }
}

void tg_install_exit_handlers(void) {
    make_wake_pipe();
    static const int signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT};
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_exit_request;
    // No SA_RESTART: a blocking read returns EINTR, so the program notices at once.
    action.sa_flags = 0;
    sigemptyset(&action.sa_mask);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaction(signals[i], &action, NULL);
    // Our own SIGWINCH handler: installed before newterm, it keeps ncurses from installing its
    // own, whose flag is checked before a blocking read and so can miss a resize.
    action.sa_handler = on_resize;
    action.sa_flags = SA_RESTART;
    sigaction(SIGWINCH, &action, NULL);
}

int tg_exit_signal(void) { return exit_signal; }

int tg_take_resize(void) {
    if (!resize_pending) return 0;
    // Cleared before the caller reads the size, so a resize that lands meanwhile is not lost.
    resize_pending = 0;
    return 1;
}

int tg_wait_for_input(int fd) { return tg_wait_for_input_until(fd, -1); }

int tg_wait_for_input_until(int fd, int milliseconds) {
    struct pollfd fds[2] = {{fd, POLLIN, 0}, {wake_pipe[0], POLLIN, 0}};
    int count = wake_pipe[0] >= 0 ? 2 : 1;
    if (poll(fds, (nfds_t)count, milliseconds) <= 0) return 0;
    if (count == 2 && (fds[1].revents & POLLIN)) {
        char buffer[64];
        while (read(wake_pipe[0], buffer, sizeof buffer) > 0) {}
    }
    return (fds[0].revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL)) ? 1 : 0;
}

void tg_die_of(int signal) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signal, &action, NULL);
    raise(signal);
}

int tg_window_size(int fd, int *rows, int *columns) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}
