#include "io/strict_json.h"

#include <cstdint>
#include <vector>

#include "core/error.h"

namespace quarks {

namespace {

using nlohmann::json;

// The format nests six levels deep; a limit keeps hostile input from
// building arbitrarily deep values.
constexpr std::size_t kMaxDepth = 64;

// Builds the DOM through nlohmann's SAX interface, which shows every key
// before it is stored, so a repeated key can be refused.
class StrictBuilder : public nlohmann::json_sax<json> {
 public:
  explicit StrictBuilder(const std::string& origin) : origin_(origin) {}

  json take() { return std::move(root_); }
  const std::string& failure() const { return failure_; }

  bool null() override { return put(json(nullptr)); }
  bool boolean(bool value) override { return put(json(value)); }
  bool number_integer(number_integer_t value) override {
    // nlohmann reports non-negative literals through number_unsigned, so a
    // non-negative value here was written with a minus sign: "-0".
    if (value >= 0) return fail("-0 is not an allowed integer");
    return put(json(value));
  }
  bool number_unsigned(number_unsigned_t value) override {
    if (value > static_cast<number_unsigned_t>(INT64_MAX)) return fail("integer out of range");
    return put(json(static_cast<std::int64_t>(value)));
  }
  bool number_float(number_float_t, const string_t& literal) override {
    return fail("'" + literal + "' is not an integer (JSON numbers here are integers only; " +
                "large values are decimal strings)");
  }
  bool string(string_t& value) override { return put(json(std::move(value))); }
  bool binary(binary_t&) override { return fail("binary values are not JSON"); }

  bool start_object(std::size_t) override {
    if (stack_.size() >= kMaxDepth) return fail("nested deeper than " + std::to_string(kMaxDepth) + " levels");
    if (!put(json::object())) return false;
    stack_.push_back({current_, {}});
    return true;
  }
  bool key(string_t& name) override {
    Frame& frame = stack_.back();
    if (frame.value->contains(name)) return fail("duplicate key '" + name + "'", stack_.size() - 1);
    frame.key = name;
    return true;
  }
  bool end_object() override {
    stack_.pop_back();
    return true;
  }
  bool start_array(std::size_t) override {
    if (stack_.size() >= kMaxDepth) return fail("nested deeper than " + std::to_string(kMaxDepth) + " levels");
    if (!put(json::array())) return false;
    stack_.push_back({current_, {}});
    return true;
  }
  bool end_array() override {
    stack_.pop_back();
    return true;
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    std::string what = e.what();
    const auto bracket = what.find("] ");
    if (bracket != std::string::npos) what = what.substr(bracket + 2);
    failure_ = "'" + origin_ + "' is not valid JSON (byte " + std::to_string(position) + "): " + what;
    return false;
  }

 private:
  struct Frame {
    json* value;
    std::string key;  // objects: the key whose value comes next
  };

  // Stores a value at the current place and remembers it as current_.
  bool put(json value) {
    if (stack_.empty()) {
      root_ = std::move(value);
      current_ = &root_;
      return true;
    }
    Frame& frame = stack_.back();
    if (frame.value->is_object()) {
      current_ = &((*frame.value)[frame.key] = std::move(value));
    } else {
      frame.value->push_back(std::move(value));
      current_ = &frame.value->back();
    }
    return true;
  }

  // JSON path through the first `depth` open containers ("$.gates[2].terms").
  std::string path(std::size_t depth) const {
    std::string p = "$";
    for (std::size_t d = 0; d < depth; ++d) {
      const Frame& frame = stack_[d];
      if (frame.value->is_object()) {
        p += "." + frame.key;
      } else {
        // An open array's element in progress is its last one, except in the
        // innermost array, whose failing element has not been stored yet.
        const std::size_t size = frame.value->size();
        p += "[" + std::to_string(d + 1 == stack_.size() ? size : size - 1) + "]";
      }
    }
    return p;
  }

  bool fail(const std::string& message) { return fail(message, stack_.size()); }
  bool fail(const std::string& message, std::size_t depth) {
    failure_ = "'" + origin_ + "' at " + path(depth) + ": " + message;
    return false;
  }

  std::string origin_;
  json root_;
  json* current_ = nullptr;
  std::vector<Frame> stack_;
  std::string failure_;
};

}  // namespace

json parse_strict_json(std::string_view text, const std::string& origin) {
  // nlohmann skips a UTF-8 byte-order mark; RFC 8259 forbids writing one, and
  // the format refuses it so that every reader sees the same bytes.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") throw InputError("'" + origin + "' starts with a byte-order mark");
  // nlohmann's lexer reads a NUL byte as the end of input, so whatever
  // follows one (a second, different witness) would be silently ignored.
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    throw InputError("'" + origin + "' contains a NUL byte (byte " + std::to_string(nul) + ")");
  }
  StrictBuilder builder(origin);
  bool ok = false;
  try {
    ok = json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json, true);
  } catch (const json::exception& e) {
    throw InputError("'" + origin + "' is not valid JSON: " + std::string(e.what()));
  }
  if (!ok) {
    throw InputError(builder.failure().empty() ? "'" + origin + "' is not valid JSON" : builder.failure());
  }
  return builder.take();
}

}  // namespace quarks
