#define _POSIX_C_SOURCE 200809L
#include "TemporaryFileGuard.h"

#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static const int guarded_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
#define GUARDED_COUNT (sizeof guarded_signals / sizeof guarded_signals[0])

static char guarded_path[PATH_MAX];
static volatile sig_atomic_t guarding = 0;
static struct sigaction previous[GUARDED_COUNT];

static void on_signal(int signal) {
    if (guarding) unlink(guarded_path);
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signal, &fallback, NULL);
    raise(signal);
}

int tfg_guard(const char *path) {
    size_t length = strlen(path);
    if (length >= sizeof guarded_path) return -1;
    memcpy(guarded_path, path, length + 1);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    for (unsigned i = 0; i < GUARDED_COUNT; i++) sigaddset(&action.sa_mask, guarded_signals[i]);
    guarding = 1;
    for (unsigned i = 0; i < GUARDED_COUNT; i++) sigaction(guarded_signals[i], &action, &previous[i]);
    return 0;
}

void tfg_release(void) {
    for (unsigned i = 0; i < GUARDED_COUNT; i++) sigaction(guarded_signals[i], &previous[i], NULL);
    guarding = 0;
}
