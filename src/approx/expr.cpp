#include "approx/expr.h"

#include <cctype>
#include <cstdio>

#include "core/bigint.h"
#include "core/error.h"

namespace quarks::approx {

using namespace rounding;

Interval enclose(const Rational& q) {
  const double d = q.convert_to<double>();
  if (!std::isfinite(d)) return {-kInf, kInf};
  const Rational back(d);  // exact
  if (back == q) return {d, d};
  return back < q ? Interval{d, up1(d)} : Interval{down1(d), d};
}

std::string rational_string(const Rational& q) { return q.str(); }

std::string decimal(const Rational& q, int digits) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*g", digits, q.convert_to<double>());
  return buffer;
}

std::string double_text(double x) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.17g", x);
  return buffer;
}

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// Length of the longest prefix of `s` in (0|[1-9][0-9]*)(.[0-9]+)?; 0 if none. `bad` is set to a
// reason when the prefix is followed by something that makes it malformed (leading zero, "5.").
std::size_t scan_decimal(std::string_view s, std::string& bad) {
  std::size_t i = 0;
  if (i >= s.size() || !digit(s[i])) return 0;
  if (s[i] == '0') {
    ++i;
    if (i < s.size() && digit(s[i])) { bad = "leading zero"; return 0; }
  } else {
    while (i < s.size() && digit(s[i])) ++i;
  }
  if (i < s.size() && s[i] == '.') {
    std::size_t j = i + 1;
    while (j < s.size() && digit(s[j])) ++j;
    if (j == i + 1) { bad = "no digit after '.'"; return 0; }
    i = j;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) { bad = "exponent notation"; return 0; }
  return i;
}

Rational decimal_value(std::string_view s) {
  const std::size_t dot = s.find('.');
  std::string digits(s.substr(0, dot));
  std::string fraction = dot == std::string_view::npos ? "" : std::string(s.substr(dot + 1));
  digits += fraction;
  std::size_t first = digits.find_first_not_of('0');
  BigInt numerator = first == std::string::npos ? BigInt(0) : parse_bigint(digits.substr(first), "decimal");
  BigInt denominator = 1;
  for (std::size_t i = 0; i < fraction.size(); ++i) denominator *= 10;
  return Rational(numerator, denominator);
}

constexpr std::size_t kMaxDecimalLength = 200;

}  // namespace

Rational parse_decimal(std::string_view text, std::string_view what, bool allow_sign) {
  const std::string shown = "'" + std::string(text) + "'";
  std::string_view body = text;
  bool negative = false;
  if (allow_sign && !body.empty() && body[0] == '-') {
    negative = true;
    body.remove_prefix(1);
  }
  std::string bad;
  const std::size_t n = scan_decimal(body, bad);
  if (n == 0 || n != body.size() || body.size() > kMaxDecimalLength) {
    throw InputError(std::string(what) + " " + shown + " is not a decimal number " +
                     (allow_sign ? "-?" : "") + "(0|[1-9][0-9]*)(.[0-9]+)?" + (bad.empty() ? "" : " (" + bad + ")"));
  }
  Rational v = decimal_value(body);
  if (negative && v == 0) throw InputError(std::string(what) + " " + shown + ": -0 is not allowed");
  return negative ? Rational(-v) : v;
}

