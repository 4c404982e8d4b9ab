// Figures with units for each kind of selected item, read from the design and the engine's results.
#include "panels/property_figures.h"

#include "analysis/analysis.h"
#include "common/colour_modes.h"
#include "common/labels.h"
#include "common/units.h"
#include "panels/figure_table.h"
#include "power/power_math.h"

#include <QCoreApplication>

#include <set>

namespace hallwright::views {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PropertiesPanel)
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString position(double x, double y)
{
    return Text::tr("x %1, y %2").arg(Units::length(x), Units::length(y));
}

const RackHeat *heatOf(const PropertySource &s, RackId id)
{
    if (!s.results || !s.results->cooling)
        return nullptr;
    // The cooling engine lists racks in design order: try the same index first.
    const int i = s.index->rackIndex(id);
    const auto &racks = s.results->cooling->racks;
    if (i >= 0 && std::size_t(i) < racks.size() && racks[std::size_t(i)].rack == id)
        return &racks[std::size_t(i)];
    for (const RackHeat &h : racks)
        if (h.rack == id)
            return &h;
    return nullptr;
}

const PowerElement *elementOfEquipment(const PropertySource &s, EquipmentId id)
{
    if (!s.results || !s.results->power)
        return nullptr;
    for (const PowerElement &e : s.results->power->elements)
        if (std::find(e.units.begin(), e.units.end(), id) != e.units.end())
            return &e;
    return nullptr;
}

const PowerElement *elementOfPdu(const PropertySource &s, DeviceId id)
{
    if (!s.results || !s.results->power)
        return nullptr;
    for (const PowerElement &e : s.results->power->elements)
        if (e.kind == PowerElementKind::Pdu && e.device == id)
            return &e;
    return nullptr;
}

QString loadOfRating(double load, double continuous)
{
    if (continuous <= 0)
        return Units::power(load);
    return Text::tr("%1 of %2 continuous (%3)")
        .arg(Units::power(load), Units::power(continuous), Units::percent(load / continuous, 0));
}

QString endText(const PropertySource &s, const PortRef &end)
{
    const Device *d = s.index->device(end.device);
    if (!d)
        return Text::tr("device %1 (not in the design)").arg(end.device.value());
    const Rack *r = s.index->rack(d->rack);
    return Text::tr("%1 · %2 · U%3 · port %4")
        .arg(r ? qs(r->name) : QString(), qs(d->name))
        .arg(d->uPosition)
        .arg(end.port + 1);
}

/// A catalog item by its name in the interface's language (its id in the tooltip); the id
/// when the catalog has no such item.
QString catalogItemText(const PropertySource &s, const std::string &id)
{
    return s.catalog ? Labels::catalogItem(*s.catalog, id) : qs(id);
}

void rackFigures(FigureTable &t, const PropertySource &s, const Rack &r)
{
    auto *id = t.addSection(Text::tr("Rack"));
    t.addFigure(id, Text::tr("Name"), qs(r.name));
    t.addFigure(id, Text::tr("Role"), Labels::rackRole(r.role));
    if (const Row *row = s.index->row(r.row))
        t.addFigure(id, Text::tr("Row"), Labels::placeName(row->name));
    t.addFigure(id, Text::tr("Scalable unit"), Labels::su(r.su));
    t.addFigure(id, Text::tr("Position"), position(r.footprint.x, r.footprint.y),
                Text::tr("South-west corner of the footprint"));
    t.addFigure(id, Text::tr("Footprint"),
                Text::tr("%1 × %2").arg(Units::length(r.footprint.width), Units::length(r.footprint.depth)));
    t.addFigure(id, Text::tr("Front faces"), Labels::facing(r.facing));
    int usedU = 0, devices = 0, accelerators = 0;
    for (int i : s.index->devicesOfRack(r.id)) {
        const Device &d = s.design->devices[std::size_t(i)];
        usedU += d.uHeight;
        ++devices;
        if (s.catalog)
            accelerators += deviceAccelerators(d, *s.catalog);
    }
    t.addFigure(id, Text::tr("Rack units used"), Text::tr("%1 of %2 U").arg(usedU).arg(r.heightU));
    t.addFigure(id, Text::tr("Devices"), Units::count(devices));
    if (s.catalog)
        t.addFigure(id, Text::tr("Accelerators"), Units::count(accelerators));

    auto *power = t.addSection(Text::tr("Power and cooling"));
    const RackHeat *heat = heatOf(s, r.id);
    t.addFigure(power, Text::tr("Load (catalog maximum)"), heat ? Units::power(heat->heatKw) : Units::notComputed());
    t.addFigure(power, Text::tr("Power limit"), Units::power(r.powerLimitKw));
    t.addFigure(power, Text::tr("Cooling limit"), Units::power(r.coolingLimitKw));
    if (heat) {
        RackFigures::Figures f;
        f.kw = heat->heatKw;
        f.coolingLimitKw = r.coolingLimitKw;
        t.addFigure(power, Text::tr("Cooling headroom"), Units::percent(coolingHeadroom(f), 0));
        t.addFigure(power, Text::tr("Heat to air"), Units::power(heat->airKw));
        t.addFigure(power, Text::tr("Heat to liquid"), Units::power(heat->liquidKw));
        if (heat->rearDoorKw > 0)
            t.addFigure(power, Text::tr("Taken by its rear door"), Units::power(heat->rearDoorKw));
    }
    if (s.results)
        for (const PowerScheduleRow &p : s.results->powerSchedule)
            if (p.rack == r.name && !p.pdu.empty())
                t.addFigure(power, Text::tr("Feed %1: %2").arg(qs(p.feed), qs(p.pdu)),
                            loadOfRating(p.feedKw, p.pduContinuousKw),
                            Text::tr("via %1, %2, %3").arg(qs(p.busway), qs(p.ups), qs(p.transformer)));
}

