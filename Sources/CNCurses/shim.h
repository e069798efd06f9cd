// The wide-character ncurses API for Swift. Swift 6 cannot read C globals such as stdscr
// or LINES (not concurrency-safe) and does not import function-like macros such as A_BOLD
// or KEY_F(n), so small inline accessors stand in for them.
#ifndef STORYSCOPE_CNCURSES_SHIM_H
#define STORYSCOPE_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline WINDOW *nc_curscr(void) { return curscr; }
static inline int nc_lines(void) { return LINES; }
static inline int nc_cols(void) { return COLS; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t nc_a_normal(void) { return A_NORMAL; }
static inline attr_t nc_a_bold(void) { return A_BOLD; }
static inline attr_t nc_a_reverse(void) { return A_REVERSE; }
static inline attr_t nc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nc_a_dim(void) { return A_DIM; }
static inline attr_t nc_a_standout(void) { return A_STANDOUT; }
static inline attr_t nc_color_pair(int pair) { return COLOR_PAIR(pair); }
static inline int nc_key_f(int n) { return KEY_F(n); }
static inline int nc_key_code_yes(void) { return KEY_CODE_YES; }
static inline int nc_err(void) { return ERR; }

static inline mmask_t nc_mouse_mask(void) {
    return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int nc_mouse_is_click(mmask_t state) { return (state & (BUTTON1_CLICKED | BUTTON1_PRESSED)) != 0; }
static inline int nc_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int nc_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

/// The locale's character set (e.g. "UTF-8"), after setlocale.
static inline const char *nc_codeset(void) { return nl_langinfo(CODESET); }

#endif