// A character for a message: printable ASCII quoted, anything else as its byte value.
std::string shown(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u >= 0x21 && u < 0x7f) return "'" + std::string(1, c) + "'";
  return "byte " + std::to_string(u);
}

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  Expr run() {
    if (s_.size() > 10000) fail("is longer than 10000 characters");
    skip();
    if (pos_ == s_.size()) fail("is empty");
    int root = expr(0);
    skip();
    if (pos_ != s_.size()) fail_at("unexpected " + shown(s_[pos_]) + " (trailing input)");
    (void)root;
    expr_.text_ = std::string(s_);
    return std::move(expr_);
  }

 private:
  [[noreturn]] void fail(const std::string& why) const { throw InputError("--function " + why); }
  [[noreturn]] void fail_at(const std::string& why) const {
    throw InputError("--function: " + why + " at column " + std::to_string(pos_ + 1));
  }
  void skip() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t')) ++pos_;
  }
  int add(Expr::Node n) {
    expr_.nodes_.push_back(n);
    return static_cast<int>(expr_.nodes_.size()) - 1;
  }
  int expr(int depth) {
    if (depth > 200) fail_at("nesting deeper than 200");
    int left = term(depth);
    while (true) {
      skip();
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) {
        Expr::Op op = s_[pos_] == '+' ? Expr::Op::add : Expr::Op::sub;
        ++pos_;
        int right = term(depth);
        left = add({op, {}, 0, left, right});
      } else {
        return left;
      }
    }
  }
  int term(int depth) {
    int left = unary(depth);
    while (true) {
      skip();
      if (pos_ < s_.size() && (s_[pos_] == '*' || s_[pos_] == '/')) {
        Expr::Op op = s_[pos_] == '*' ? Expr::Op::mul : Expr::Op::div;
        ++pos_;
        int right = unary(depth);
        left = add({op, {}, 0, left, right});
      } else {
        return left;
      }
    }
  }
  int unary(int depth) {
    skip();
    if (pos_ < s_.size() && s_[pos_] == '-') {
      ++pos_;
      if (depth > 200) fail_at("nesting deeper than 200");
      int a = unary(depth + 1);
      return add({Expr::Op::neg, {}, 0, a, -1});
    }
    return power(depth);
  }
  int power(int depth) {
    int base = primary(depth);
    skip();
    if (pos_ < s_.size() && s_[pos_] == '^') {
      ++pos_;
      skip();
      const std::size_t start = pos_;
      if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
      while (pos_ < s_.size() && digit(s_[pos_])) ++pos_;
      std::string_view text = s_.substr(start, pos_ - start);
      if (!is_decimal_integer(text)) {
        pos_ = start;
        fail_at("the exponent after '^' must be an integer 0|-?[1-9][0-9]*");
      }
      if (text.size() > 5 || std::stol(std::string(text)) > 1000 || std::stol(std::string(text)) < -1000) {
        pos_ = start;
        fail_at("the exponent " + std::string(text) + " is outside -1000..1000");
      }
      skip();
      if (pos_ < s_.size() && s_[pos_] == '^') fail_at("a^b^c is ambiguous; write (a^b)^c");
      return add({Expr::Op::pow, {}, std::stol(std::string(text)), base, -1});
    }
    return base;
  }
  int primary(int depth) {
    skip();
    if (pos_ == s_.size()) fail_at("unexpected end of input");
    const char c = s_[pos_];
    if (c == '(') {
      ++pos_;
      int inner = expr(depth + 1);
      skip();
      if (pos_ == s_.size() || s_[pos_] != ')') fail_at("expected ')'");
      ++pos_;
      return inner;
    }
    if (digit(c)) {
      std::string bad;
      const std::size_t n = scan_decimal(s_.substr(pos_), bad);
      if (n == 0) fail_at("bad number (" + bad + "); numbers are (0|[1-9][0-9]*)(.[0-9]+)?");
      if (n > kMaxDecimalLength) fail_at("number longer than 200 characters");
      Interval v = enclose(decimal_value(s_.substr(pos_, n)));
      pos_ += n;
      return add({Expr::Op::constant, v, 0, -1, -1});
    }
    if (c == '.') fail_at("bad number (no digit before '.')");
    if (std::isalpha(static_cast<unsigned char>(c))) {
      const std::size_t start = pos_;
      while (pos_ < s_.size() && std::isalnum(static_cast<unsigned char>(s_[pos_]))) ++pos_;
      const std::string name(s_.substr(start, pos_ - start));
      if (name == "x") return add({Expr::Op::var, {}, 0, -1, -1});
      if (name == "pi") return add({Expr::Op::constant, pi(), 0, -1, -1});
      Expr::Op op;
      if (name == "sin") op = Expr::Op::sin;
      else if (name == "cos") op = Expr::Op::cos;
      else if (name == "exp") op = Expr::Op::exp;
      else if (name == "log") op = Expr::Op::log;
      else if (name == "sqrt") op = Expr::Op::sqrt;
      else if (name == "abs") op = Expr::Op::abs;
      else {
        pos_ = start;
        fail_at("unknown name '" + name + "' (variable x, constant pi, functions sin cos exp log sqrt abs)");
      }
      skip();
      if (pos_ == s_.size() || s_[pos_] != '(') fail_at("expected '(' after " + name);
      ++pos_;
      int arg = expr(depth + 1);
      skip();
      if (pos_ == s_.size() || s_[pos_] != ')') fail_at("expected ')'");
      ++pos_;
      return add({op, {}, 0, arg, -1});
    }
    fail_at("unexpected " + shown(c));
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  Expr expr_;
};

