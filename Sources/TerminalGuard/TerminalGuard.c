#define _POSIX_C_SOURCE 200809L
#include "TerminalGuard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <unistd.h>

static struct termios saved_modes;
static int saved_fd = -1;
static volatile sig_atomic_t exit_signal = 0;

void tg_save_terminal(int fd) {
    if (tcgetattr(fd, &saved_modes) == 0) saved_fd = fd;
}

void tg_emergency_restore(void) {
    if (saved_fd < 0) return;
    tcsetattr(saved_fd, TCSANOW, &saved_modes);
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

static void on_exit_request(int signal) { exit_signal = signal; }

void tg_install_exit_handlers(void) {
    static const int signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT};
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_exit_request;
    // No SA_RESTART: a blocking read returns EINTR, so the program notices at once.
    action.sa_flags = 0;
    sigemptyset(&action.sa_mask);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaction(signals[i], &action, NULL);
}

int tg_exit_signal(void) { return exit_signal; }

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
