// Stable typed identifiers for domain objects; each maps to an SQLite primary key.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace hallwright {

/// A strongly typed id. Value 0 means "no object"; valid ids are positive and
/// are stored verbatim as the primary key of the object's table.
template <typename Tag>
class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(std::int64_t value) : m_value(value) {}

    constexpr std::int64_t value() const { return m_value; }
    constexpr bool isValid() const { return m_value > 0; }
    constexpr auto operator<=>(const Id &) const = default;

private:
    std::int64_t m_value = 0;
};

using ZoneId = Id<struct ZoneTag>;
using RowId = Id<struct RowTag>;
using RackId = Id<struct RackTag>;
using DeviceId = Id<struct DeviceTag>;
using LinkId = Id<struct LinkTag>;
using EquipmentId = Id<struct EquipmentTag>;
using TrayId = Id<struct TrayTag>;
using ObstacleId = Id<struct ObstacleTag>;

} // namespace hallwright

template <typename Tag>
struct std::hash<hallwright::Id<Tag>>
{
    std::size_t operator()(const hallwright::Id<Tag> &id) const noexcept
    {
        return std::hash<std::int64_t>{}(id.value());
    }
};