void racksSummary(FigureTable &t, const PropertySource &s, const QList<SelectionItem> &sel)
{
    auto *sec = t.addSection(Text::tr("Selected racks"));
    int racks = 0, accelerators = 0;
    double kw = 0;
    bool known = true;
    std::set<std::int64_t> rows;
    for (const SelectionItem &i : sel) {
        const Rack *r = s.index->rack(RackId(i.id));
        if (!r)
            continue;
        ++racks;
        rows.insert(r->row.value());
        if (const RackHeat *h = heatOf(s, r->id)) {
            kw += h->heatKw;
            accelerators += h->accelerators;
        } else {
            known = false;
        }
    }
    t.addFigure(sec, Text::tr("Racks"), Units::count(racks));
    t.addFigure(sec, Text::tr("Rows"), Units::count(qsizetype(rows.size())));
    t.addFigure(sec, Text::tr("Load (catalog maximum)"), known ? Units::power(kw) : Units::notComputed());
    if (known)
        t.addFigure(sec, Text::tr("Accelerators"), Units::count(accelerators));
}

void rowFigures(FigureTable &t, const PropertySource &s, const Row &row)
{
    auto *sec = t.addSection(Text::tr("Row"));
    t.addFigure(sec, Text::tr("Name"), Labels::placeName(row.name));
    if (const Zone *z = s.index->zone(row.zone))
        t.addFigure(sec, Text::tr("Zone"), Labels::placeName(z->name));
    t.addFigure(sec, Text::tr("Origin"), position(row.area.x, row.area.y), Text::tr("South-west corner of the row"));
    t.addFigure(sec, Text::tr("Length"), Units::length(row.area.width));
    t.addFigure(sec, Text::tr("Fronts face"), Labels::facing(row.facing));
    double kw = 0;
    int accelerators = 0;
    const auto &racks = s.index->racksOfRow(row.id);
    for (int i : racks)
        if (const RackHeat *h = heatOf(s, s.design->racks[std::size_t(i)].id)) {
            kw += h->heatKw;
            accelerators += h->accelerators;
        }
    t.addFigure(sec, Text::tr("Racks"), Units::count(qsizetype(racks.size())));
    t.addFigure(sec, Text::tr("Accelerators"), Units::count(accelerators));
    t.addFigure(sec, Text::tr("Load (catalog maximum)"), Units::power(kw));
}

