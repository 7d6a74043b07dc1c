#ifndef PLENARY_CNCURSESW_SHIM_H
#define PLENARY_CNCURSESW_SHIM_H
// Wide-character curses: without this define Swift sees no get_wch, wint_t, cchar_t.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <langinfo.h>
#include <ncurses.h>
#include <term.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <unistd.h>

// Swift 6 refuses curses' and libc's mutable globals (stdscr, LINES, COLORS, stdout)
// and does not import attribute macros; these small getters are the way in.
static inline FILE *plenary_stdout(void) { return stdout; }
static inline FILE *plenary_stdin(void) { return stdin; }
static inline WINDOW *plenary_stdscr(void) { return stdscr; }
static inline int plenary_colors(void) { return COLORS; }
static inline int plenary_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t plenary_a_normal(void) { return A_NORMAL; }
static inline attr_t plenary_a_bold(void) { return A_BOLD; }
static inline attr_t plenary_a_dim(void) { return A_DIM; }
static inline attr_t plenary_a_reverse(void) { return A_REVERSE; }
static inline attr_t plenary_a_underline(void) { return A_UNDERLINE; }
static inline attr_t plenary_a_blink(void) { return A_BLINK; }
static inline attr_t plenary_a_standout(void) { return A_STANDOUT; }

/// Sets a window's attributes and colour pair (wattr_set without the macro layer).
static inline int plenary_set_style(WINDOW *w, attr_t attrs, short pair) {
    return wattr_set(w, attrs, pair, NULL);
}

/// The terminal's size from the kernel, for resizeterm after SIGWINCH (libdispatch
/// replaces ncurses' own SIGWINCH handler on Linux). Returns 0 on success.
static inline int plenary_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

/// Whether terminfo's entry for `term` can move the cursor (`cup`): without it a
/// full-screen program cannot draw (TERM=dumb). 1 yes, 0 no, -1 no entry. Reads the
/// entry without taking the screen, and frees it again.
static inline int plenary_term_addresses_cursor(const char *term) {
    int status = 0;
    if (setupterm(term, 1, &status) != OK) return -1;
    TERMINAL *entry = cur_term;
    char *cup = tigetstr("cup");
    int addresses = cup != NULL && cup != (char *)-1;
    del_curterm(entry);
    return addresses;
}

/// A terminfo string capability of the current terminal, or NULL.
static inline const char *plenary_capability(const char *name) {
    char *s = tigetstr(name);
    return s == (char *)-1 ? NULL : s;
}

/// The podium's terminal modes on top of curses' cbreak: no flow control (Ctrl-S
/// would freeze the screen while keys still act) and no quit character (Ctrl-\
/// would send SIGQUIT). Both keys then arrive as ordinary, ignored characters.
static inline int plenary_podium_modes(int fd) {
    struct termios t;
    if (tcgetattr(fd, &t) != 0) return -1;
    t.c_iflag &= ~(IXON | IXOFF);
    t.c_cc[VQUIT] = _POSIX_VDISABLE;
    return tcsetattr(fd, TCSANOW, &t);
}
#endif
