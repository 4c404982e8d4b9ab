// Asks the power/cooling failure analyzer (with the network's switch model) what one failure does, as rack sets.
#include "common/failure_highlight.h"

#include "analysis/analysis.h"
#include "common/design_index.h"
#include "network/failure.h"
#include "power/facility.h"
#include "power/network_impact.h"

#include <QLocale>

#include <unordered_map>

namespace hallwright::views {

namespace {

std::optional<ComponentKind> componentKindOf(EquipmentKind kind)
{
    switch (kind) {
    case EquipmentKind::Busway: return ComponentKind::Busway;
    case EquipmentKind::Rpp: return ComponentKind::Rpp;
    case EquipmentKind::Ups: return ComponentKind::Ups;
    case EquipmentKind::Transformer: return ComponentKind::Transformer;
    case EquipmentKind::Generator: return ComponentKind::Generator;
    case EquipmentKind::Crah: return ComponentKind::Crah;
    case EquipmentKind::Cdu: return ComponentKind::Cdu;
    case EquipmentKind::Chiller:
    case EquipmentKind::Switchgear:
    case EquipmentKind::Mcc:
    case EquipmentKind::Battery:
    case EquipmentKind::DryCooler:
    case EquipmentKind::Pump: return std::nullopt;
    }
    return std::nullopt;
}

QString kindName(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Pdu: return ColourModeText::tr("rack PDU");
    case ComponentKind::Busway: return ColourModeText::tr("busway");
    case ComponentKind::Rpp: return ColourModeText::tr("RPP");
    case ComponentKind::Ups: return ColourModeText::tr("UPS module");
    case ComponentKind::Transformer: return ColourModeText::tr("transformer");
    case ComponentKind::Generator: return ColourModeText::tr("generator");
    case ComponentKind::Crah: return ColourModeText::tr("CRAH unit");
    case ComponentKind::Cdu: return ColourModeText::tr("CDU");
    case ComponentKind::Switch: return ColourModeText::tr("switch");
    }
    return {};
}

} // namespace

struct FailureModel::Impl
{
    const Design &design;
    const Catalog &catalog;
    const Results &results;
    DesignIndex index;
    // Built on the first question: the analyzers hold references into each other.
    mutable std::unique_ptr<FacilityAnalysis> facility;
    mutable std::unique_ptr<network::FailureAnalyzer> network;
    mutable std::unique_ptr<hallwright::FailureAnalyzer> analyzer;

    Impl(const Design &d, const Catalog &c, const Results &r) : design(d), catalog(c), results(r), index(d) {}

    const hallwright::FailureAnalyzer &ensure() const
    {
        if (!analyzer) {
            const Brief brief = results.brief.value_or(Brief{});
            facility = std::make_unique<FacilityAnalysis>(design, catalog, brief.power, brief.cooling.mode);
            bool hasFabric = false;
            for (const Link &l : design.links)
                hasFabric = hasFabric || l.fabric == Fabric::Compute;
            SwitchImpactFn switchImpact;
            if (hasFabric) {
                network = std::make_unique<network::FailureAnalyzer>(design, catalog);
                switchImpact = networkSwitchImpact(design, *network);
            }
            analyzer = std::make_unique<hallwright::FailureAnalyzer>(facility->failures(switchImpact));
        }
        return *analyzer;
    }

    std::optional<ComponentRef> componentOf(const SelectionItem &item) const
    {
        if (item.kind == SelectionItem::Kind::Device) {
            const Device *dev = index.device(DeviceId(item.id));
            if (!dev)
                return std::nullopt;
            if (dev->kind == DeviceKind::Pdu)
                return ComponentRef{ComponentKind::Pdu, dev->id, {}};
            if (dev->kind == DeviceKind::Switch)
                return ComponentRef{ComponentKind::Switch, dev->id, {}};
            return std::nullopt;
        }
        if (item.kind == SelectionItem::Kind::Equipment) {
            const Equipment *e = index.equipment(EquipmentId(item.id));
            if (!e)
                return std::nullopt;
            if (const auto kind = componentKindOf(e->kind))
                return ComponentRef{*kind, {}, e->id};
        }
        return std::nullopt;
    }

