// Read-only figures of a selection (rack, row, zone, device, equipment, cable, tray, hall) for the properties panel.
#pragma once

#include "common/design_index.h"
#include "selection/selection_model.h"

#include <QString>

namespace hallwright {
class Catalog;
struct Results;
} // namespace hallwright

namespace hallwright::views {

class FigureTable;

/// What the panel shows: the design's figures, from the engine's results where
/// they come from analysis. Pointers may be null (no analysis yet).
struct PropertySource
{
    const Design *design = nullptr;
    const Catalog *catalog = nullptr;
    const Results *results = nullptr;
    const DesignIndex *index = nullptr;
};

/// A title for the selection: "Rack A01", "7 racks", the hall's name.
QString selectionTitle(const PropertySource &source, const QList<SelectionItem> &selection);

/// Fills table with the figures of the selection (the hall when it is empty).
void addSelectionFigures(FigureTable &table, const PropertySource &source, const QList<SelectionItem> &selection);

} // namespace hallwright::views