void zoneFigures(FigureTable &t, const PropertySource &s, const Zone &z)
{
    auto *sec = t.addSection(Text::tr("Zone"));
    t.addFigure(sec, Text::tr("Name"), Labels::placeName(z.name));
    t.addFigure(sec, Text::tr("Kind"), Labels::zoneKind(z.kind));
    t.addFigure(sec, Text::tr("Area"), Text::tr("%1 m²").arg(Units::number(z.area.width * z.area.depth, 0)));
    t.addFigure(sec, Text::tr("Size"), Text::tr("%1 × %2").arg(Units::length(z.area.width), Units::length(z.area.depth)));
    int rows = 0;
    for (const Row &r : s.design->rows)
        rows += r.zone == z.id;
    t.addFigure(sec, Text::tr("Rows"), Units::count(rows));
    if (s.results && s.results->cooling)
        for (const CoolingZoneLoad &c : s.results->cooling->zones)
            if (c.zone == z.id) {
                auto *cool = t.addSection(Text::tr("Cooling"));
                t.addFigure(cool, Text::tr("Heat to air"), Units::power(c.airKw));
                t.addFigure(cool, Text::tr("Air cooling installed"), Units::power(c.airCapacityKw));
                t.addFigure(cool, Text::tr("Airflow needed"), Units::airflow(c.airflowM3s));
                t.addFigure(cool, Text::tr("Air units installed / needed (N+1)"),
                            Text::tr("%1 / %2").arg(Units::count(qsizetype(c.airUnits.size())),
                                                    c.airUnitsRequired ? Units::count(*c.airUnitsRequired)
                                                                       : Units::notComputed()));
                t.addFigure(cool,
                            c.rearDoorKw > 0 ? Text::tr("Heat to liquid and rear doors") : Text::tr("Heat to liquid"),
                            Units::power(c.cduLoadKw));
                t.addFigure(cool, Text::tr("CDUs installed / needed (N+1)"),
                            Text::tr("%1 / %2").arg(Units::count(qsizetype(c.cdus.size())),
                                                    c.cdusRequired ? Units::count(*c.cdusRequired)
                                                                   : Units::notComputed()));
            }
}

void deviceFigures(FigureTable &t, const PropertySource &s, const Device &d)
{
    auto *sec = t.addSection(Labels::deviceKind(d.kind));
    t.addFigure(sec, Text::tr("Name"), qs(d.name));
    t.addFigure(sec, Text::tr("Catalog item"), catalogItemText(s, d.catalogId), qs(d.catalogId));
    if (const Rack *r = s.index->rack(d.rack))
        t.addFigure(sec, Text::tr("Rack"), qs(r->name));
    if (d.uHeight > 0)
        t.addFigure(sec, Text::tr("Position"),
                    Text::tr("U%1–U%2 (%3 U)").arg(d.uPosition).arg(d.uPosition + d.uHeight - 1).arg(d.uHeight));
    else
        t.addFigure(sec, Text::tr("Position"), Text::tr("zero-U, at the rear"));
    if (!d.role.empty())
        t.addFigure(sec, d.kind == DeviceKind::Pdu ? Text::tr("Feed") : Text::tr("Role"), qs(d.role));
    if (d.su >= 0)
        t.addFigure(sec, Text::tr("Scalable unit"), Labels::su(d.su));
    if (d.rail >= 0)
        t.addFigure(sec, Text::tr("Rail"), Units::count(d.rail + 1));
    if (s.catalog) {
        t.addFigure(sec, Text::tr("Maximum draw"), Units::power(deviceLoadKw(d, *s.catalog)));
        if (const int a = deviceAccelerators(d, *s.catalog); a > 0)
            t.addFigure(sec, Text::tr("Accelerators"), Units::count(a));
    }
    if (d.kind == DeviceKind::Pdu) {
        if (const Equipment *feed = s.index->equipment(d.powerFeed))
            t.addFigure(sec, Text::tr("Plugged into"), qs(feed->name));
        if (const PowerElement *e = elementOfPdu(s, d.id))
            t.addFigure(sec, Text::tr("Load, both feeds live"), loadOfRating(e->loadKw, e->continuousKw));
    }
    const auto &links = s.index->linksOfDevice(d.id);
    if (!links.empty()) {
        auto *ports = t.addSection(Text::tr("Cables (%1)").arg(Units::count(qsizetype(links.size()))));
        for (int li : links) {
            const Link &l = s.design->links[std::size_t(li)];
            const bool aSide = l.a.device == d.id;
            const PortRef &here = aSide ? l.a : l.b;
            const PortRef &there = aSide ? l.b : l.a;
            t.addFigure(ports, Text::tr("Port %1 · %2").arg(here.port + 1).arg(qs(l.label)), endText(s, there),
                        Labels::fabric(l.fabric));
        }
    }
}

