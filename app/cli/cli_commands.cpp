// Command-line commands of hallwright-cli: new, summary, validate, export, compare, edit, catalog.
#include "cli_commands.h"
#include "cli_help.h"
#include "cli_support.h"
#include "cli_text.h"
#include "catalog_command.h"
#include "export_command.h"
#include "render_command.h"

#include "analysis/analysis.h"
#include "brief/brief.h"
#include "catalog/catalog.h"
#include "edit/editor.h"
#include "edit/ops_json.h"
#include "layout/layout.h"
#include "network/fabric_plan.h"
#include "lease/scenario.h"
#include "report/csv_export.h"
#include "report/summary.h"
#include "store/project_store.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hallwright::cli {

// Helpers shared with the commands in their own files (cli_support.h).

[[noreturn]] void fail(const std::string &input, const std::string &problem)
{
    throw InputError{input, problem};
}

[[noreturn]] void fail(const std::string &input, const Phrase &problem)
{
    throw InputError{input, phraseText(problem)};
}

Options parseOptions(const std::string &command, const std::vector<std::string> &args,
                     const std::vector<std::string> &valueOptions, const std::vector<std::string> &flagOptions)
{
    Options o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a.rfind("--", 0) == 0) {
            if (std::find(valueOptions.begin(), valueOptions.end(), a) != valueOptions.end()) {
                if (i + 1 >= args.size())
                    fail(command, phrase(QT_TRANSLATE_NOOP("Finding", "%1 needs a value"), a));
                if (o.values.count(a))
                    fail(command, phrase(QT_TRANSLATE_NOOP("Finding", "%1 is given twice"), a));
                o.values[a] = args[++i];
            } else if (std::find(flagOptions.begin(), flagOptions.end(), a) != flagOptions.end()) {
                o.flags.push_back(a);
            } else {
                fail(command, phrase(QT_TRANSLATE_NOOP("Finding", "unknown option %1 (see --help)"), a));
            }
        } else {
            o.positionals.push_back(a);
        }
    }
    return o;
}

/// Only regular files are opened: a directory fails, a FIFO or device would block or never end.
void requireRegularFile(const std::string &path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "no such file")));
    if (std::filesystem::is_directory(path, ec))
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "is a directory, not a file")));
    if (!std::filesystem::is_regular_file(path, ec))
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "is not a regular file")));
}

std::string readText(const std::string &path)
{
    // One descriptor, checked after it is open: a file swapped for a FIFO or a
    // device after a check by name cannot block or stream for ever.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "no such file")));
        if (err == EISDIR)
            fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "is a directory, not a file")));
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "cannot be opened for reading: %1"), std::strerror(err)));
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st;
    if (::fstat(fd, &st) != 0)
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "cannot read: %1"), std::strerror(errno)));
    if (S_ISDIR(st.st_mode))
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "is a directory, not a file")));
    if (!S_ISREG(st.st_mode))
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "is not a regular file")));
    constexpr off_t kMaxBrief = 16 << 20;
    if (st.st_size > kMaxBrief)
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "is %1 bytes; a brief is at most %2 bytes"),
                          st.st_size, kMaxBrief));
    std::string text(static_cast<std::size_t>(st.st_size) + 1, '\0');
    std::size_t got = 0;
    while (got < text.size()) {
        const ssize_t n = ::read(fd, text.data() + got, text.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "cannot read: %1"), std::strerror(errno)));
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    if (got > static_cast<std::size_t>(st.st_size))
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "changed while it was read")));
    text.resize(got);
    return text;
}

namespace {

// Through a non-blocking descriptor that must be a regular file (see readText);
// the loaders that follow check again on their own descriptors.
bool looksLikeSqlite(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    char header[16] = {};
    ssize_t n = -1;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
        n = ::read(fd, header, sizeof header);
    ::close(fd);
    return n == 16 && std::string(header, 16) == std::string("SQLite format 3\0", 16);
}

Brief briefFromFile(const std::string &path, const Catalog &catalog)
{
    const std::string text = readText(path);
    if (text.compare(0, 16, std::string("SQLite format 3\0", 16)) == 0)
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "is a project file (.hall), not a brief")));
    return guarded(path, [&] { return parseBrief(text, catalog); });
}

} // namespace

