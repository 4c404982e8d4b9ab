// libFuzzer target: edit scripts (core/edit/ops_json) read, resolved and applied to a small generated hall.
#include "analysis/analysis.h"
#include "brief/brief.h"
#include "catalog/catalog.h"
#include "edit/editor.h"
#include "edit/ops_json.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>
#include <stdexcept>
#include <string>

namespace {

const hallwright::Design &smallHall()
{
    using namespace hallwright;
    static const Design design = [] {
        const Catalog &catalog = Catalog::builtin();
        const Brief brief = parseBrief(R"({"schema":"hallwright.brief/1","name":"fuzz","compute":{"accelerators":256}})",
                                       catalog);
        return synthesize(brief, catalog);
    }();
    return design;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace hallwright;
    const std::string text(reinterpret_cast<const char *>(data), size);
    std::vector<nlohmann::json> ops;
    try {
        ops = edit::readOpList(text);
    } catch (const std::exception &) {
        return 0; // EditError: the expected outcome of a bad script
    }
    if (ops.size() > 8)
        ops.resize(8); // each operation re-analyses the hall; keep an iteration short
    // One editor for the whole run: each input's edits are undone afterwards, which
    // also checks that undo restores the design exactly.
    static edit::Editor editor(smallHall(), Catalog::builtin());
    std::vector<std::shared_ptr<const edit::UndoToken>> undo;
    for (std::size_t i = 0; i < ops.size(); ++i) {
        try {
            undo.push_back(editor.apply(edit::resolveOp(ops[i], i, editor.design())).undo);
        } catch (const std::exception &) {
            break; // refused: the CLI stops here with exit 2
        }
    }
    for (auto it = undo.rbegin(); it != undo.rend(); ++it)
        editor.revert(**it);
    if (!(editor.design() == smallHall()))
        __builtin_trap(); // undo did not restore the design
    return 0;
}
