// The route of one cable over the tray network and its two ends, for the plan's cable trace.
#pragma once

#include "common/design_index.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace hallwright::views {

/// One end of a traced cable, as an installer reads it.
struct CableEnd
{
    RackId rack;
    QString rackName;
    QString deviceName;
    int uPosition = 0;
    int port = -1;
    Point2 rackCentre;
    std::optional<Point2> trayEntry; ///< where its cables reach the tray network
};

struct CableTrace
{
    LinkId link;
    QString label;
    QString medium;                  ///< catalog id, empty when not cabled
    double lengthM = 0.0;            ///< stock length the engine chose, 0 when not cabled
    double gbps = 0.0;
    CableEnd a, b;
    std::vector<int> trays;          ///< indices into Design::trays on the route, from a to b
    std::optional<double> trayRunM;  ///< along the trays; nullopt when there is no tray path
    bool sameRack = false;           ///< both ends in one rack: no tray run
};

/// Traces cables over the design's trays. The tray graph is built on the first
/// trace; racks may move between traces, trays may not (make a new tracer).
class CableTracer
{
public:
    explicit CableTracer(const Design &design);
    ~CableTracer();
    CableTracer(const CableTracer &) = delete;
    CableTracer &operator=(const CableTracer &) = delete;

    /// nullopt for an unknown link or an end that is not in a rack.
    std::optional<CableTrace> trace(LinkId link) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hallwright::views
