// Writes the whole-app flow deck (one light card of each type) to a file, for the browser tests'
// host: write-flow-deck OUT.toml
#include <fstream>
#include <iostream>

#include "FlowDeck.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: write-flow-deck OUT.toml\n";
    return 2;
  }
  std::ofstream out(argv[1], std::ios::trunc);
  out << spirit::test::FlowDeckText();
  return out ? 0 : 1;
}
