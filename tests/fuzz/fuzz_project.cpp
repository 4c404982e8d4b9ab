// libFuzzer target: the project loader on arbitrary bytes, then the analysis of what it accepts.
#include "analysis/analysis.h"
#include "store/project_store.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include <unistd.h>

namespace {

std::string scratchPath()
{
    const char *dir = std::getenv("TMPDIR");
    return std::string(dir && *dir ? dir : "/tmp") + "/hallwright-fuzz-project-" + std::to_string(::getpid()) + ".hall";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace hallwright;
    static const std::string path = scratchPath();
    if (std::FILE *f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    } else {
        return 0;
    }
    try {
        const Design design = loadProject(path);
        if (design.devices.size() <= 20000)
            (void)analyze(design, catalogFor(design));
    } catch (const ProjectFileError &) {
        // The expected outcome of a bad file.
    } catch (const std::exception &) {
        // A stored catalog or brief the engines refuse; still no crash, hang or leak.
    }
    return 0;
}
