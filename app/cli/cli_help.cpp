// The help texts of hallwright-cli: one overview and one page per command.
// Keep them in step with docs/cli.md; tests/app/test_cli_help.cpp checks that
// every command answers --help and that each option a page names is accepted.
#include "cli_help.h"

#include "cli_text.h"

#include <algorithm>
#include <map>

namespace hallwright::cli {

namespace {

const char *const kOverview = QT_TRANSLATE_NOOP("hallwright-cli", R"(hallwright-cli — design AI data halls from the command line

Usage:
  hallwright-cli new --brief BRIEF.json --out FILE.hall
  hallwright-cli new --accelerators N [--platform ID] [--cooling air|liquid] --out FILE.hall
  hallwright-cli summary INPUT [--json]
  hallwright-cli validate INPUT
  hallwright-cli export INPUT [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--csv DIR] [--lang en|zh_CN]
  hallwright-cli compare INPUT INPUT... [--json]
  hallwright-cli edit INPUT --ops OPS.json --out OUT.hall
  hallwright-cli render INPUT --png OUT.png [--view top|iso|aisle] [--size WxH] [--colour MODE]
  hallwright-cli catalog [FILE.hall] [--json]
  hallwright-cli --help | --version
  hallwright-cli COMMAND --help

Commands:
  new        lay out a new hall from a brief (or an accelerator count) and save it as a project
  summary    the design's figures: compute, network, power, cooling, training, lease, checks
  validate   the design-rule check (exit 1 when it finds errors)
  export     the leasing proposal (PDF), the lease workbook (XLSX), the schedules (CSV)
  compare    variants side by side: capex, MW, cables, training days, IRR, payback
  edit       apply design edits (move, rotate, add, duplicate, delete racks and rows; set brief inputs)
  render     the 3D view as a PNG picture (needs an X display or Xvfb)
  catalog    the hardware catalog with the source of every figure

INPUT is a .hall project or a brief .json (the hall is then generated in memory).

Exit status: 0 success, 1 validate found errors, 2 bad input (missing, unreadable,
corrupt or newer-version file, invalid brief, impossible design) with one line on
stderr naming the input and the problem. An existing output file is replaced only
by a complete new one. Full reference: docs/cli.md.
)");

const char *const kExitStatus = QT_TRANSLATE_NOOP("hallwright-cli", R"(Exit status:
  0  success
  2  bad input: a missing, unreadable, corrupt or newer-version file, an invalid
     brief, an impossible design, an unknown or repeated option; one line on
     stderr: "hallwright-cli: INPUT: problem"
)");

const char *const kValidateExitStatus = QT_TRANSLATE_NOOP("hallwright-cli", R"(Exit status:
  0  no design-rule errors (warnings may be listed)
  1  the design has design-rule errors (listed on stdout)
  2  bad input: a missing, unreadable, corrupt or newer-version file, an invalid
     brief, an impossible design; one line on stderr: "hallwright-cli: INPUT: problem"
)");

struct Page
{
    const char *name;
    const char *body;
    const char *exitStatus;
};

const Page kPages[] = {
    {"new", QT_TRANSLATE_NOOP("hallwright-cli", R"(Usage:
  hallwright-cli new --brief BRIEF.json --out FILE.hall [--catalog ITEMS.json]
  hallwright-cli new --accelerators N [--platform ID] [--cooling air|liquid]
                     --out FILE.hall [--catalog ITEMS.json]

Lays out a complete hall (racks, rows, network, power, cooling) from a brief, or
from an accelerator count with every other input at its default, analyses it and
saves it as a project. Prints one line: the file, accelerators, nodes, racks and
hall size. The project is written (exit 0) even when the design breaks some of
its own design rules; a second line on stderr then says how many and which is
first (hallwright-cli validate FILE.hall lists them).

Options:
  --brief BRIEF.json     the brief (schema "hallwright.brief/1", fields in docs/cli.md)
  --accelerators N       instead of a brief: the number of accelerators (1…1,000,000)
  --platform ID          with --accelerators: a compute node of the catalog (default
                         dgx-h100; hallwright-cli catalog lists them)
  --cooling air|liquid   with --accelerators: the cooling mode (default: the platform's own)
  --catalog ITEMS.json   your own catalog items (the format of catalog --json), used
                         for the design and stored in the project
  --out FILE.hall        the project to write (required); never one of the inputs
  --help, -h             this help

Examples:
  hallwright-cli new --accelerators 10240 --out a.hall
  hallwright-cli new --accelerators 4096 --platform atlas-800t-a3 --out ascend.hall
  hallwright-cli new --brief resources/sample/sample-10240.json --out sample.hall
)"),
     kExitStatus},
    {"summary", QT_TRANSLATE_NOOP("hallwright-cli", R"(Usage:
  hallwright-cli summary INPUT [--json]

Analyses INPUT (a .hall project or a brief .json) and prints its figures:
accelerators, nodes, racks and peak PFLOP/s; the fabric's tiers, switches,
links, cables, transceivers, cable length and bisection bandwidth; IT and
facility power, PUE, UPS and annual energy; heat, air and liquid shares, CRAH
and CDU units; training FLOPs, MFU and days; lease capex, cash flows, NPV, IRR
and payback; the number of design-rule errors and warnings. A figure no engine
computes for the design is printed as "not computed" (null in JSON).

Options:
  --json       the summary as JSON (schema "hallwright.summary/1", fields in docs/cli.md)
  --help, -h   this help

Examples:
  hallwright-cli summary a.hall
  hallwright-cli summary a.hall --json | jq .network
  hallwright-cli summary resources/sample/sample-10240.json
)"),
     kExitStatus},
    {"validate", QT_TRANSLATE_NOOP("hallwright-cli", R"(Usage:
  hallwright-cli validate INPUT

Runs the design-rule check on INPUT (a .hall project or a brief .json) and lists
every finding on stdout, one a line: severity, code, location ("-" when none)
and message, separated by tabs; then a line "N errors, M warnings".

Options:
  --help, -h   this help

Examples:
  hallwright-cli validate a.hall
  hallwright-cli validate a.hall || echo "the design has errors"
)"),
     kValidateExitStatus},
    {"export", QT_TRANSLATE_NOOP("hallwright-cli", R"(Usage:
  hallwright-cli export INPUT [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--csv DIR] [--lang en|zh_CN]

Writes the documents of INPUT (a .hall project or a brief .json); give one or
more of:
  - the leasing proposal, an A4 PDF in English or Simplified Chinese whose
    figures are the summary's;
  - the lease workbook, an XLSX whose cells are formulas over an inputs sheet
    (Excel, WPS and LibreOffice recalculate it to the summary's cash flows,
    NPV and IRR);
  - the schedules, CSV files in DIR (created when missing): bom.csv, cables.csv,
    power.csv, racks.csv and the installers' schedules, UTF-8 with a byte-order
    mark and CRLF line ends so that they open in Excel and WPS.
Each output is replaced only by its complete new version. Prints the path of
each file written.

Options:
  --pdf OUT.pdf    the proposal to write; its 3D picture needs an X display (Xvfb
                   will do), without one a note takes its place
  --xlsx OUT.xlsx  the lease workbook to write; the design needs a lease result
  --lang en|zh_CN  the language of the proposal, the workbook and the schedules
                   (default en: the English column names scripts read)
  --csv DIR        the folder to write the CSV schedules into
  --help, -h       this help

Examples:
  hallwright-cli export a.hall --pdf proposal.pdf --lang zh_CN
  hallwright-cli export a.hall --xlsx lease.xlsx --csv schedules/
  hallwright-cli export a.hall --xlsx 租赁模型.xlsx --lang zh_CN
)"),
     kExitStatus},
    {"compare", QT_TRANSLATE_NOOP("hallwright-cli", R"(Usage:
  hallwright-cli compare INPUT INPUT... [--json]

Puts two or more variants (.hall projects or brief .json files) side by side,
the first as the baseline: accelerators, capex, IT MW, cables, training days,
IRR and payback. Every variant needs a training estimate and a lease result.

Options:
  --json       the comparison as a JSON list, one object per variant
  --help, -h   this help

Examples:
  hallwright-cli compare a.hall b.hall
  hallwright-cli compare air.json liquid.json --json
)"),
     kExitStatus},
    {"edit", QT_TRANSLATE_NOOP("hallwright-cli", R"(Usage:
  hallwright-cli edit INPUT --ops OPS.json --out OUT.hall

Applies a list of edits to a design (INPUT: a .hall project or a brief .json), in
order, re-analysing after each, and saves the result as a new project. OPS.json is
a JSON list; racks and rows are named as in the design (racks.csv, summary):

  {"op": "move_rack", "rack": "A01" | "racks": [...], "dx_m": 0.6, "dy_m": 0}
  {"op": "move_row", "row": "Row A" | "rows": [...], "dx_m": 0, "dy_m": -1.2}
  {"op": "rotate_row", "row": "Row A"}                 turn 180°: order reversed, facing flipped
  {"op": "add_rack", "row": "Row A", "like": "A01" | "platform": "dgx-h100", "x_m": 20.5}
                                                       x_m (west edge) defaults to the row's east end
  {"op": "add_row", "like": "Row A", "dx_m": 0, "dy_m": 6.0}
  {"op": "duplicate_rack", "rack": "A01" | "racks": [...], "dx_m": 0, "dy_m": 3.0}
  {"op": "delete_rack", "rack": "B07" | "racks": [...]}
  {"op": "delete_row", "row": "Row B" | "rows": [...]}
  {"op": "set", "path": "power.redundancy", "value": "N+1"}
                                                       a brief input; the design is regenerated

Lengths are metres (x east, y north). An operation that cannot be applied (unknown
op, field or name, wrong type, a rack outside the hall, on an obstacle or equipment,
overlapping another, an aisle below the minimum, a rack above its power limit, a
value the brief refuses) stops the edit with exit 2 and a message naming it as
ops[INDEX]; nothing is written.

Options:
  --ops OPS.json   the list of operations (required)
  --out OUT.hall   the project to write (required); never the input or OPS.json
  --help, -h       this help

Examples:
  echo '[{"op": "move_rack", "rack": "A01", "dx_m": 0.6, "dy_m": 0}]' > ops.json
  hallwright-cli edit a.hall --ops ops.json --out a-edited.hall
)"),
     kExitStatus},
    {"render", QT_TRANSLATE_NOOP("hallwright-cli", R"(Usage:
  hallwright-cli render INPUT --png OUT.png [--view top|iso|aisle] [--size WxH]
                              [--colour role|power|cooling|su]

Draws the 3D view of INPUT (a .hall project or a brief .json) off screen and
writes it as a PNG picture with the plan's legend. Rendering needs an X display
with OpenGL; without a desktop run it under a virtual one (xvfb-run -a ...).

Options:
  --png OUT.png                     the picture to write (required)
  --view top|iso|aisle              the camera: from above, isometric (default) or down an aisle
  --size WxH                        pixels, 16 to 8192 each side (default 1600x1000)
  --colour role|power|cooling|su    what the racks' colours show: role (default), power
                                    density, cooling headroom or scalable unit
  --help, -h                        this help

Examples:
  xvfb-run -a hallwright-cli render a.hall --png a.png --view top --size 2400x1500
)"),
     kExitStatus},
    {"catalog", QT_TRANSLATE_NOOP("hallwright-cli", R"(Usage:
  hallwright-cli catalog [FILE.hall] [--json]

Lists the hardware catalog: accelerators, compute nodes, switches, transceivers,
cables, power and cooling equipment, each with its key figures and the public
source of its figures, or "estimate" with the figures that are estimated. With a
project, the list includes the catalog items stored in it.

Options:
  --json       the catalog as JSON (the format new --catalog reads)
  --help, -h   this help

Examples:
  hallwright-cli catalog
  hallwright-cli catalog --json > items.json
)"),
     kExitStatus},
};

} // namespace

std::string usageText()
{
    return text(kOverview);
}

std::vector<std::string> helpCommands()
{
    std::vector<std::string> names;
    for (const Page &p : kPages)
        names.push_back(p.name);
    return names;
}

std::string commandHelp(const std::string &command)
{
    for (const Page &p : kPages) {
        if (command == p.name)
            return "hallwright-cli " + command + "\n\n" + text(p.body) + "\n" + text(p.exitStatus) +
                   "\n" + text(QT_TRANSLATE_NOOP("hallwright-cli", "Full reference: docs/cli.md.")) + "\n";
    }
    return {};
}

bool asksForHelp(const std::vector<std::string> &args)
{
    return std::any_of(args.begin(), args.end(), [](const std::string &a) { return a == "--help" || a == "-h"; });
}

} // namespace hallwright::cli