Loaded loadInput(const std::string &path)
{
    requireRegularFile(path);
    if (looksLikeSqlite(path)) {
        Design d = guarded(path, [&] { return loadProject(path); });
        Catalog c = guarded(path, [&] { return catalogFor(d); });
        return {std::move(d), std::move(c)};
    }
    if (path.size() >= 5 && path.substr(path.size() - 5) == ".hall")
        guarded(path, [&] { return loadProject(path); }); // reports why the project cannot be read
    const Catalog &catalog = Catalog::builtin();
    const Brief brief = briefFromFile(path, catalog);
    Design d = guarded(path, [&] { return synthesize(brief, catalog); });
    return {std::move(d), catalog};
}

namespace {

// Saves design to out, printing the command's result line on standard output
// first; when standard output fails, out is left as it was and the failure is
// reported (exit 2) naming both.
template <typename Report>
void saveAfterReporting(const Design &design, const std::string &out, Report report)
{
    struct StdoutFailed
    {
        int err;
    };
    try {
        guarded(out, [&] {
            saveProject(design, out, [&] {
                report();
                if (std::fflush(stdout) != 0 || std::ferror(stdout))
                    throw StdoutFailed{errno};
            });
            return 0;
        });
    } catch (const StdoutFailed &e) {
        fail("standard output", phrase(QT_TRANSLATE_NOOP("Finding", "cannot be written (%1); %2 was not written"),
                                       std::strerror(e.err), out));
    }
}

int cmdNew(const std::vector<std::string> &args)
{
    const Options o =
        parseOptions("new", args, {"--brief", "--out", "--accelerators", "--platform", "--cooling", "--catalog"}, {});
    if (!o.positionals.empty())
        fail("new", phrase(QT_TRANSLATE_NOOP("Finding", "unexpected argument '%1'"), o.positionals.front()));
    const auto out = o.value("--out");
    if (!out)
        fail("new", phrase(QT_TRANSLATE_NOOP("Finding", "--out FILE.hall is required")));
    Catalog catalog = Catalog::builtin();
    std::string userCatalog;
    if (const auto items = o.value("--catalog")) {
        userCatalog = readText(*items);
        guarded(*items, [&] {
            catalog.merge(Catalog::fromJson(userCatalog));
            return 0;
        });
    }

    Brief brief;
    std::string input;
    if (const auto briefPath = o.value("--brief")) {
        if (o.value("--accelerators") || o.value("--platform") || o.value("--cooling"))
            fail("new", phrase(QT_TRANSLATE_NOOP("Finding", "give either --brief or --accelerators/--platform/--cooling, not both")));
        input = *briefPath;
        brief = briefFromFile(input, catalog);
    } else {
        const auto n = o.value("--accelerators");
        if (!n)
            fail("new", phrase(QT_TRANSLATE_NOOP("Finding", "give --brief BRIEF.json or --accelerators N")));
        input = "--accelerators " + *n;
        // Build a brief through the same validation as a brief file.
        nlohmann::json j = {{"schema", "hallwright.brief/1"}};
        long long count = 0;
        std::size_t used = 0;
        try {
            count = std::stoll(*n, &used);
        } catch (const std::exception &) {
            used = 0;
        }
        if (used == 0 || used != n->size())
            fail(input, phrase(QT_TRANSLATE_NOOP("Finding", "the accelerator count must be a whole number")));
        j["compute"]["accelerators"] = count;
        if (const auto p = o.value("--platform"))
            j["compute"]["platform"] = *p;
        if (const auto c = o.value("--cooling")) {
            if (*c != "air" && *c != "liquid")
                fail("--cooling " + *c, phrase(QT_TRANSLATE_NOOP("Finding", "must be air or liquid")));
            j["cooling"]["mode"] = *c;
        }
        brief = guarded(input, [&] { return parseBrief(j.dump(), catalog); });
    }
    // Never write the project over one of its own inputs.
    for (const auto &in : {o.value("--brief"), o.value("--catalog")}) {
        std::error_code ec;
        if (in && std::filesystem::exists(*out, ec) && std::filesystem::equivalent(*in, *out, ec))
            fail(*out, phrase(QT_TRANSLATE_NOOP("Finding", "is the same file as the input %1; choose another --out"),
                              *in));
    }
    Design design = guarded(input, [&] { return synthesize(brief, catalog); });
    design.userCatalogJson = userCatalog;
    const Results r = guarded(input, [&] { return analyze(design, catalog); });
    // The result line goes out before the file replaces --out: if standard output
    // cannot take it (a full disk, a closed pipe), nothing is written.
    saveAfterReporting(design, *out, [&] {
        std::printf("%s\n", fillSlots(text(QT_TRANSLATE_NOOP("hallwright-cli", "%1: %2 accelerators, %3 nodes, %4 racks in a %5 × %6 m hall")),
                                      {*out, std::to_string(r.compute.accelerators), std::to_string(r.compute.nodes),
                                       std::to_string(r.compute.racks), fmt::format("{:.1f}", design.hall.widthM),
                                       fmt::format("{:.1f}", design.hall.depthM)})
                                .c_str());
    });
    // The file is written and complete (exit 0), but a design that breaks its own
    // rules must not pass unnoticed by a script that only checks the status.
    if (r.errors() > 0) {
        const auto first = std::find_if(r.checks.begin(), r.checks.end(),
                                        [](const Check &k) { return k.severity == Severity::Error; });
        std::fflush(stdout);
        const char *pattern = r.errors() == 1
                                  ? QT_TRANSLATE_NOOP("hallwright-cli", "the design has %1 design-rule error (first: %2: %3); 'hallwright-cli validate %4' lists them")
                                  : QT_TRANSLATE_NOOP("hallwright-cli", "the design has %1 design-rule errors (first: %2: %3); 'hallwright-cli validate %4' lists them");
        std::fprintf(stderr, "hallwright-cli: %s: %s\n", out->c_str(),
                     fillSlots(text(pattern), {std::to_string(r.errors()), first->code, findingText(*first), *out}).c_str());
    }
    return kExitOk;
}

int cmdSummary(const std::vector<std::string> &args)
{
    const Options o = parseOptions("summary", args, {}, {"--json"});
    if (o.positionals.size() != 1)
        fail("summary", phrase(QT_TRANSLATE_NOOP("Finding", "give exactly one INPUT (a .hall project or a brief .json)")));
    const Loaded in = loadInput(o.positionals.front());
    const Results r = guarded(o.positionals.front(), [&] { return analyze(in.design, in.catalog); });
    if (o.has("--json"))
        std::printf("%s\n", summaryJson(r).dump(2).c_str());
    else
        for (const Phrase &line : summaryLines(r, chineseText() ? MoneyScale::ChineseUnits : MoneyScale::Millions))
            std::printf("%s\n", phraseText(line).c_str());
    return kExitOk;
}

int cmdValidate(const std::vector<std::string> &args)
{
    const Options o = parseOptions("validate", args, {}, {});
    if (o.positionals.size() != 1)
        fail("validate", phrase(QT_TRANSLATE_NOOP("Finding", "give exactly one INPUT (a .hall project or a brief .json)")));
    const Loaded in = loadInput(o.positionals.front());
    const Results r = guarded(o.positionals.front(), [&] { return analyze(in.design, in.catalog); });
    for (const Check &c : r.checks)
        std::printf("%s\t%s\t%s\t%s\n", toString(c.severity), c.code.c_str(),
                    c.location.empty() ? "-" : c.location.c_str(), findingText(c).c_str());
    // The closing count is for people; scripts count the lines or read the exit status.
    std::printf("%s\n", fillSlots(text(QT_TRANSLATE_NOOP("hallwright-cli", "%1 errors, %2 warnings")),
                                  {std::to_string(r.errors()), std::to_string(r.warnings())})
                            .c_str());
    return r.errors() > 0 ? kExitChecksFailed : kExitOk;
}

int cmdCompare(const std::vector<std::string> &args)
{
    const Options o = parseOptions("compare", args, {}, {"--json"});
    if (o.positionals.size() < 2)
        fail("compare", phrase(QT_TRANSLATE_NOOP("Finding", "give two or more INPUTs (.hall projects or brief .json files); the first is the baseline")));
    std::vector<lease::ScenarioResult> scenarios;
    std::vector<long long> cables;
    for (const std::string &input : o.positionals) {
        const Loaded in = loadInput(input);
        const Results r = guarded(input, [&] { return analyze(in.design, in.catalog); });
        if (!r.training || !r.lease || !r.power)
            fail(input, phrase(QT_TRANSLATE_NOOP("Finding", "no training estimate or lease result to compare (needs a brief, priced items and a PUE)")));
        lease::ScenarioResult s;
        s.name = r.brief && !r.brief->name.empty() ? r.brief->name : input;
        s.accelerators = r.compute.accelerators;
        s.nodes = r.compute.nodes;
        s.itKw = r.power->itKw;
        s.training = *r.training;
        s.lease = *r.lease;
        scenarios.push_back(std::move(s));
        cables.push_back(r.network ? r.network->cablesTotal : 0);
    }
    const std::vector<lease::ScenarioRow> rows = lease::compareScenarios(scenarios);
    if (o.has("--json")) {
        nlohmann::json j = lease::scenariosJson(rows);
        for (std::size_t i = 0; i < j.size(); ++i)
            j[i]["cables_total"] = cables[i];
        std::printf("%s\n", j.dump(2).c_str());
        return kExitOk;
    }
    auto opt = [](const std::optional<double> &v, const char *format) {
        return v ? fmt::format(fmt::runtime(format), *v) : std::string("—");
    };
    // Widths in terminal columns: Chinese headings and variant names line up too.
    const std::vector<std::string> headings = {
        text(QT_TRANSLATE_NOOP("hallwright-cli", "variant")), text(QT_TRANSLATE_NOOP("hallwright-cli", "accel.")),
        text(QT_TRANSLATE_NOOP("hallwright-cli", "capex (M)")), text(QT_TRANSLATE_NOOP("hallwright-cli", "IT MW")),
        text(QT_TRANSLATE_NOOP("hallwright-cli", "cables")), text(QT_TRANSLATE_NOOP("hallwright-cli", "train days")),
        text(QT_TRANSLATE_NOOP("hallwright-cli", "IRR")), text(QT_TRANSLATE_NOOP("hallwright-cli", "payback"))};
    int widths[] = {32, 10, 12, 8, 9, 10, 8, 8};
    for (std::size_t c = 1; c < headings.size(); ++c)
        widths[c] = std::max(widths[c], terminalColumns(headings[c]));
    auto line = [&](const std::vector<std::string> &cells) {
        std::string out = padded(cells[0], widths[0]);
        for (std::size_t c = 1; c < cells.size(); ++c)
            out += " " + rightAligned(cells[c], widths[c]);
        std::printf("%s\n", out.c_str());
    };
    line(headings);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const lease::ScenarioRow &row = rows[i];
        line({row.name, std::to_string(row.accelerators), fmt::format("{:.1f}", row.capex / 1e6),
              fmt::format("{:.2f}", row.itKw / 1000.0), std::to_string(cables[i]), opt(row.trainingDays, "{:.1f}"),
              opt(row.irr ? std::optional<double>(*row.irr * 100) : std::nullopt, "{:.1f}%"),
              opt(row.paybackYears, "{:.2f}")});
    }
    return kExitOk;
}

