#pragma once
// The informational blocks of a witness (`generator`, `construction`): a small
// ordered tree of text, integers, lists and keyed maps. No checker reads them;
// they exist for people. Keeping them out of nlohmann::json keeps the JSON
// library inside src/io, which alone decides how a file is spelled.
#include <concepts>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/bigint.h"

namespace quarks {

class Info {
 public:
  enum class Kind { null, boolean, integer, text, list, map };
  using Entry = std::pair<std::string, Info>;

  Info() : kind_(Kind::map) {}  // the empty map
  Info(const char* text) : kind_(Kind::text), text_(text) {}
  Info(std::string text) : kind_(Kind::text), text_(std::move(text)) {}
  template <std::integral T>
    requires(!std::same_as<T, bool>)
  Info(T value) : kind_(Kind::integer), integer_(static_cast<std::int64_t>(value)) {}

  static Info null() { return Info(Kind::null); }
  static Info boolean(bool value);
  static Info list(std::vector<Info> items);
  // Keys are kept sorted and unique (a later duplicate replaces the earlier).
  static Info map(std::vector<Entry> entries);
  static Info integers(const std::vector<int>& values);
  static Info decimals(const std::vector<BigInt>& values);  // decimal strings

  Kind kind() const { return kind_; }
  bool is_empty_map() const { return kind_ == Kind::map && entries_.empty(); }
  bool boolean_value() const { return integer_ != 0; }
  std::int64_t integer() const { return integer_; }
  const std::string& text() const { return text_; }
  const std::vector<Info>& items() const { return items_; }
  const std::vector<Entry>& entries() const { return entries_; }

  // Map access: set replaces or inserts in key order; at throws std::out_of_range.
  Info& set(const std::string& key, Info value);
  const Info& at(const std::string& key) const;
  const Info& at(std::size_t index) const { return items_.at(index); }

  bool operator==(const Info&) const = default;

 private:
  explicit Info(Kind kind) : kind_(kind) {}
  Kind kind_;
  std::int64_t integer_ = 0;
  std::string text_;
  std::vector<Info> items_;
  std::vector<Entry> entries_;
};

}  // namespace quarks
