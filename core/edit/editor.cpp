// The editor: validate, apply with cables re-routed and the design re-analysed, undo exactly.
#include "edit/editor.h"

#include "edit/design_patch.h"
#include "edit/edit_ops.h"
#include "edit/incremental_analysis.h"
#include "edit/regenerate.h"
#include "network/cabling.h"

#include <algorithm>
#include <stdexcept>

namespace hallwright::edit {

struct UndoToken::Data
{
    std::uint64_t before = 0;        ///< editor version the edit started from
    std::uint64_t after = 0;         ///< editor version it produced
    DesignPatch patch;
    std::vector<RackId> rerouted;    ///< racks whose cables were routed again
    bool rowsChanged = false;        ///< rows moved or turned in place
    ChangeSet changed;
};

UndoToken::UndoToken(std::unique_ptr<Data> data) : d(std::move(data)) {}
UndoToken::~UndoToken() = default;

struct Editor::Impl
{
    Design design;
    Catalog catalog;
    std::unique_ptr<IncrementalAnalysis> analysis;
    std::unique_ptr<network::CableRouter> router;
    std::uint64_t version = 0;
    std::uint64_t lastVersion = 0;

    Impl(Design d, Catalog c) : design(std::move(d)), catalog(std::move(c))
    {
        rebuildRouter();
        analysis = std::make_unique<IncrementalAnalysis>(design, catalog);
    }

    void rebuildRouter()
    {
        router = std::make_unique<network::CableRouter>(design, catalog);
        router->prepare(design);
    }

    void analyse() { analysis->full(design, catalog); }

    /// Re-analyses after racks moved (their centres before in `before`), rows changed in place
    /// and the cables of `patch`'s links were routed again.
    void analyseMove(const std::vector<RackId> &racks, std::vector<Point2> before, bool rowsChanged,
                     const DesignPatch &patch)
    {
        MoveDelta delta;
        delta.racks = racks;
        delta.centresBefore = std::move(before);
        delta.rowsChanged = rowsChanged;
        delta.recabled.reserve(patch.links.modified().size());
        for (const auto &[i, link] : patch.links.modified())
            delta.recabled.push_back(i);
        analysis->moved(design, catalog, delta);
    }

    std::vector<Point2> centres(const std::vector<RackId> &racks) const
    {
        std::vector<Point2> out;
        out.reserve(racks.size());
        for (RackId id : racks) {
            const Rack *r = design.findRack(id);
            out.push_back(r ? r->footprint.center() : Point2{});
        }
        return out;
    }

    /// Routes the cables of `racks` again, recording the links it may rewrite.
    bool reroute(const std::vector<RackId> &racks, DesignPatch &patch)
    {
        bool changed = false;
        for (RackId rack : racks) {
            const std::vector<std::size_t> links = router->linksRoutedWith(rack);
            std::vector<std::pair<std::string, double>> before;
            before.reserve(links.size());
            for (std::size_t i : links) {
                const Link &l = patch.links.modify(design.links, i);
                before.emplace_back(l.mediumId, l.lengthM);
            }
            router->rerouteRack(design, rack);
            for (std::size_t k = 0; k < links.size(); ++k) {
                const Link &l = design.links[links[k]];
                changed = changed || l.mediumId != before[k].first || l.lengthM != before[k].second;
            }
        }
        return changed;
    }