int cmdEdit(const std::vector<std::string> &args)
{
    const Options o = parseOptions("edit", args, {"--ops", "--out"}, {});
    if (o.positionals.size() != 1)
        fail("edit", phrase(QT_TRANSLATE_NOOP("Finding", "give exactly one INPUT (a .hall project or a brief .json); see edit --help")));
    const std::string &input = o.positionals.front();
    const auto opsPath = o.value("--ops");
    const auto out = o.value("--out");
    if (!opsPath)
        fail("edit", phrase(QT_TRANSLATE_NOOP("Finding", "--ops OPS.json is required")));
    if (!out)
        fail("edit", phrase(QT_TRANSLATE_NOOP("Finding", "--out OUT.hall is required")));
    for (const std::string &in : {input, *opsPath}) {
        std::error_code ec;
        if (std::filesystem::exists(*out, ec) && std::filesystem::equivalent(in, *out, ec))
            fail(*out, phrase(QT_TRANSLATE_NOOP("Finding", "is the same file as the input %1; choose another --out"),
                              in));
    }
    // The script's shape first, so that a typo fails before any work.
    const std::string opsText = readText(*opsPath);
    const std::vector<nlohmann::json> ops = guarded(*opsPath, [&] { return edit::readOpList(opsText); });
    Loaded in = loadInput(input);
    edit::Editor editor = guarded(input, [&] { return edit::Editor(std::move(in.design), std::move(in.catalog)); });
    for (std::size_t i = 0; i < ops.size(); ++i) {
        // Names resolve against the design as the previous operations left it.
        const edit::Op op = guarded(*opsPath, [&] { return edit::resolveOp(ops[i], i, editor.design()); });
        try {
            editor.apply(op);
        } catch (const edit::EditRefused &e) {
            fail(*opsPath, phrase(QT_TRANSLATE_NOOP("Finding", "ops[%1] (%2): %3"),
                                  i, edit::opName(op), phraseText(e.text())));
        }
    }
    const Results &r = editor.results();
    saveAfterReporting(editor.design(), *out, [&] {
        std::printf("%s\n", fillSlots(text(QT_TRANSLATE_NOOP("hallwright-cli", "%1: %2 operations applied; %3 errors, %4 warnings (hallwright-cli validate lists them)")),
                                      {*out, std::to_string(ops.size()), std::to_string(r.errors()),
                                       std::to_string(r.warnings())})
                                .c_str());
    });
    return kExitOk;
}

} // namespace

