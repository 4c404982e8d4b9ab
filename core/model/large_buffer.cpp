// Transparent huge pages for large buffers written once (Linux madvise; elsewhere nothing).
#include "model/large_buffer.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace hallwright {

void adviseHugePages(const void *data, std::size_t bytes)
{
#if defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    if (bytes < 2 * kHuge)
        return;
    // Only whole huge pages inside the buffer: the advice applies to page-aligned ranges.
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE); // advice only: errors ignored
#else
    (void)data;
    (void)bytes;
#endif
}

} // namespace hallwright