    std::shared_ptr<const UndoToken> token(std::unique_ptr<UndoToken::Data> data)
    {
        data->before = version;
        data->after = version = ++lastVersion;
        return std::shared_ptr<const UndoToken>(new UndoToken(std::move(data)));
    }
};

namespace {

void dedupe(ChangeSet &c)
{
    auto unique = [](auto &v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    unique(c.racks);
    unique(c.rows);
    unique(c.equipment);
}

} // namespace

Editor::Editor(Design design, Catalog catalog) : d(std::make_unique<Impl>(std::move(design), std::move(catalog))) {}
Editor::~Editor() = default;
Editor::Editor(Editor &&) noexcept = default;
Editor &Editor::operator=(Editor &&) noexcept = default;

const Design &Editor::design() const { return d->design; }
const Catalog &Editor::catalog() const { return d->catalog; }
const Results &Editor::results() const { return d->analysis->results(); }

std::optional<Phrase> Editor::check(const Op &op) const
{
    if (const auto *set = std::get_if<SetInput>(&op)) {
        try {
            editedBrief(d->design, d->catalog, set->path, set->valueJson);
        } catch (const std::exception &e) {
            const Phrase *words = phraseOf(e);
            return words ? *words : literal(e.what());
        }
        return std::nullopt;
    }
    auto plan = planOp(d->design, d->catalog, op);
    if (const auto *reason = std::get_if<Phrase>(&plan))
        return *reason;
    return refusePlacement(d->design, d->catalog, std::get<Plan>(plan));
}

Editor::Applied Editor::apply(const Op &op)
{
    if (const auto *set = std::get_if<SetInput>(&op)) {
        Design regenerated;
        try {
            regenerated = regenerate(d->design, d->catalog, set->path, set->valueJson);
        } catch (const EditRefused &) {
            throw;
        } catch (const std::exception &e) {
            // The engine's own words (a brief refusal, a layout that cannot be built), for a translation.
            const Phrase *words = phraseOf(e);
            throw words ? EditRefused(*words) : EditRefused(std::string(e.what()));
        }
        return replaceDesign(std::move(regenerated));
    }
    auto planned = planOp(d->design, d->catalog, op);
    if (const auto *reason = std::get_if<Phrase>(&planned))
        throw EditRefused(*reason);
    const Plan &plan = std::get<Plan>(planned);
    if (const auto reason = refusePlacement(d->design, d->catalog, plan))
        throw EditRefused(*reason);

    auto data = std::make_unique<UndoToken::Data>();
    std::vector<RackId> movedRacks;
    for (std::size_t i : plan.moved)
        movedRacks.push_back(d->design.racks[i].id);
    std::vector<Point2> before = d->centres(movedRacks);
    Effect effect = applyPlan(d->design, d->catalog, plan, data->patch);
    const bool structural = data->patch.structural();
    if (structural)
        d->router->prepare(d->design);
    if (d->reroute(effect.reroute, data->patch))
        effect.changed.linksChanged = true;
    data->rowsChanged = !plan.rowsTo.empty();
    if (structural)
        d->analyse();
    else
        d->analyseMove(movedRacks, std::move(before), data->rowsChanged, data->patch);
    dedupe(effect.changed);
    data->rerouted = effect.reroute;
    data->changed = effect.changed;
    Applied applied{effect.changed, nullptr};
    applied.undo = d->token(std::move(data));
    return applied;
}

ChangeSet Editor::revert(const UndoToken &undo)
{
    const UndoToken::Data &u = *undo.d;
    if (u.after != d->version)
        throw std::logic_error("edit::Editor::revert: not the most recent edit (undo in reverse order)");
    if (u.patch.whole) {
        u.patch.revert(d->design);
        d->rebuildRouter();
        d->analyse();
    } else if (u.patch.structural()) {
        u.patch.revert(d->design);
        d->router->prepare(d->design);
        d->analyse();
    } else {
        std::vector<Point2> before = d->centres(u.rerouted);
        u.patch.revert(d->design);
        // Bring the router's view of the racks back, then the exact prior cables.
        for (RackId rack : u.rerouted)
            d->router->rerouteRack(d->design, rack);
        u.patch.links.revert(d->design.links);
        d->analyseMove(u.rerouted, std::move(before), u.rowsChanged, u.patch);
    }
    d->version = u.before;
    return u.changed;
}

Editor::Applied Editor::replaceDesign(Design design)
{
    auto data = std::make_unique<UndoToken::Data>();
    data->patch.whole = std::move(d->design);
    d->design = std::move(design);
    d->rebuildRouter();
    d->analyse();
    data->changed.regenerated = true;
    data->changed.structural = true;
    data->changed.linksChanged = true;
    Applied applied{data->changed, nullptr};
    applied.undo = d->token(std::move(data));
    return applied;
}

} // namespace hallwright::edit
