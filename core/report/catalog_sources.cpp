// Provenance and names of catalog items of every kind, looked up by id.
#include "report/catalog_sources.h"

namespace hallwright {

namespace {

template <typename Visit>
auto visitItem(const Catalog &c, const std::string &id, Visit visit) -> decltype(visit(*c.node(id)))
{
    if (const auto *i = c.node(id))
        return visit(*i);
    if (const auto *i = c.accelerator(id))
        return visit(*i);
    if (const auto *i = c.switchSpec(id))
        return visit(*i);
    if (const auto *i = c.nic(id))
        return visit(*i);
    if (const auto *i = c.transceiver(id))
        return visit(*i);
    if (const auto *i = c.medium(id))
        return visit(*i);
    if (const auto *i = c.patchPanel(id))
        return visit(*i);
    if (const auto *i = c.rack(id))
        return visit(*i);
    if (const auto *i = c.power(id))
        return visit(*i);
    if (const auto *i = c.cooling(id))
        return visit(*i);
    return {};
}

} // namespace

const Provenance *catalogProvenance(const Catalog &catalog, const std::string &id)
{
    return visitItem(catalog, id, [](const auto &item) -> const Provenance * { return &item.provenance; });
}

std::string catalogItemName(const Catalog &catalog, const std::string &id)
{
    return visitItem(catalog, id, [](const auto &item) -> std::string { return item.name; });
}

std::string catalogItemNameZh(const Catalog &catalog, const std::string &id)
{
    return visitItem(catalog, id, [](const auto &item) -> std::string { return item.nameZh; });
}

} // namespace hallwright
