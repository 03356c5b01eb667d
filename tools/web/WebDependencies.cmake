# The browser build's third-party parts. Everything comes from Debian: SDL2, Dear ImGui and libsodium from
# their source packages (tools/install-deps.sh fetches them with apt-get source), cereal and stb
# from their -dev packages' headers.
set(SPIRIT_WEB_SDL2_SOURCE "" CACHE PATH "SDL2's sources (apt-get source libsdl2)")
set(SPIRIT_WEB_IMGUI "" CACHE PATH "Dear ImGui's sources (apt-get source imgui)")
if(NOT EXISTS ${SPIRIT_WEB_SDL2_SOURCE}/include/SDL_config_emscripten.h OR NOT EXISTS ${SPIRIT_WEB_IMGUI}/imgui.cpp)
  message(FATAL_ERROR "The browser build needs SPIRIT_WEB_SDL2_SOURCE and SPIRIT_WEB_IMGUI; run tools/web/build.sh")
endif()
enable_language(C)

# Header-only libraries from Debian's -dev packages, seen through a folder of their own, so the
# browser build never sees the rest of the machine's /usr/include.
set(SPIRIT_WEB_HEADERS ${CMAKE_BINARY_DIR}/debian-headers)
file(MAKE_DIRECTORY ${SPIRIT_WEB_HEADERS})
foreach(dir cereal stb)
  if(NOT EXISTS ${SPIRIT_WEB_HEADERS}/${dir})
    file(CREATE_LINK /usr/include/${dir} ${SPIRIT_WEB_HEADERS}/${dir} SYMBOLIC)
  endif()
endforeach()
include_directories(SYSTEM ${SPIRIT_WEB_HEADERS})

# stb_image_write (screenshots), included as <stb_image_write.h> as with Debian's stb.pc.
add_library(spirit_web_headers STATIC ${CMAKE_CURRENT_LIST_DIR}/StbImageWrite.cpp)
target_include_directories(spirit_web_headers SYSTEM PUBLIC ${SPIRIT_WEB_HEADERS}/stb)

