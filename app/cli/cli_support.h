// Helpers the hallwright-cli commands share: one-line input errors, option parsing, loading an INPUT.
#pragma once

#include "catalog/catalog.h"
#include "cli_text.h"
#include "model/design.h"
#include "store/project_store.h"

#include <algorithm>
#include <exception>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hallwright::cli {

/// A failure to report: the input it concerns and the problem, on one line.
struct InputError
{
    std::string input;
    std::string problem;
};

/// Throws InputError{input, problem}; run() prints it and exits 2.
[[noreturn]] void fail(const std::string &input, const std::string &problem);
/// The same with the problem in the user's language (cli_text.h).
[[noreturn]] void fail(const std::string &input, const Phrase &problem);

/// Parsed options of one command: --name value pairs, flags and positionals.
struct Options
{
    std::map<std::string, std::string> values;
    std::vector<std::string> flags;
    std::vector<std::string> positionals;

    bool has(const std::string &flag) const
    {
        return std::find(flags.begin(), flags.end(), flag) != flags.end();
    }
    std::optional<std::string> value(const std::string &name) const
    {
        auto it = values.find(name);
        return it == values.end() ? std::nullopt : std::optional<std::string>(it->second);
    }
};

/// Splits args into the given value options, flags and positionals; an unknown
/// or repeated option, or a value option without its value, fails naming command.
Options parseOptions(const std::string &command, const std::vector<std::string> &args,
                     const std::vector<std::string> &valueOptions, const std::vector<std::string> &flagOptions);

/// Fails unless path names a regular file (a directory, FIFO or device would block or never end).
void requireRegularFile(const std::string &path);
/// A brief-sized text file (at most 16 MiB), or a failure naming it.
std::string readText(const std::string &path);

/// Turns an engine exception for `input` into an InputError, its problem in the user's language.
template <typename F>
auto guarded(const std::string &input, F &&f) -> decltype(f())
{
    try {
        return f();
    } catch (const InputError &) {
        throw;
    } catch (const ProjectFileError &e) {
        fail(e.path(), phraseText(e.problemPhrase()));
    } catch (const std::exception &e) {
        fail(input, errorText(e));
    }
}

/// A design from a .hall project or from a brief, plus the catalog to analyse it with.
struct Loaded
{
    Design design;
    Catalog catalog;
};

/// Reads INPUT: an SQLite file is a project, anything else a brief that is synthesised.
Loaded loadInput(const std::string &path);

} // namespace hallwright::cli
