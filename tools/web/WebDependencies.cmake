# The browser build's third-party parts. Everything comes from Debian: SDL2 and Dear ImGui from
# their source packages (tools/web/build.sh fetches them with apt-get source and builds SDL2 with
# emcmake), cereal and stb from their -dev packages' headers.
set(SPIRIT_WEB_SDL2 "" CACHE PATH "SDL2 built for the browser: its install prefix")
set(SPIRIT_WEB_IMGUI "" CACHE PATH "Dear ImGui's sources (apt-get source imgui)")
if(NOT EXISTS ${SPIRIT_WEB_SDL2}/lib/libSDL2.a OR NOT EXISTS ${SPIRIT_WEB_IMGUI}/imgui.cpp)
  message(FATAL_ERROR "The browser build needs SPIRIT_WEB_SDL2 and SPIRIT_WEB_IMGUI; run tools/web/build.sh")
endif()

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

# SDL2 for the browser. Not a system include: its SDL.h must come before emscripten's own SDL1.
add_library(spirit_web_sdl2 INTERFACE)
target_include_directories(spirit_web_sdl2 BEFORE INTERFACE ${SPIRIT_WEB_SDL2}/include/SDL2)
target_link_libraries(spirit_web_sdl2 INTERFACE ${SPIRIT_WEB_SDL2}/lib/libSDL2.a)

# Dear ImGui's core (the app draws with its own SDL_Renderer code, so no backend is needed).
add_library(spirit_web_imgui STATIC
  ${SPIRIT_WEB_IMGUI}/imgui.cpp ${SPIRIT_WEB_IMGUI}/imgui_draw.cpp ${SPIRIT_WEB_IMGUI}/imgui_tables.cpp
  ${SPIRIT_WEB_IMGUI}/imgui_widgets.cpp ${SPIRIT_WEB_IMGUI}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(spirit_web_imgui SYSTEM PUBLIC ${SPIRIT_WEB_IMGUI} ${SPIRIT_WEB_IMGUI}/misc/cpp)