Expr Expr::parse(std::string_view text) { return Parser(text).run(); }

bool Expr::uses_x() const {
  for (const Node& n : nodes_) {
    if (n.op == Op::var) return true;
  }
  return false;
}

namespace {
const char* name_of(Expr::Op op) {
  switch (op) {
    case Expr::Op::div: return "division";
    case Expr::Op::pow: return "negative power";
    case Expr::Op::log: return "log";
    case Expr::Op::sqrt: return "sqrt";
    default: return "operation";
  }
}
}  // namespace

Enclosure Expr::evaluate(Interval x) const {
  std::vector<Interval> v(nodes_.size()), d(nodes_.size());
  Enclosure out;
  auto undefined = [&out](EvalStatus status, Op op, Interval arg) {
    out.status = status;
    char text[96];
    std::snprintf(text, sizeof text, " of [%.17g, %.17g]", arg.lo, arg.hi);
    out.problem = std::string(name_of(op)) + text;
    return out;
  };
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    const Node& n = nodes_[i];
    const Interval a = n.a >= 0 ? v[n.a] : Interval{}, da = n.a >= 0 ? d[n.a] : Interval{};
    const Interval b = n.b >= 0 ? v[n.b] : Interval{}, db = n.b >= 0 ? d[n.b] : Interval{};
    switch (n.op) {
      case Op::constant: v[i] = n.constant; d[i] = {0, 0}; break;
      case Op::var: v[i] = x; d[i] = {1, 1}; break;
      case Op::neg: v[i] = -a; d[i] = -da; break;
      case Op::add: v[i] = a + b; d[i] = da + db; break;
      case Op::sub: v[i] = a - b; d[i] = da - db; break;
      case Op::mul: v[i] = a * b; d[i] = da * b + a * db; break;
      case Op::div:
        if (b.lo == 0 && b.hi == 0) return undefined(EvalStatus::undefined_everywhere, n.op, b);
        if (b.contains_zero()) return undefined(EvalStatus::undefined_somewhere, n.op, b);
        v[i] = a / b;
        d[i] = (da - v[i] * db) / b;
        break;
      case Op::pow:
        if (n.exponent < 0 && a.lo == 0 && a.hi == 0) return undefined(EvalStatus::undefined_everywhere, n.op, a);
        if (n.exponent < 0 && a.contains_zero()) return undefined(EvalStatus::undefined_somewhere, n.op, a);
        v[i] = pow(a, n.exponent);
        d[i] = n.exponent == 0 ? Interval{0, 0}
                               : Interval::point(static_cast<double>(n.exponent)) * pow(a, n.exponent - 1) * da;
        break;
      case Op::sin: v[i] = sin(a); d[i] = cos(a) * da; break;
      case Op::cos: v[i] = cos(a); d[i] = -(sin(a) * da); break;
      case Op::exp: v[i] = exp(a); d[i] = v[i] * da; break;
      case Op::log:
        if (a.hi <= 0) return undefined(EvalStatus::undefined_everywhere, n.op, a);
        if (a.lo <= 0) return undefined(EvalStatus::undefined_somewhere, n.op, a);
        v[i] = log(a);
        d[i] = da / a;
        break;
      case Op::sqrt:
        if (a.hi < 0) return undefined(EvalStatus::undefined_everywhere, n.op, a);
        if (a.lo < 0) return undefined(EvalStatus::undefined_somewhere, n.op, a);
        v[i] = sqrt(a);
        if (v[i].lo > 0) {
          d[i] = da / (Interval::point(2.0) * v[i]);
        } else {
          d[i] = {0, 0};
          out.derivative_ok = false;  // sqrt is not Lipschitz at 0
        }
        break;
      case Op::abs:
        v[i] = abs(a);
        d[i] = a.lo >= 0 ? da : a.hi <= 0 ? -da : Interval{-da.mag(), da.mag()};
        break;
    }
    if (!v[i].finite() || std::isnan(v[i].lo) || std::isnan(v[i].hi)) {
      out.status = EvalStatus::overflow;
      out.problem = "overflow";
      return out;
    }
    if (!d[i].finite()) out.derivative_ok = false;
  }
  out.value = v.back();
  out.derivative = d.back();
  return out;
}

}  // namespace quarks::approx
