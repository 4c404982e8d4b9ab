// Failure impact of a selected component (PDU, busway, RPP, UPS, transformer, generator, CRAH, CDU, switch) for the colour mode.
#pragma once

#include "common/colour_modes.h"
#include "selection/selection_model.h"

#include <memory>
#include <optional>

namespace hallwright {
class Catalog;
struct Results;
} // namespace hallwright

namespace hallwright::views {

/// The engine's failure models of one design (power tree, cooling, fabric),
/// built on the first question and kept until the design changes, so that
/// clicking from component to component stays quick. The design, catalog and
/// results must outlive it.
class FailureModel
{
public:
    FailureModel(const Design &design, const Catalog &catalog, const Results &results);
    ~FailureModel();
    FailureModel(const FailureModel &) = delete;
    FailureModel &operator=(const FailureModel &) = delete;

    /// True for a PDU or switch device, or facility equipment other than a chiller.
    bool canFail(const SelectionItem &item) const;
    /// What failing item does, or nullopt when it is not a component that can
    /// fail. Dark: racks with a device left without power (or all of whose
    /// compute links go to a failed switch); at risk: racks beyond the cooling
    /// left, or (switch) with a compute link to it.
    std::optional<FailureHighlight> highlight(const SelectionItem &item) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hallwright::views
