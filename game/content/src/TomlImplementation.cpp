// toml++'s implementation, compiled into this library (not linked from Debian's shared
// libtomlplusplus): parsing is most of what checking a deck costs, and compiled here, with -O3 and
// the rest of the library, the parser's calls into its own helpers are inlined instead of going
// through the shared library's exported functions.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
