#include "witness/info.h"

#include <algorithm>
#include <stdexcept>

namespace quarks {

Info Info::boolean(bool value) {
  Info info(Kind::boolean);
  info.integer_ = value;
  return info;
}

Info Info::list(std::vector<Info> items) {
  Info info(Kind::list);
  info.items_ = std::move(items);
  return info;
}

Info Info::map(std::vector<Entry> entries) {
  Info info;
  for (auto& [key, value] : entries) info.set(key, std::move(value));
  return info;
}

Info Info::integers(const std::vector<int>& values) {
  std::vector<Info> items(values.begin(), values.end());
  return list(std::move(items));
}

Info Info::decimals(const std::vector<BigInt>& values) {
  std::vector<Info> items;
  for (const auto& v : values) items.emplace_back(to_string(v));
  return list(std::move(items));
}

Info& Info::set(const std::string& key, Info value) {
  if (kind_ != Kind::map) throw std::logic_error("Info::set on a value that is not a map");
  auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                             [](const Entry& e, const std::string& k) { return e.first < k; });
  if (it != entries_.end() && it->first == key) {
    it->second = std::move(value);
    return it->second;
  }
  return entries_.insert(it, {key, std::move(value)})->second;
}

const Info& Info::at(const std::string& key) const {
  for (const auto& [k, v] : entries_) {
    if (k == key) return v;
  }
  throw std::out_of_range("no key '" + key + "'");
}

}  // namespace quarks
