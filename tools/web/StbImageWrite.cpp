// The browser build's copy of stb_image_write's code (natively it comes from Debian's libstb).
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>
