// libFuzzer's entry point for a target defined by fuzz_one() (fuzz_target.h).
#include <cstddef>
#include <cstdint>

#include "fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  quarks::fuzz::fuzz_one({reinterpret_cast<const char*>(data), size});
  return 0;
}
