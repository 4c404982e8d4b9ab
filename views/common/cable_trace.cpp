// Cable trace: shortest tray path between the two racks' attach points, as the cabling engine routes it.
#include "common/cable_trace.h"

#include "network/tray_graph.h"

#include <algorithm>

namespace hallwright::views {

struct CableTracer::Impl
{
    const Design &design;
    DesignIndex index;
    mutable std::unique_ptr<network::TrayGraph> graph;

    explicit Impl(const Design &d) : design(d), index(d) {}

    const network::TrayGraph &trays() const
    {
        if (!graph)
            graph = std::make_unique<network::TrayGraph>(design.trays);
        return *graph;
    }

    std::optional<CableEnd> endOf(const PortRef &ref) const
    {
        const Device *dev = index.device(ref.device);
        if (!dev)
            return std::nullopt;
        const Rack *rack = index.rack(dev->rack);
        if (!rack)
            return std::nullopt;
        CableEnd e;
        e.rack = rack->id;
        e.rackName = QString::fromStdString(rack->name);
        e.deviceName = QString::fromStdString(dev->name);
        e.uPosition = dev->uPosition;
        e.port = ref.port;
        e.rackCentre = rack->footprint.center();
        return e;
    }
};

CableTracer::CableTracer(const Design &design) : d(std::make_unique<Impl>(design)) {}

CableTracer::~CableTracer() = default;

std::optional<CableTrace> CableTracer::trace(LinkId id) const
{
    const Link *link = d->index.link(id);
    if (!link)
        return std::nullopt;
    auto a = d->endOf(link->a);
    auto b = d->endOf(link->b);
    if (!a || !b)
        return std::nullopt;
    CableTrace t;
    t.link = id;
    t.label = QString::fromStdString(link->label);
    t.medium = QString::fromStdString(link->mediumId);
    t.lengthM = link->lengthM;
    t.gbps = link->gbps;
    t.sameRack = a->rack == b->rack;
    if (!t.sameRack && !d->design.trays.empty()) {
        const network::TrayGraph &graph = d->trays();
        const auto from = graph.attach(a->rackCentre);
        const auto to = graph.attach(b->rackCentre);
        if (from && to) {
            a->trayEntry = from->point;
            b->trayEntry = to->point;
            const std::vector<network::TrayAttach> targets{*to};
            const network::TrayPaths paths = graph.shortestPaths(*from, &targets);
            t.trayRunM = paths.distanceTo(*to);
            // forEachSegment walks from the target back to the source: reverse to read a → b.
            paths.forEachSegment(*to, [&](std::size_t s) { t.trays.push_back(int(s)); });
            std::reverse(t.trays.begin(), t.trays.end());
        }
    }
    t.a = *a;
    t.b = *b;
    return t;
}

} // namespace hallwright::views
