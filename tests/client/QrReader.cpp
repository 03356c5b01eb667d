#include "QrReader.h"

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>

namespace spirit::test {

QrReading ReadQrCode(const std::string& imageFile) {
  QrReading reading;
  if (std::system("command -v zbarimg >/dev/null 2>&1") != 0) {
    reading.problem = "zbarimg is missing: install Debian's zbar-tools to read the QR codes back";
    return reading;
  }
  reading.ran = true;
  // Only the decoded text on stdout; zbarimg's complaints (no D-Bus in a container) stay out of it.
  const std::string command = "zbarimg --raw -q '" + imageFile + "' 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    reading.problem = "could not run " + command;
    return reading;
  }
  char buffer[512];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) reading.text.append(buffer, got);
  const int status = pclose(pipe);
  if (!reading.text.empty() && reading.text.back() == '\n') reading.text.pop_back();
  if (status != 0) {
    reading.problem = "zbarimg found no QR code (exit status " +
                      std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")";
  }
  return reading;
}

}  // namespace spirit::test
