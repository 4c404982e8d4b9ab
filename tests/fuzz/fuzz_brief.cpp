// libFuzzer target: the brief parser, then synthesis and analysis of what it accepts (small designs only).
#include "analysis/analysis.h"
#include "brief/brief.h"
#include "catalog/catalog.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace hallwright;
    const std::string text(reinterpret_cast<const char *>(data), size);
    const Catalog &catalog = Catalog::builtin();
    try {
        const Brief brief = parseBrief(text, catalog);
        // Accepted briefs are synthesised and analysed when small enough for a fuzz iteration.
        if (brief.compute.accelerators <= 512) {
            const Design design = synthesize(brief, catalog);
            (void)analyze(design, catalog);
        }
    } catch (const std::exception &) {
        // BriefError and the engines' refusals are the expected outcome of bad input.
    }
    return 0;
}