void equipmentFigures(FigureTable &t, const PropertySource &s, const Equipment &e)
{
    auto *sec = t.addSection(Labels::equipmentKind(e.kind));
    t.addFigure(sec, Text::tr("Name"), qs(e.name));
    t.addFigure(sec, Text::tr("Catalog item"), catalogItemText(s, e.catalogId), qs(e.catalogId));
    if (const Zone *z = s.index->zone(e.zone))
        t.addFigure(sec, Text::tr("Zone"), Labels::placeName(z->name));
    if (!e.feed.empty())
        t.addFigure(sec, Text::tr("Feed"), qs(e.feed));
    if (const Equipment *up = s.index->equipment(e.upstream))
        t.addFigure(sec, Text::tr("Fed from"), qs(up->name));
    t.addFigure(sec, Text::tr("Footprint"),
                Text::tr("%1 × %2").arg(Units::length(e.footprint.width), Units::length(e.footprint.depth)));
    if (const PowerElement *el = elementOfEquipment(s, e.id)) {
        auto *load = t.addSection(Text::tr("Load"));
        if (el->units.size() > 1)
            t.addFigure(load, Text::tr("System"), Text::tr("%1 (%n modules)", nullptr, int(el->units.size())).arg(qs(el->name)));
        t.addFigure(load, Text::tr("Load, everything in service"), loadOfRating(el->loadKw, el->continuousKw));
        t.addFigure(load, Text::tr("Nameplate"), Units::power(el->ratingKw));
        if (el->efficiency < 1.0)
            t.addFigure(load, Text::tr("Efficiency"), Units::percent(el->efficiency, 1));
    }
    if (s.results && s.results->cooling)
        for (const CoolingZoneLoad &z : s.results->cooling->zones) {
            const bool air = std::find(z.airUnits.begin(), z.airUnits.end(), e.id) != z.airUnits.end();
            const bool cdu = std::find(z.cdus.begin(), z.cdus.end(), e.id) != z.cdus.end();
            if (!air && !cdu)
                continue;
            auto *cool = t.addSection(Text::tr("Cooling zone %1").arg(Labels::placeName(z.name)));
            t.addFigure(cool, air ? Text::tr("Heat to air") : Text::tr("Heat to liquid"),
                        Units::power(air ? z.airKw : z.cduLoadKw));
            t.addFigure(cool, Text::tr("Installed capacity"), Units::power(air ? z.airCapacityKw : z.cduCapacityKw));
            const auto required = air ? z.airUnitsRequired : z.cdusRequired;
            t.addFigure(cool, Text::tr("Units installed / needed (N+1)"),
                        Text::tr("%1 / %2").arg(Units::count(qsizetype(air ? z.airUnits.size() : z.cdus.size())),
                                                required ? Units::count(*required) : Units::notComputed()));
        }
}

void linkFigures(FigureTable &t, const PropertySource &s, const Link &l)
{
    auto *sec = t.addSection(Text::tr("Cable"));
    t.addFigure(sec, Text::tr("Label"), qs(l.label));
    t.addFigure(sec, Text::tr("Fabric"), Labels::fabric(l.fabric));
    t.addFigure(sec, Text::tr("Tier"), Labels::tier(l.tier));
    t.addFigure(sec, Text::tr("Speed"), Units::gbps(l.gbps));
    t.addFigure(sec, Text::tr("Medium"), l.mediumId.empty() ? Text::tr("not cabled") : qs(l.mediumId));
    t.addFigure(sec, Text::tr("Stock length"), l.lengthM > 0 ? Units::length(l.lengthM) : Units::notComputed());
    t.addFigure(sec, Text::tr("End A"), endText(s, l.a));
    t.addFigure(sec, Text::tr("End B"), endText(s, l.b));
}

void trayFigures(FigureTable &t, const TraySegment &tray)
{
    auto *sec = t.addSection(Text::tr("Cable tray"));
    t.addFigure(sec, Text::tr("Kind"), tray.kind == "trunk" ? Text::tr("Trunk") : Text::tr("Row tray"));
    t.addFigure(sec, Text::tr("Length"), Units::length(tray.lengthM()));
    t.addFigure(sec, Text::tr("Size"),
                Text::tr("%1 × %2 mm").arg(Units::number(tray.widthMm, 0), Units::number(tray.depthMm, 0)));
    t.addFigure(sec, Text::tr("Levels"), Units::count(tray.levels));
    t.addFigure(sec, Text::tr("Height above the floor"), Units::length(tray.heightM));
}

