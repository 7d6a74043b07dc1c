#ifndef PLENARY_CNCURSESW_SHIM_H
#define PLENARY_CNCURSESW_SHIM_H
// Wide-character curses: without this define Swift sees no get_wch, wint_t, cchar_t.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncurses.h>
#endif
