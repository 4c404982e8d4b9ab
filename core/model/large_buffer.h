// Large arrays written once: ask the kernel for huge pages where it has them.
#pragma once

#include <cstddef>
#include <vector>

namespace hallwright {

/// Advises the kernel to back [data, data + bytes) with transparent huge pages (Linux; a no-op
/// elsewhere or for buffers under a few megabytes). The half-million links of a large hall are
/// written into fresh memory: at 4 KiB a page that is some 14,000 page faults, each costing
/// microseconds in a virtual machine, far more than writing the links; with 2 MiB pages it is
/// a few dozen. Call it before the memory is first touched.
void adviseHugePages(const void *data, std::size_t bytes);

/// reserve(n) and the advice above for the reserved storage.
template<typename T>
void reserveLarge(std::vector<T> &v, std::size_t n)
{
    const bool fresh = v.capacity() < n;
    v.reserve(n);
    if (fresh)
        adviseHugePages(v.data() + v.size(), (v.capacity() - v.size()) * sizeof(T));
}

} // namespace hallwright
