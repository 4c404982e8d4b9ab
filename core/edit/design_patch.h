// Exact undo records of an edit: the prior items of each design list, restored bit for bit.
#pragma once

#include "model/design.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <optional>
#include <unordered_set>
#include <utility>
#include <vector>

namespace hallwright::edit {

/// Changes to one list, recorded in the order an edit must make them: removals,
/// then appends, then in-place modifications. Undo runs them backwards, so every
/// item returns to its index with its exact prior value.
template <typename T>
class VectorPatch
{
public:
    /// Removes the items at `indices` (any order), remembering them.
    void remove(std::vector<T> &v, std::vector<std::size_t> indices)
    {
        if (indices.empty())
            return;
        std::sort(indices.begin(), indices.end());
        indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
        std::vector<bool> gone(v.size(), false);
        for (std::size_t i : indices) {
            m_removed.emplace_back(i, v[i]);
            gone[i] = true;
        }
        std::size_t k = 0;
        std::erase_if(v, [&](const T &) { return gone[k++]; });
    }

    /// Appends an item (the list's size before the first append is remembered).
    void append(std::vector<T> &v, T item)
    {
        if (m_appendedFrom == kNone)
            m_appendedFrom = v.size();
        v.push_back(std::move(item));
    }

    /// The item at `i`, for changing in place; its value before the first change is remembered.
    T &modify(std::vector<T> &v, std::size_t i)
    {
        if (!(m_appendedFrom != kNone && i >= m_appendedFrom) && m_touched.insert(i).second)
            m_modified.emplace_back(i, v[i]);
        return v[i];
    }

    /// Puts the list back as it was.
    void revert(std::vector<T> &v) const
    {
        for (auto it = m_modified.rbegin(); it != m_modified.rend(); ++it)
            v[it->first] = it->second;
        if (m_appendedFrom != kNone)
            v.erase(v.begin() + static_cast<std::ptrdiff_t>(m_appendedFrom), v.end());
        for (const auto &[i, item] : m_removed)
            v.insert(v.begin() + static_cast<std::ptrdiff_t>(i), item);
    }

    bool empty() const { return m_removed.empty() && m_modified.empty() && m_appendedFrom == kNone; }
    bool structural() const { return !m_removed.empty() || m_appendedFrom != kNone; }
    const std::vector<std::pair<std::size_t, T>> &removed() const { return m_removed; }
    const std::vector<std::pair<std::size_t, T>> &modified() const { return m_modified; }

private:
    static constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    std::vector<std::pair<std::size_t, T>> m_removed; ///< original index, ascending
    std::size_t m_appendedFrom = kNone;
    std::vector<std::pair<std::size_t, T>> m_modified;
    std::unordered_set<std::size_t> m_touched;
};

/// Everything one edit changed in a design.
struct DesignPatch
{
    VectorPatch<Row> rows;
    VectorPatch<Rack> racks;
    VectorPatch<Device> devices;
    VectorPatch<Link> links;
    std::optional<Design> whole;   ///< the prior design, when the edit replaced it all

    void revert(Design &design) const
    {
        if (whole) {
            design = *whole;
            return;
        }
        links.revert(design.links);
        devices.revert(design.devices);
        racks.revert(design.racks);
        rows.revert(design.rows);
    }

    bool structural() const
    {
        return whole || rows.structural() || racks.structural() || devices.structural() || links.structural();
    }
};

} // namespace hallwright::edit
