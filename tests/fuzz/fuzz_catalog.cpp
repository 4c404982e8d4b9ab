// libFuzzer target: the user-catalog reader (catalog JSON), merged into the built-in catalog.
#include "catalog/catalog.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace hallwright;
    const std::string text(reinterpret_cast<const char *>(data), size);
    try {
        Catalog catalog = Catalog::builtin();
        catalog.merge(Catalog::fromJson(text));
        // What is accepted must round-trip.
        (void)Catalog::fromJson(catalog.toJson());
    } catch (const std::exception &) {
        // CatalogError: the expected outcome of a bad catalog.
    }
    return 0;
}