# SDL2 for the browser, compiled straight from its sources with SDL's own configuration for
# emscripten (SDL_config_emscripten.h, which SDL_config.h picks): no configure step, which under
# emcmake took minutes. The parts are the ones that configuration names: the emscripten video,
# audio, joystick, power, filesystem and locale drivers, the OpenGL ES 2 renderer, no threads.
set(sdl ${SPIRIT_WEB_SDL2_SOURCE}/src)
file(GLOB SPIRIT_WEB_SDL2_SOURCES
  ${sdl}/*.c ${sdl}/atomic/*.c ${sdl}/audio/*.c ${sdl}/audio/disk/*.c ${sdl}/audio/dummy/*.c
  ${sdl}/audio/emscripten/*.c ${sdl}/cpuinfo/*.c ${sdl}/events/*.c ${sdl}/file/*.c
  ${sdl}/filesystem/emscripten/*.c ${sdl}/haptic/*.c ${sdl}/haptic/dummy/*.c ${sdl}/joystick/*.c
  ${sdl}/joystick/emscripten/*.c ${sdl}/libm/*.c ${sdl}/loadso/dlopen/*.c ${sdl}/locale/*.c
  ${sdl}/locale/emscripten/*.c ${sdl}/misc/*.c ${sdl}/misc/emscripten/*.c ${sdl}/power/*.c
  ${sdl}/power/emscripten/*.c ${sdl}/render/*.c ${sdl}/render/opengles2/*.c ${sdl}/render/software/*.c
  ${sdl}/sensor/*.c ${sdl}/sensor/dummy/*.c ${sdl}/stdlib/*.c ${sdl}/thread/*.c ${sdl}/thread/generic/*.c
  ${sdl}/timer/*.c ${sdl}/timer/unix/*.c ${sdl}/video/*.c ${sdl}/video/emscripten/*.c ${sdl}/video/yuv2rgb/*.c)
add_library(spirit_web_sdl2 STATIC ${SPIRIT_WEB_SDL2_SOURCES})
# Not a system include: SDL2's SDL.h must come before emscripten's own SDL1 headers.
target_include_directories(spirit_web_sdl2 BEFORE PUBLIC ${SPIRIT_WEB_SDL2_SOURCE}/include)
target_include_directories(spirit_web_sdl2 PRIVATE ${sdl} ${sdl}/video/khronos)
target_compile_options(spirit_web_sdl2 PRIVATE -w)   # Debian's SDL2 as it is, not held to our warnings

# Dear ImGui's core (the app draws with its own SDL_Renderer code, so no backend is needed).
add_library(spirit_web_imgui STATIC
  ${SPIRIT_WEB_IMGUI}/imgui.cpp ${SPIRIT_WEB_IMGUI}/imgui_draw.cpp ${SPIRIT_WEB_IMGUI}/imgui_tables.cpp
  ${SPIRIT_WEB_IMGUI}/imgui_widgets.cpp ${SPIRIT_WEB_IMGUI}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(spirit_web_imgui SYSTEM PUBLIC ${SPIRIT_WEB_IMGUI} ${SPIRIT_WEB_IMGUI}/misc/cpp)

# libsodium for the browser (the encrypted links; natively Debian's libsodium-dev 1.0.18), compiled
# straight from Debian's source package (apt-get source libsodium, beside SDL2's) with the choices
# libsodium's own configure makes under emscripten (dist-build/emscripten.sh: --disable-asm
# --without-pthreads), so no configure run: only the portable C implementations (ref10, donna32,
# ref/cp), none of the SSE/AVX/AES-NI ones (their files compile to nothing or to "not available"
# stubs without the HAVE_*INTRIN_H defines, so the SIMD-only files are left out entirely) and no
# 128-bit arithmetic (configure refuses HAVE_TI_MODE under emscripten). The full library, like
# Debian's, not --enable-minimal.
if(NOT SPIRIT_WEB_SODIUM_SOURCE)
  get_filename_component(spirit_web_src ${SPIRIT_WEB_SDL2_SOURCE} DIRECTORY)
  file(GLOB spirit_web_sodium_dirs LIST_DIRECTORIES true ${spirit_web_src}/libsodium-1.*)
  if(spirit_web_sodium_dirs)
    list(SORT spirit_web_sodium_dirs)
    list(GET spirit_web_sodium_dirs -1 spirit_web_sodium_dir)
  endif()
endif()
set(SPIRIT_WEB_SODIUM_SOURCE "${spirit_web_sodium_dir}" CACHE PATH "libsodium's sources (apt-get source libsodium)")
set(sodium ${SPIRIT_WEB_SODIUM_SOURCE}/src/libsodium)
if(NOT EXISTS ${SPIRIT_WEB_SODIUM_SOURCE}/configure.ac OR NOT EXISTS ${sodium}/include/sodium/version.h.in)
  message(FATAL_ERROR "The browser build needs libsodium's sources beside SDL2's (or SPIRIT_WEB_SODIUM_SOURCE); run tools/install-deps.sh")
endif()
# version.h, as configure would write it, with the numbers configure.ac sets (1.0.18: 10.3).
file(STRINGS ${SPIRIT_WEB_SODIUM_SOURCE}/configure.ac spirit_web_sodium_ac
  REGEX "^(AC_INIT\\(\\[libsodium\\],\\[|SODIUM_LIBRARY_VERSION_MAJOR=|SODIUM_LIBRARY_VERSION_MINOR=)")
string(REGEX MATCH "AC_INIT\\(\\[libsodium\\],\\[([0-9.]+)\\]" _ "${spirit_web_sodium_ac}")
set(VERSION ${CMAKE_MATCH_1})
string(REGEX MATCH "SODIUM_LIBRARY_VERSION_MAJOR=([0-9]+)" _ "${spirit_web_sodium_ac}")
set(SODIUM_LIBRARY_VERSION_MAJOR ${CMAKE_MATCH_1})
string(REGEX MATCH "SODIUM_LIBRARY_VERSION_MINOR=([0-9]+)" _ "${spirit_web_sodium_ac}")
set(SODIUM_LIBRARY_VERSION_MINOR ${CMAKE_MATCH_1})
if(NOT VERSION OR NOT SODIUM_LIBRARY_VERSION_MAJOR OR SODIUM_LIBRARY_VERSION_MINOR STREQUAL "")
  message(FATAL_ERROR "libsodium: no version numbers in ${SPIRIT_WEB_SODIUM_SOURCE}/configure.ac")
endif()
set(SODIUM_LIBRARY_MINIMAL_DEF "")   # the full library
# The public headers, laid out as installed (version.h includes "export.h" beside it), in a folder
# of their own: the source's include/sodium also holds core.h, utils.h, ... and is not for users.
set(spirit_web_sodium_gen ${CMAKE_BINARY_DIR}/libsodium/include)
file(COPY ${sodium}/include/ DESTINATION ${spirit_web_sodium_gen} FILES_MATCHING PATTERN "*.h" PATTERN private EXCLUDE)
configure_file(${sodium}/include/sodium/version.h.in ${spirit_web_sodium_gen}/sodium/version.h @ONLY)
unset(VERSION)   # only for version.h.in

file(GLOB_RECURSE SPIRIT_WEB_SODIUM_SOURCES ${sodium}/*.c)
# Out: the x86 SIMD and assembly implementations, and randombytes' native sources (under
# emscripten randombytes.c itself asks JavaScript, see SodiumRandom.js; upstream's Makefile.am
# leaves sysrandom out there too).
list(FILTER SPIRIT_WEB_SODIUM_SOURCES EXCLUDE REGEX
  "/(sse2|sse|sandy2x|xmm6|xmm6int|dolbeau)/|-(ssse3|sse41|avx2|avx512f)\\.c$|/randombytes/(internal|sysrandom)/")
add_library(spirit_web_sodium STATIC ${SPIRIT_WEB_SODIUM_SOURCES})
set_target_properties(spirit_web_sodium PROPERTIES C_STANDARD 99 C_EXTENSIONS ON)   # gnu99: EM_ASM needs it
target_include_directories(spirit_web_sodium SYSTEM PUBLIC ${spirit_web_sodium_gen})
target_include_directories(spirit_web_sodium PRIVATE ${sodium}/include/sodium ${spirit_web_sodium_gen}/sodium)
target_compile_definitions(spirit_web_sodium PUBLIC SODIUM_STATIC=1)
# What configure finds under emscripten: CONFIGURED (otherwise private/common.h warns that the
# build is unsupported), little-endian (wasm is), the C library's posix_memalign (sodium_malloc's
# aligned allocations; no mmap/mprotect, so no guard pages, as upstream's emscripten build),
# explicit_bzero (sodium_memzero; musl declares it under _GNU_SOURCE, which configure's
# AC_USE_SYSTEM_EXTENSIONS sets), C99 variable-length arrays (sodium_stackzero), getpid and
# nanosleep. No HAVE_PTHREAD, HAVE_ATOMIC_OPS (core.c ignores them under emscripten anyway),
# HAVE_WEAK_SYMBOLS (wasm is not ELF), HAVE_MMAP/MLOCK/MADVISE/MPROTECT (configure does not look
# for them under emscripten), HAVE_*INTRIN_H, HAVE_CPUID, HAVE_TI_MODE, HAVE_AMD64_ASM.
target_compile_definitions(spirit_web_sodium PRIVATE
  CONFIGURED=1 NATIVE_LITTLE_ENDIAN=1 _GNU_SOURCE=1
  HAVE_POSIX_MEMALIGN=1 HAVE_EXPLICIT_BZERO=1 HAVE_C_VARARRAYS=1 HAVE_ALLOCA=1 HAVE_ALLOCA_H=1
  HAVE_SYS_MMAN_H=1 HAVE_GETPID=1 HAVE_NANOSLEEP=1)
# configure's flags for every build (wrapping signed arithmetic, no strict aliasing), and its
# config keeps assert() on even in release builds (-UNDEBUG, after CMake's -DNDEBUG).
target_compile_options(spirit_web_sodium PRIVATE -fno-strict-aliasing -fwrapv -UNDEBUG -w)
# Every program linking libsodium gets the JavaScript its random numbers come from.
target_link_options(spirit_web_sodium INTERFACE "SHELL:--pre-js ${CMAKE_CURRENT_LIST_DIR}/SodiumRandom.js")
set_property(TARGET spirit_web_sodium APPEND PROPERTY INTERFACE_LINK_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/SodiumRandom.js)

# A check of that build, made only on request (tools/web/sodium-smoke.sh builds and runs it in node).
add_executable(spirit-web-sodium-smoke EXCLUDE_FROM_ALL ${CMAKE_CURRENT_LIST_DIR}/SodiumSmoke.c)
target_link_libraries(spirit-web-sodium-smoke PRIVATE spirit_web_sodium)
target_compile_options(spirit-web-sodium-smoke PRIVATE -Wall -Wextra -Werror)
# Synchronous instantiation: emscripten 3.1.6's asynchronous path fetch()es the .wasm by file name,
# which node 18+'s own fetch refuses (not a URL).
target_link_options(spirit-web-sodium-smoke PRIVATE -sENVIRONMENT=node -sEXIT_RUNTIME=1 -sWASM_ASYNC_COMPILATION=0)