void hallFigures(FigureTable &t, const PropertySource &s)
{
    const Design &d = *s.design;
    auto *sec = t.addSection(Text::tr("Hall"));
    t.addFigure(sec, Text::tr("Name"), qs(d.hall.name));
    t.addFigure(sec, Text::tr("Size"), Text::tr("%1 × %2").arg(Units::length(d.hall.widthM), Units::length(d.hall.depthM)));
    t.addFigure(sec, Text::tr("Floor area"), Text::tr("%1 m²").arg(Units::number(d.hall.widthM * d.hall.depthM, 0)));
    t.addFigure(sec, Text::tr("Ceiling"), Units::length(d.hall.ceilingM));
    t.addFigure(sec, Text::tr("Rows"), Units::count(qsizetype(d.rows.size())));
    t.addFigure(sec, Text::tr("Racks"), Units::count(qsizetype(d.racks.size())));
    if (!s.results)
        return;
    const Results &r = *s.results;
    t.addFigure(sec, Text::tr("Accelerators"), Units::count(r.compute.accelerators));
    if (r.power) {
        t.addFigure(sec, Text::tr("IT load"), Units::power(r.power->itKw));
        t.addFigure(sec, Text::tr("Facility power"), Units::power(r.power->facilityKw));
    }
    t.addFigure(sec, Text::tr("Design checks"),
                (r.errors() == 1 ? Text::tr("1 error") : Text::tr("%1 errors").arg(Units::count(r.errors())))
                    + Text::tr(", ")
                    + (r.warnings() == 1 ? Text::tr("1 warning") : Text::tr("%1 warnings").arg(Units::count(r.warnings()))));
}

} // namespace

QString selectionTitle(const PropertySource &s, const QList<SelectionItem> &sel)
{
    if (!s.design)
        return Text::tr("No hall open");
    if (sel.isEmpty())
        return qs(s.design->hall.name);
    if (sel.size() > 1) {
        bool allRacks = true;
        for (const SelectionItem &i : sel)
            allRacks = allRacks && i.kind == SelectionItem::Kind::Rack;
        return allRacks ? Text::tr("%n racks", nullptr, int(sel.size())) : Text::tr("%n items", nullptr, int(sel.size()));
    }
    const SelectionItem &i = sel.front();
    switch (i.kind) {
    case SelectionItem::Kind::Rack:
        if (const Rack *r = s.index->rack(RackId(i.id)))
            return Text::tr("Rack %1").arg(qs(r->name));
        break;
    case SelectionItem::Kind::Row:
        if (const Row *r = s.index->row(RowId(i.id)))
            return Labels::placeName(r->name);
        break;
    case SelectionItem::Kind::Zone:
        if (const Zone *z = s.index->zone(ZoneId(i.id)))
            return Labels::placeName(z->name);
        break;
    case SelectionItem::Kind::Device:
        if (const Device *d = s.index->device(DeviceId(i.id)))
            return qs(d->name);
        break;
    case SelectionItem::Kind::Equipment:
        if (const Equipment *e = s.index->equipment(EquipmentId(i.id)))
            return qs(e->name);
        break;
    case SelectionItem::Kind::Link:
        if (const Link *l = s.index->link(LinkId(i.id)))
            return Text::tr("Cable %1").arg(qs(l->label));
        break;
    case SelectionItem::Kind::Tray: return Text::tr("Cable tray %1").arg(i.id);
    }
    return Text::tr("Not in the design");
}

void addSelectionFigures(FigureTable &t, const PropertySource &s, const QList<SelectionItem> &sel)
{
    if (!s.design || !s.index)
        return;
    if (sel.isEmpty()) {
        hallFigures(t, s);
        return;
    }
    if (sel.size() > 1) {
        racksSummary(t, s, sel);
        return;
    }
    const SelectionItem &i = sel.front();
    switch (i.kind) {
    case SelectionItem::Kind::Rack:
        if (const Rack *r = s.index->rack(RackId(i.id)))
            rackFigures(t, s, *r);
        break;
    case SelectionItem::Kind::Row:
        if (const Row *r = s.index->row(RowId(i.id)))
            rowFigures(t, s, *r);
        break;
    case SelectionItem::Kind::Zone:
        if (const Zone *z = s.index->zone(ZoneId(i.id)))
            zoneFigures(t, s, *z);
        break;
    case SelectionItem::Kind::Device:
        if (const Device *d = s.index->device(DeviceId(i.id)))
            deviceFigures(t, s, *d);
        break;
    case SelectionItem::Kind::Equipment:
        if (const Equipment *e = s.index->equipment(EquipmentId(i.id)))
            equipmentFigures(t, s, *e);
        break;
    case SelectionItem::Kind::Link:
        if (const Link *l = s.index->link(LinkId(i.id)))
            linkFigures(t, s, *l);
        break;
    case SelectionItem::Kind::Tray:
        if (const TraySegment *tr = s.index->tray(TrayId(i.id)))
            trayFigures(t, *tr);
        break;
    }
}

} // namespace hallwright::views
