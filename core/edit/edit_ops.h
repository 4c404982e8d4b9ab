// The edit operations as changes to a design: where they put racks (for validation) and applying them.
#pragma once

#include "checks/phrase.h"

#include "edit/design_patch.h"
#include "edit/editor.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace hallwright::edit {

/// A rack an operation creates: a copy of `source` (index into Design::racks),
/// or `platformNodes` nodes of `platform` with the PDUs of `pduSource`.
struct NewRack
{
    Rack rack;
    std::optional<std::size_t> source;
    std::string platform;
    int platformNodes = 0;
    std::optional<std::size_t> pduSource;
    double maxKw = 0.0;            ///< the maximum draw of its contents
};

/// What an operation would do, worked out without changing the design.
struct Plan
{
    std::vector<std::size_t> moved;             ///< indices of existing racks that move, turn or flip
    std::vector<Rack> movedTo;                  ///< their new state
    std::vector<std::pair<std::size_t, Row>> rowsTo; ///< rows changed in place (index, new state)
    std::optional<Row> newRow;
    std::vector<NewRack> added;
    std::vector<std::size_t> removedRacks;      ///< indices into Design::racks
    std::vector<std::size_t> removedRows;       ///< indices into Design::rows
};

/// One past the largest id in items (1 for none): the id a new item gets.
template <typename T>
std::int64_t nextId(const std::vector<T> &items)
{
    std::int64_t top = 0;
    for (const T &item : items)
        top = std::max(top, item.id.value());
    return top + 1;
}

/// The plan of a geometric or structural op (not SetInput), or why it cannot be
/// carried out (unknown rack or row, nothing to copy, unknown platform …).
std::variant<Plan, Phrase> planOp(const Design &design, const Catalog &catalog, const Op &op);

/// Why the planned placement breaks a design rule (a rack outside the hall, on an
/// obstacle or floor equipment, overlapping another, an aisle below the minimum,
/// contents above the rack's power limit), or nullopt.
std::optional<Phrase> refusePlacement(const Design &design, const Catalog &catalog, const Plan &plan);

/// What applying a plan changed; `reroute` are the racks whose cables must be routed again.
struct Effect
{
    ChangeSet changed;
    std::vector<RackId> reroute;
};

/// Applies a plan that passed refusePlacement, recording every change in `patch`
/// (removals, then appends, then in-place changes). Cables are not routed here.
Effect applyPlan(Design &design, const Catalog &catalog, const Plan &plan, DesignPatch &patch);

} // namespace hallwright::edit
