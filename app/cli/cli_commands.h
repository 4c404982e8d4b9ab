// Command-line commands of hallwright-cli, separated from main() for testing.
#pragma once

#include <string>
#include <vector>

namespace hallwright::cli {

constexpr int kExitOk = 0;
constexpr int kExitChecksFailed = 1; ///< validate found errors
constexpr int kExitBadInput = 2;     ///< bad input or impossible design

/// Runs one command line (without the program name). Prints results on stdout,
/// one line naming the input and the problem on stderr, returns the exit status.
int run(const std::vector<std::string> &args);

} // namespace hallwright::cli