int run(const std::vector<std::string> &args)
{
    try {
        if (args.empty()) {
            std::fputs(usageText().c_str(), stderr);
            return kExitBadInput;
        }
        const std::string &cmd = args.front();
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (cmd == "--help" || cmd == "-h" || cmd == "help") {
            // "help COMMAND" is "COMMAND --help".
            const std::string page = rest.empty() ? usageText() : commandHelp(rest.front());
            if (page.empty())
                fail(rest.front(), phrase(QT_TRANSLATE_NOOP("Finding", "unknown command (see hallwright-cli --help)")));
            std::fputs(page.c_str(), stdout);
            return kExitOk;
        }
        // COMMAND --help (or -h anywhere after it) prints the command's page and does nothing else.
        if (const std::string page = commandHelp(cmd); !page.empty() && asksForHelp(rest)) {
            std::fputs(page.c_str(), stdout);
            return kExitOk;
        }
        if (cmd == "--version") {
            std::printf("hallwright-cli %s (project schema %d)\n", HALLWRIGHT_VERSION, projectSchemaVersion());
            return kExitOk;
        }
        int status = kExitOk;
        if (cmd == "new")
            status = cmdNew(rest);
        else if (cmd == "summary")
            status = cmdSummary(rest);
        else if (cmd == "validate")
            status = cmdValidate(rest);
        else if (cmd == "catalog")
            status = cmdCatalog(rest);
        else if (cmd == "export")
            status = cmdExport(rest);
        else if (cmd == "compare")
            status = cmdCompare(rest);
        else if (cmd == "render")
            status = cmdRender(rest);
        else if (cmd == "edit")
            status = cmdEdit(rest);
        else
            fail(cmd, phrase(QT_TRANSLATE_NOOP("Finding", "unknown command (see hallwright-cli --help)")));
        // Output a script cannot read (a full disk, a closed pipe) is a failure, not success.
        if (std::fflush(stdout) != 0 || std::ferror(stdout))
            fail("standard output", phrase(QT_TRANSLATE_NOOP("Finding", "cannot be written: %1"),
                                           std::strerror(errno)));
        return status;
    } catch (const InputError &e) {
        std::string problem = e.problem;
        std::replace(problem.begin(), problem.end(), '\n', ' ');
        std::fprintf(stderr, "hallwright-cli: %s: %s\n", e.input.c_str(), problem.c_str());
        return kExitBadInput;
    }
}

} // namespace hallwright::cli
