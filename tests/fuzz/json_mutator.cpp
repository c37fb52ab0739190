// A structure-aware mutator for libFuzzer (linked into the libFuzzer binaries
// only). Byte-level mutations of a witness almost always break the strict
// reader, so few inputs would reach the checkers. Half of the mutations here
// instead parse the input as JSON and change one value in place: an integer
// string moved by a little or set next to a bound that decides the walk's
// arithmetic (2^61, 2^62, 2^124: verify/exhaustive.h), a structural integer
// moved by one, a case target or a truth-table bit changed, an array element
// dropped, repeated or swapped. The result is usually still a valid witness
// stating a different, often false, claim.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace {

using nlohmann::json;
using Rng = std::minstd_rand;

// Magnitudes around the int64/int128 tier bounds of the exhaustive walk and of
// the machine integers themselves.
const char* const kBoundaries[] = {
    "2305843009213693951",  "2305843009213693952",  "4611686018427387903",
    "4611686018427387904",  "9223372036854775807",  "9223372036854775808",
    "21267647932558653966460912964485513215",  "21267647932558653966460912964485513216",
    "42535295865117307932921825928971026431",  "170141183460469231731687303715884105728",
};

std::size_t pick(Rng& rng, std::size_t n) { return static_cast<std::size_t>(rng() % n); }

bool is_integer_text(const std::string& s) {
  std::size_t i = !s.empty() && s[0] == '-' ? 1 : 0;
  if (i == s.size()) return false;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

std::string mutate_integer_text(const std::string& s, Rng& rng) {
  const bool negative = s[0] == '-';
  switch (pick(rng, 6)) {
    case 0: return negative ? s.substr(1) : "-" + s;
    case 1: return (rng() % 2 ? "-" : "") + std::string(kBoundaries[pick(rng, std::size(kBoundaries))]);
    case 2: return s + std::to_string(pick(rng, 10));  // times ten, plus a digit
    case 3: return s.size() > 1 + negative ? s.substr(0, s.size() - 1) : s;
    case 4: return std::to_string(static_cast<long long>(pick(rng, 7)) - 3);
    default: break;
  }
  if (s.size() > 18) return s;
  return std::to_string(std::stoll(s) + static_cast<long long>(pick(rng, 5)) - 2);
}

void mutate_node(json& node, Rng& rng) {
  if (node.is_number_integer()) {
    const long long sizes[] = {0, 1, 2, 8, 12, 13, 14, 15, 40, 41, 4096};
    long long moved = 0;
    if (pick(rng, 3) == 0 || __builtin_add_overflow(node.get<long long>(), rng() % 2 ? 1 : -1, &moved)) {
      moved = sizes[pick(rng, std::size(sizes))];
    }
    node = moved;
  } else if (node.is_string()) {
    std::string s = node.get<std::string>();
    if (is_integer_text(s)) {
      node = mutate_integer_text(s, rng);
    } else if (s == "+1" || s == "-1" || s.find("f_") != std::string::npos) {
      const char* const targets[] = {"+1", "-1", "f_0", "-f_0", "f_1", "-f_1", "f_2"};
      node = targets[pick(rng, std::size(targets))];
    } else if (!s.empty() && s.find_first_not_of("01") == std::string::npos) {
      char& c = s[pick(rng, s.size())];
      c = c == '0' ? '1' : '0';
      node = s;
    }
  } else if (node.is_array() && !node.empty()) {
    const std::size_t i = pick(rng, node.size());
    switch (pick(rng, 3)) {
      case 0: node.erase(i); break;
      case 1: {
        json copy = node[i];  // a copy: inserting may move node[i]
        node.insert(node.begin() + static_cast<std::ptrdiff_t>(i), std::move(copy));
        break;
      }
      default: std::swap(node[i], node[pick(rng, node.size())]); break;
    }
  }
}

void collect(json& node, std::vector<json*>& out) {
  out.push_back(&node);
  if (node.is_structured()) {
    for (auto& child : node) collect(child, out);
  }
}

// Deep nesting is the reader's business (it refuses > 64 levels); the mutator
// leaves such inputs to byte-level mutation rather than recurse through them.
bool shallow(const std::uint8_t* data, std::size_t size) {
  int depth = 0;
  for (std::size_t i = 0; i < size; ++i) {
    depth += (data[i] == '[' || data[i] == '{') - (data[i] == ']' || data[i] == '}');
    if (depth > 32) return false;
  }
  return true;
}

}  // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
  Rng rng(seed);
  if (rng() % 2 == 0 || !shallow(data, size)) return LLVMFuzzerMutate(data, size, max_size);
  json j = json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return LLVMFuzzerMutate(data, size, max_size);
  std::vector<json*> nodes;
  collect(j, nodes);
  mutate_node(*nodes[pick(rng, nodes.size())], rng);
  const std::string out = j.dump(-1, ' ', false, json::error_handler_t::replace);
  if (out.size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
  std::memcpy(data, out.data(), out.size());
  return out.size();
}
