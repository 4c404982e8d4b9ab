// hallwright-cli: the headless scripting interface (docs/cli.md).
#include "cli_commands.h"

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        return hallwright::cli::run(args);
    } catch (const std::exception &e) {
        // Last line of defence: every expected failure is reported by run() itself.
        std::fprintf(stderr, "hallwright-cli: %s\n", e.what());
        return hallwright::cli::kExitBadInput;
    }
}