    /// Racks holding a device linked over the compute fabric to sw (degraded), and
    /// those whose every compute link goes to it (cut off).
    void switchRacks(DeviceId sw, FailureHighlight &out) const
    {
        std::unordered_map<std::int64_t, std::pair<int, int>> perRack; // rack → (links to sw, compute links)
        for (int li : index.linksOfDevice(sw)) {
            const Link &l = design.links[std::size_t(li)];
            if (l.fabric != Fabric::Compute)
                continue;
            const DeviceId other = l.a.device == sw ? l.b.device : l.a.device;
            const Device *od = index.device(other);
            if (!od || od->kind != DeviceKind::ComputeNode)
                continue;
            perRack.emplace(od->rack.value(), std::pair<int, int>{0, 0});
        }
        for (auto &[rack, counts] : perRack) {
            for (int di : index.devicesOfRack(RackId(rack))) {
                const Device &dev = design.devices[std::size_t(di)];
                if (dev.kind != DeviceKind::ComputeNode)
                    continue;
                for (int li : index.linksOfDevice(dev.id)) {
                    const Link &l = design.links[std::size_t(li)];
                    if (l.fabric != Fabric::Compute)
                        continue;
                    ++counts.second;
                    counts.first += l.a.device == sw || l.b.device == sw;
                }
            }
            if (counts.first == counts.second)
                out.racksDark.insert(rack);
            else
                out.racksAtRisk.insert(rack);
        }
    }
};

FailureModel::FailureModel(const Design &design, const Catalog &catalog, const Results &results)
    : d(std::make_unique<Impl>(design, catalog, results))
{
}

FailureModel::~FailureModel() = default;

bool FailureModel::canFail(const SelectionItem &item) const
{
    return d->componentOf(item).has_value();
}

std::optional<FailureHighlight> FailureModel::highlight(const SelectionItem &item) const
{
    const std::optional<ComponentRef> component = d->componentOf(item);
    if (!component)
        return std::nullopt;
    const FailureImpact fi = d->ensure().impact(*component);
    FailureHighlight out;
    out.component = ColourModeText::tr("%1 (%2)").arg(QString::fromStdString(fi.name), kindName(component->kind));
    for (RackId r : fi.racksDark)
        out.racksDark.insert(r.value());
    for (RackId r : fi.racksOverLimit)
        if (!out.racksDark.contains(r.value()))
            out.racksAtRisk.insert(r.value());
    for (RackId r : fi.racksRedundancyLost)
        out.racksRedundancyLost.insert(r.value());
    if (component->device.isValid()) {
        if (const Device *dev = d->index.device(component->device))
            out.racksSource.insert(dev->rack.value());
        if (component->kind == ComponentKind::Switch)
            d->switchRacks(component->device, out);
    } else {
        out.equipmentSource.insert(component->equipment.value());
    }
    const QLocale locale;
    QStringList parts;
    parts << (fi.racksDark.size() == 1
                  ? ColourModeText::tr("1 rack dark (%1 accelerators)").arg(locale.toString(fi.acceleratorsDark))
                  : ColourModeText::tr("%1 racks dark (%2 accelerators)")
                        .arg(locale.toString(qlonglong(fi.racksDark.size())), locale.toString(fi.acceleratorsDark)));
    parts << (fi.racksOverLimit.size() == 1
                  ? ColourModeText::tr("1 rack at risk (%1 accelerators)").arg(locale.toString(fi.acceleratorsAtRisk))
                  : ColourModeText::tr("%1 racks at risk (%2 accelerators)")
                        .arg(locale.toString(qlonglong(fi.racksOverLimit.size())),
                             locale.toString(fi.acceleratorsAtRisk)));
    // In a 2N or N+1 hall most failures darken nothing: what they cost is the second feed.
    if (!fi.racksRedundancyLost.empty())
        parts << (fi.racksRedundancyLost.size() == 1
                      ? ColourModeText::tr("1 rack on one feed (redundancy lost)")
                      : ColourModeText::tr("%1 racks on one feed (redundancy lost)")
                            .arg(locale.toString(qlonglong(fi.racksRedundancyLost.size()))));
    if (fi.acceleratorsCut > 0)
        parts << ColourModeText::tr("%1 accelerators cut off from the fabric").arg(locale.toString(fi.acceleratorsCut));
    if (fi.trainingShareLeft)
        parts << ColourModeText::tr("%1 % of training capacity left")
                     .arg(locale.toString(*fi.trainingShareLeft * 100.0, 'f', 1));
    if (fi.duringUtilityOutage)
        parts << ColourModeText::tr("judged during a utility outage");
    if (!fi.equipmentOverLimit.empty())
        parts << ColourModeText::tr("%n elements over their rating", nullptr, int(fi.equipmentOverLimit.size()));
    out.summary = parts.join(QStringLiteral("; "));
    return out;
}

} // namespace hallwright::views
