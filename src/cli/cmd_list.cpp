// `quarks list [--width W] [--markdown]`: the claims catalogue (claim/catalogue.h).
// The text layout is id | paper | status, each column word-wrapped, and what is checked
// below them, wrapped from the paper column to the right edge; a blank line between claims.
// The width is --width, else $COLUMNS, else the terminal's, else 80 (README, "quarks list").
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "claim/catalogue.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/bigint.h"
#include "core/error.h"

namespace quarks::cli {

namespace {

constexpr std::size_t kMinWidth = 60, kMaxWidth = 1000, kDefaultWidth = 80;
constexpr std::size_t kGap = 2;  // spaces between columns

// The words of `text` in lines of at most `width` characters; a longer word is cut.
std::vector<std::string> wrap(const std::string& text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t start = text.find_first_not_of(' ', at);
    if (start == std::string::npos) break;
    const std::size_t end = std::min(text.find(' ', start), text.size());
    std::string word = text.substr(start, end - start);
    at = end;
    while (word.size() > width) {  // only a word longer than the column
      if (!line.empty()) lines.push_back(line), line.clear();
      lines.push_back(word.substr(0, width));
      word = word.substr(width);
    }
    if (!line.empty() && line.size() + 1 + word.size() > width) lines.push_back(line), line.clear();
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

std::size_t terminal_width() {
  winsize size{};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  return 0;
}

// --width as given, else $COLUMNS when it is a decimal integer, else the terminal, else 80;
// clamped to kMinWidth..kMaxWidth unless given explicitly (then out of range is bad input).
std::size_t list_width(const std::string& option) {
  if (!option.empty()) {
    const std::size_t width = parse_size(option, "width", std::numeric_limits<std::size_t>::max());
    if (width < kMinWidth || width > kMaxWidth) {
      throw InputError("--width " + option + " is outside " + std::to_string(kMinWidth) + ".." +
                       std::to_string(kMaxWidth));
    }
    return width;
  }
  std::size_t width = 0;
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr && is_decimal_integer(columns) && columns[0] != '-') {
    width = std::strtoul(columns, nullptr, 10);
  }
  if (width == 0) width = terminal_width();
  if (width == 0) width = kDefaultWidth;
  return std::clamp(width, kMinWidth, kMaxWidth);
}

void print_table(std::size_t width) {
  const auto& entries = claims_catalogue();
  std::size_t id_width = 2;
  std::size_t paper_longest = 5;
  for (const auto& e : entries) {
    id_width = std::max(id_width, e.id.size());
    paper_longest = std::max(paper_longest, e.reference.size());
  }
  const std::size_t paper_at = id_width + kGap;
  const std::size_t rest = width - paper_at;  // paper, gap, status; and the checked text
  const std::size_t paper_width = std::min(paper_longest, (rest - kGap) * 9 / 20);
  const std::size_t status_at = paper_at + paper_width + kGap;
  const std::size_t status_width = width - status_at;
  auto row = [&](const std::string& id, const std::string& paper, const std::string& status) {
    const auto ids = wrap(id, id_width), papers = wrap(paper, paper_width), statuses = wrap(status, status_width);
    const std::size_t lines = std::max({ids.size(), papers.size(), statuses.size()});
    for (std::size_t i = 0; i < lines; ++i) {
      std::string line = i < ids.size() ? ids[i] : "";
      if (i < papers.size()) line += std::string(paper_at - line.size(), ' ') + papers[i];
      if (i < statuses.size()) line += std::string(status_at - std::min(line.size(), status_at), ' ') + statuses[i];
      while (!line.empty() && line.back() == ' ') line.pop_back();
      std::cout << line << "\n";
    }
  };
  auto below = [&](const std::string& text) {
    for (const auto& line : wrap(text, rest)) std::cout << std::string(paper_at, ' ') << line << "\n";
  };
  row("id", "paper", "status");
  below("what is checked");
  for (const auto& e : entries) {
    std::cout << "\n";
    row(e.id, e.reference, e.status);
    below(e.checked);
  }
}

}  // namespace

void add_list_command(CLI::App& app, CommandContext& context) {
  struct Options {
    bool markdown = false;
    std::string width;
  };
  auto options = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("list", "List the paper's claims: id, reference, status, what quarks checks");
  cmd->add_flag("--markdown", options->markdown, "Print the catalogue as the Markdown table of docs/claims.md");
  cmd->add_option("--width", options->width,
                  "Line width of the table, " + std::to_string(kMinWidth) + ".." + std::to_string(kMaxWidth) +
                      " (default: $COLUMNS, else the terminal's, else 80)")
      ->check(decimal_integer());
  cmd->callback([options, &context]() {
    if (options->markdown) {
      if (!options->width.empty()) throw InputError("--width goes with the text table, not --markdown");
      std::cout << "# Claims catalogue\n\nGenerated by `quarks list --markdown` (tests/cli checks that this file "
                   "matches). Numbering follows the workshop text; \"journal\" marks results only in the journal "
                   "version.\n\n| id | paper | status | what is checked |\n|---|---|---|---|\n";
      for (const auto& e : claims_catalogue()) {
        std::cout << "| " << e.id << " | " << e.reference << " | " << e.status << " | " << e.checked << " |\n";
      }
    } else {
      print_table(list_width(options->width));
    }
    context.exit_status = 0;
  });
}

}  // namespace quarks::cli
