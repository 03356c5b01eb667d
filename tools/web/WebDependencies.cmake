# The browser build's third-party parts. Everything comes from Debian: SDL2 and Dear ImGui from
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
