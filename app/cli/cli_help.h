// hallwright-cli's usage and each command's --help (the same contract as docs/cli.md).
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace hallwright::cli {

/// The overview of every command, in the user's language.
std::string usageText();

/// COMMAND's help (usage, what it does, options, examples, exit status), or
/// empty when there is no such command.
std::string commandHelp(const std::string &command);

/// The commands that have help, in the order the overview lists them.
std::vector<std::string> helpCommands();

/// True when args (after the command) ask for help: --help or -h anywhere.
bool asksForHelp(const std::vector<std::string> &args);

} // namespace hallwright::cli
