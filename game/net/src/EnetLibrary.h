#pragma once

// Internal to game/net: ENet must be initialised before use and deinitialised after; every
// wrapper object holds one of these, and the count keeps the library up while any lives.

namespace spirit::net::detail {

// Holds ENet initialised for as long as it lives.
class EnetLibrary {
 public:
  EnetLibrary();
  ~EnetLibrary();
  EnetLibrary(const EnetLibrary&) = delete;
  EnetLibrary& operator=(const EnetLibrary&) = delete;
  // Whether initialisation worked.
  bool Ok() const { return ok_; }

 private:
  bool ok_ = false;
};

}  // namespace spirit::net::detail
