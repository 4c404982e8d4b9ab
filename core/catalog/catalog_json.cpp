// Reading and writing the catalog's JSON form (schema "hallwright.catalog/1") with strict validation.
#include "catalog/catalog.h"
#include "catalog/catalog_fields.h"
#include "checks/json_error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace hallwright {

namespace {

using Json = nlohmann::ordered_json;
using catalog_detail::Range;
using catalog_detail::Req;

constexpr const char *kSchema = "hallwright.catalog/1";

// Fields every item has; the per-section ones come from catalog_fields.h.
constexpr std::array<const char *, 6> kCommonFields{"id", "name", "name_zh", "source", "estimated", "note"};

std::string jsonQuoted(const std::string &s)
{
    return Json(s).dump();
}

/// Reads one item's fields, remembering which names the section declares so
/// that unknown fields and bad `estimated` entries can be reported.
class ItemReader
{
public:
    ItemReader(const Json &obj, std::string where) : m_obj(obj), m_where(std::move(where)) {}

    void setWhere(std::string where) { m_where = std::move(where); }
    const std::string &where() const { return m_where; }

    [[noreturn]] void fail(const std::string &field, Phrase message) const
    {
        throw CatalogError(phrase(QT_TRANSLATE_NOOP("Finding", "catalog: %1.%2: %3"),
                                  m_where, field, std::move(message)));
    }

    bool has(const char *name) const { return m_obj.contains(name); }
    bool declares(const std::string &name) const { return m_known.count(name) > 0; }

    void text(const char *name, std::string &out, Req req = Req::Optional)
    {
        const Json *j = find(name, req);
        if (!j)
            return;
        if (!j->is_string())
            fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "expected a string, got %1"), j->type_name()));
        out = j->get<std::string>();
        if (req == Req::Required && out.empty())
            fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "must not be empty")));
    }

    void number(const char *name, double &out, Range range = Range::NonNegative,
                Req req = Req::Optional)
    {
        if (const Json *j = find(name, req))
            out = checkedNumber(name, *j, range);
    }

    /// A figure that is 0 when absent (unknown) and written only when known.
    void optionalPositive(const char *name, double &out)
    {
        const Json *j = find(name, Req::Optional);
        if (j && !j->is_null())
            out = checkedNumber(name, *j, Range::Positive);
    }

    void optionalNumber(const char *name, std::optional<double> &out, Range range)
    {
        const Json *j = find(name, Req::Optional);
        if (j && !j->is_null())
            out = checkedNumber(name, *j, range);
    }

    void integer(const char *name, int &out, int minimum, Req req = Req::Optional)
    {
        const Json *j = find(name, req);
        if (!j)
            return;
        if (!j->is_number_integer())
            fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "expected an integer, got %1"), describe(*j)));
        const auto value = j->get<std::int64_t>();
        if (j->is_number_unsigned() && j->get<std::uint64_t>() > std::uint64_t(INT32_MAX))
            fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "out of range: %1"), j->dump()));
        if (value < minimum || value > INT32_MAX)
            fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "expected an integer >= %1, got %2"),
                              std::to_string(minimum), j->dump()));
        // Counts of ports, units, NICs … drive loops and allocations: absurd ones are refused.
        const int maximum = integerMaximum(name);
        if (value > maximum)
            fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "expected an integer <= %1, got %2"),
                              std::to_string(maximum), j->dump()));
        out = static_cast<int>(value);
    }

    void boolean(const char *name, bool &out)
    {
        const Json *j = find(name, Req::Optional);
        if (!j)
            return;
        if (!j->is_boolean())
            fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "expected true or false, got %1"), j->type_name()));
        out = j->get<bool>();
    }

    template <class E, std::size_t N>
    void enumeration(const char *name, E &out, const std::array<std::pair<E, const char *>, N> &table,
                     Req req = Req::Optional)
    {
        std::string value;
        text(name, value, req);
        if (!has(name))
            return;
        for (const auto &[e, label] : table) {
            if (value == label) {
                out = e;
                return;
            }
        }
        fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "unknown value %1 (expected %2)"),
                          jsonQuoted(value), alternatives(table)));
    }

    template <std::size_t N>
    void choice(const char *name, std::string &out, const std::array<const char *, N> &table,
                Req req = Req::Optional)
    {
        text(name, out, req);
        if (!has(name))
            return;
        if (std::none_of(table.begin(), table.end(), [&](const char *c) { return out == c; }))
            fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "unknown value %1 (expected %2)"),
                              jsonQuoted(out), alternatives(table)));
    }

    /// A list of distinct values, each one of `table`; an empty list is allowed.
    template <std::size_t N>
    void choiceList(const char *name, std::vector<std::string> &out, const std::array<const char *, N> &table)
    {
        const Json *j = find(name, Req::Optional);
        if (!j)
            return;
        if (!j->is_array())
            fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "expected an array of strings, got %1"), j->type_name()));
        out.clear();
        for (const Json &e : *j) {
            if (!e.is_string())
                fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "expected strings, got %1"), e.type_name()));
            const auto value = e.get<std::string>();
            if (std::none_of(table.begin(), table.end(), [&](const char *c) { return value == c; }))
                fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "unknown value %1 (expected %2)"),
                                  jsonQuoted(value), alternatives(table)));
            if (std::find(out.begin(), out.end(), value) != out.end())
                fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "%1 is listed twice"), jsonQuoted(value)));
            out.push_back(value);
        }
    }

    void numberList(const char *name, std::vector<double> &out)
    {
        const Json *j = find(name, Req::Optional);
        if (!j)
            return;
        if (!j->is_array())
            fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "expected an array of numbers, got %1"), j->type_name()));
        out.clear();
        for (const Json &e : *j)
            out.push_back(checkedNumber(name, e, Range::Positive));
    }

    /// After all fields were visited: every key must be a declared field.
    void rejectUnknownFields() const
    {
        for (const auto &item : m_obj.items()) {
            const std::string &key = item.key(); // a plain reference: clang 14 cannot capture bindings
            const bool common = std::any_of(kCommonFields.begin(), kCommonFields.end(),
                                            [&](const char *c) { return key == c; });
            if (!common && !declares(key))
                fail(key, phrase(QT_TRANSLATE_NOOP("Finding", "unknown field")));
        }
    }

private:
    const Json *find(const char *name, Req req)
    {
        m_known.insert(name);
        const auto it = m_obj.find(name);
        if (it == m_obj.end()) {
            if (req == Req::Required)
                fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "missing required field")));
            return nullptr;
        }
        return &*it;
    }

    static constexpr double kMaxCatalogNumber = 1e12;

    // The largest value an integer field of a catalog item may have (docs/cli.md, "Limits").
    static int integerMaximum(const char *name)
    {
        static const std::pair<const char *, int> kMaxima[] = {
            {"u_height", 100},         {"height_u", 100},      {"mgmt_ports", 64},      {"oob_ports", 64},
            {"compute_nics", 1024},    {"storage_nics", 1024}, {"power_supplies", 1024}, {"links_per_module", 64},
            {"phases", 3},             {"supernode_switch_racks", 256}};
        for (const auto &[field, max] : kMaxima)
            if (std::strcmp(field, name) == 0)
                return max;
        return 4096; // ports, cages, uplinks, accelerators per node, NVLink domain, super-node size
    }

    static std::string describe(const Json &j)
    {
        return j.is_number() ? j.dump() : std::string(j.type_name());
    }

    double checkedNumber(const char *name, const Json &j, Range range) const
    {
        if (!j.is_number())
            fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "expected a number, got %1"), j.type_name()));
        const double v = j.get<double>();
        if (!std::isfinite(v))
            fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "expected a finite number")));
        // Beyond any catalog figure (the largest are prices around 1e8), and far
        // from where products and int conversions overflow.
        if (std::abs(v) > kMaxCatalogNumber)
            fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "out of range: %1"), j.dump()));
        switch (range) {
        case Range::NonNegative:
            if (v < 0.0)
                fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "expected a number >= 0, got %1"), j.dump()));
            break;
        case Range::Positive:
            if (v <= 0.0)
                fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "expected a number > 0, got %1"), j.dump()));
            break;
        case Range::Fraction:
            if (v < 0.0 || v > 1.0)
                fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "expected a fraction between 0 and 1, got %1"),
                                  j.dump()));
            break;
        case Range::Ratio:
            if (v <= 0.0 || v > 1.0)
                fail(name, phrase(QT_TRANSLATE_NOOP("Finding", "expected a ratio in (0, 1], got %1"), j.dump()));
            break;
        }
        return v;
    }

    template <class Table>
    static std::string alternatives(const Table &table)
    {
        std::string s;
        for (const auto &entry : table) {
            if (!s.empty())
                s += ", ";
            if constexpr (std::is_same_v<std::decay_t<decltype(entry)>, const char *>)
                s += entry;
            else
                s += entry.second;
        }
        return s;
    }

    const Json &m_obj;
    std::string m_where;
    std::set<std::string> m_known;
};

/// Writes one item's fields in declaration order; empty optional text is left out.
class ItemWriter
{
public:
    explicit ItemWriter(Json &out) : m_out(out) {}

    void text(const char *name, const std::string &v, Req req = Req::Optional)
    {
        if (!v.empty() || req == Req::Required)
            m_out[name] = v;
    }
    void number(const char *name, double v, Range = Range::NonNegative, Req = Req::Optional)
    {
        m_out[name] = v;
    }
    void optionalPositive(const char *name, double v)
    {
        if (v > 0.0)
            m_out[name] = v;
    }
    void optionalNumber(const char *name, const std::optional<double> &v, Range)
    {
        if (v)
            m_out[name] = *v;
    }
    void integer(const char *name, int v, int, Req = Req::Optional) { m_out[name] = v; }
    void boolean(const char *name, bool v) { m_out[name] = v; }
    template <class E, std::size_t N>
    void enumeration(const char *name, E v, const std::array<std::pair<E, const char *>, N> &table,
                     Req = Req::Optional)
    {
        for (const auto &[e, label] : table)
            if (e == v)
                m_out[name] = label;
    }
    template <std::size_t N>
    void choice(const char *name, const std::string &v, const std::array<const char *, N> &,
                Req req = Req::Optional)
    {
        text(name, v, req);
    }
    void numberList(const char *name, const std::vector<double> &v) { m_out[name] = v; }
    template <std::size_t N>
    void choiceList(const char *name, const std::vector<std::string> &v, const std::array<const char *, N> &)
    {
        if (!v.empty())
            m_out[name] = v;
    }

private:
    Json &m_out;
};

void readProvenance(const Json &obj, ItemReader &reader, Provenance &p)
{
    reader.text("source", p.source);
    reader.text("note", p.note);
    const auto it = obj.find("estimated");
    if (it == obj.end())
        return;
    if (!it->is_array())
        reader.fail("estimated", phrase(QT_TRANSLATE_NOOP("Finding", "expected an array of field names, got %1"),
                                        it->type_name()));
    for (const Json &e : *it) {
        if (!e.is_string())
            reader.fail("estimated", phrase(QT_TRANSLATE_NOOP("Finding", "expected field names, got %1"),
                                            e.type_name()));
        const auto field = e.get<std::string>();
        if (!reader.declares(field))
            reader.fail("estimated", phrase(QT_TRANSLATE_NOOP("Finding", "%1 is not a field of this section"),
                                            jsonQuoted(field)));
        if (std::find(p.estimated.begin(), p.estimated.end(), field) != p.estimated.end())
            reader.fail("estimated", phrase(QT_TRANSLATE_NOOP("Finding", "%1 is listed twice"), jsonQuoted(field)));
        p.estimated.push_back(field);
    }
}

bool validId(const std::string &id)
{
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
    });
}

// Cross-field rules of each section, after its fields were read.
void finishItem(AcceleratorSpec &s, const ItemReader &r)
{
    if (s.fp8DenseTflops && *s.fp8DenseTflops < s.bf16DenseTflops)
        r.fail("fp8_dense_tflops", phrase(QT_TRANSLATE_NOOP("Finding", "is below bf16_dense_tflops")));
}

void finishItem(NodeSpec &s, const ItemReader &r)
{
    if (!r.has("nvlink_domain"))
        s.nvlinkDomain = s.acceleratorsPerNode;
    if (s.typicalKw > s.maxKw)
        r.fail("typical_kw", phrase(QT_TRANSLATE_NOOP("Finding", "exceeds max_kw")));
    if (s.cooling == CoolingType::Air && s.liquidFraction > 0.0)
        r.fail("liquid_fraction", phrase(QT_TRANSLATE_NOOP("Finding", "must be 0 for an air-cooled node")));
    if (s.cooling == CoolingType::Liquid && s.liquidFraction <= 0.0)
        r.fail("liquid_fraction", phrase(QT_TRANSLATE_NOOP("Finding", "must be > 0 for a liquid-cooled node")));
    if (s.computeNics > 0 && s.computeNicGbps <= 0.0)
        r.fail("compute_nic_gbps", phrase(QT_TRANSLATE_NOOP("Finding", "must be > 0 when compute_nics > 0")));
    if (s.storageNics > 0 && s.storageNicGbps <= 0.0)
        r.fail("storage_nic_gbps", phrase(QT_TRANSLATE_NOOP("Finding", "must be > 0 when storage_nics > 0")));
    // A scale-up domain larger than one node is a super-node's: it spans exactly its nodes.
    const long long superDomain = static_cast<long long>(s.supernodeNodes) * s.acceleratorsPerNode;
    if (s.supernodeNodes == 1)
        r.fail("supernode_nodes", phrase(QT_TRANSLATE_NOOP("Finding", "must be 0 (no super-node) or at least 2")));
    if (s.supernodeNodes > 1 && s.nvlinkDomain != superDomain)
        r.fail("nvlink_domain", phrase(QT_TRANSLATE_NOOP("Finding", "must equal supernode_nodes x accelerators_per_node (%1) for a super-node, got %2"),
                                       std::to_string(superDomain), std::to_string(s.nvlinkDomain)));
    if (s.supernodeNodes == 0 && s.nvlinkDomain > s.acceleratorsPerNode)
        r.fail("nvlink_domain", phrase(QT_TRANSLATE_NOOP("Finding", "exceeds accelerators_per_node; a domain spanning several nodes needs supernode_nodes")));
    if (s.supernodeNodes == 0 && (s.supernodeSwitchRacks > 0 || s.supernodeSwitchRackKw > 0.0))
        r.fail("supernode_switch_racks", phrase(QT_TRANSLATE_NOOP("Finding", "needs supernode_nodes")));
    if (s.supernodeSwitchRacks > 0 && s.supernodeSwitchRackKw <= 0.0)
        r.fail("supernode_switch_rack_kw", phrase(QT_TRANSLATE_NOOP("Finding", "must be > 0 when supernode_switch_racks > 0")));
}

void finishItem(SwitchSpec &s, const ItemReader &r)
{
    if (s.cageGbps > 0.0 && s.cages > 0 && s.ports * s.portGbps > s.cages * s.cageGbps + 1e-9)
        r.fail("ports", phrase(QT_TRANSLATE_NOOP("Finding", "ports x port_gbps exceeds cages x cage_gbps")));
    if (s.uplinks > 0 && s.uplinkGbps <= 0.0)
        r.fail("uplink_gbps", phrase(QT_TRANSLATE_NOOP("Finding", "must be > 0 when uplinks > 0")));
}

void finishItem(NicSpec &, const ItemReader &) {}
void finishItem(TransceiverSpec &, const ItemReader &) {}

void finishItem(MediumSpec &s, const ItemReader &r)
{
    const bool fibre = s.kind == MediumKind::MultiMode || s.kind == MediumKind::SingleMode;
    if (fibre && s.transceiverId.empty())
        r.fail("transceiver", phrase(QT_TRANSLATE_NOOP("Finding", "a fibre medium needs a transceiver")));
    if (!fibre && !s.transceiverId.empty())
        r.fail("transceiver", phrase(QT_TRANSLATE_NOOP("Finding", "a %1 cable has no transceiver"), toString(s.kind)));
    if (!fibre && !s.nicTransceiverId.empty())
        r.fail("nic_transceiver", phrase(QT_TRANSLATE_NOOP("Finding", "a %1 cable has no transceiver"),
                                         toString(s.kind)));
    if (fibre && s.portsPerEnd != 1)
        r.fail("ports_per_end", phrase(QT_TRANSLATE_NOOP("Finding", "a fibre cord carries one link (its module's links_per_module splits the cage)")));
    for (std::size_t i = 0; i < s.stockLengthsM.size(); ++i) {
        if (i > 0 && s.stockLengthsM[i] <= s.stockLengthsM[i - 1])
            r.fail("stock_lengths_m", phrase(QT_TRANSLATE_NOOP("Finding", "must be strictly ascending")));
        if (s.stockLengthsM[i] > s.maxReachM)
            r.fail("stock_lengths_m", phrase(QT_TRANSLATE_NOOP("Finding", "a stock length exceeds max_reach_m")));
    }
}

void finishItem(PatchPanelSpec &, const ItemReader &) {}
void finishItem(RackSpec &, const ItemReader &) {}

void finishItem(PowerSpec &s, const ItemReader &r)
{
    if (s.phases != 1 && s.phases != 3)
        r.fail("phases", phrase(QT_TRANSLATE_NOOP("Finding", "expected 1 or 3, got %1"), std::to_string(s.phases)));
}

void finishItem(CoolingSpec &, const ItemReader &) {}

template <class Spec>
void readSection(const Json &root, const char *section, std::map<std::string, Spec> &out)
{
    const auto it = root.find(section);
    if (it == root.end())
        return;
    if (!it->is_array())
        throw CatalogError(phrase(QT_TRANSLATE_NOOP("Finding", "catalog: %1: expected an array, got %2"),
                                  section, it->type_name()));
    std::size_t index = 0;
    for (const Json &obj : *it) {
        const std::string at = std::string(section) + "[" + std::to_string(index++) + "]";
        if (!obj.is_object())
            throw CatalogError(phrase(QT_TRANSLATE_NOOP("Finding", "catalog: %1: expected an object, got %2"),
                                      at, obj.type_name()));
        Spec spec;
        ItemReader reader(obj, at);
        reader.text("id", spec.id, Req::Required);
        if (!validId(spec.id))
            reader.fail("id", phrase(QT_TRANSLATE_NOOP("Finding", "%1 must use only a-z, 0-9, '-', '.', '_'"),
                                     jsonQuoted(spec.id)));
        reader.setWhere(std::string(section) + "[" + spec.id + "]");
        if (out.count(spec.id))
            reader.fail("id", phrase(QT_TRANSLATE_NOOP("Finding", "duplicate id %1"), jsonQuoted(spec.id)));
        reader.text("name", spec.name, Req::Required);
        // Optional: a user catalog may name its items in English only.
        reader.text("name_zh", spec.nameZh);
        catalog_detail::visitFields(reader, spec);
        readProvenance(obj, reader, spec.provenance);
        reader.rejectUnknownFields();
        finishItem(spec, reader);
        out.emplace(spec.id, std::move(spec));
    }
}

template <class Spec>
void writeSection(Json &root, const char *section, const std::map<std::string, Spec> &items)
{
    if (items.empty())
        return;
    Json array = Json::array();
    for (const auto &[id, spec] : items) {
        Json obj = Json::object();
        obj["id"] = spec.id;
        obj["name"] = spec.name;
        if (!spec.nameZh.empty())
            obj["name_zh"] = spec.nameZh;
        ItemWriter writer(obj);
        catalog_detail::visitFields(writer, spec);
        if (!spec.provenance.source.empty())
            obj["source"] = spec.provenance.source;
        if (!spec.provenance.estimated.empty())
            obj["estimated"] = spec.provenance.estimated;
        if (!spec.provenance.note.empty())
            obj["note"] = spec.provenance.note;
        array.push_back(std::move(obj));
    }
    root[section] = std::move(array);
}

/// Parses text, rejecting duplicate keys (nlohmann would keep the last silently).
Json parseStrict(const std::string &text)
{
    std::vector<std::set<std::string>> keys;
    auto callback = [&keys](int, Json::parse_event_t event, Json &parsed) {
        switch (event) {
        case Json::parse_event_t::object_start:
            keys.emplace_back();
            break;
        case Json::parse_event_t::object_end:
            keys.pop_back();
            break;
        case Json::parse_event_t::key:
            if (!keys.back().insert(parsed.get<std::string>()).second)
                throw CatalogError(phrase(QT_TRANSLATE_NOOP("Finding", "catalog: duplicate key %1"), parsed.dump()));
            break;
        default:
            break;
        }
        return true;
    };
    try {
        return Json::parse(text, callback);
    } catch (const Json::exception &e) {
        throw CatalogError(phrase(QT_TRANSLATE_NOOP("Finding", "catalog: invalid JSON: %1"), jsonError(e)));
    }
}

template <class Spec>
bool known(const std::map<std::string, Spec> &(Catalog::*items)() const, const Catalog &cat,
           const Catalog *fallback, const std::string &id)
{
    return (cat.*items)().count(id) || (fallback && (fallback->*items)().count(id));
}

} // namespace

Catalog Catalog::parse(const std::string &text, const Catalog *fallback)
{
    const Json root = parseStrict(text);
    if (!root.is_object())
        throw CatalogError(phrase(QT_TRANSLATE_NOOP("Finding", "catalog: expected a JSON object, got %1"),
                                  root.type_name()));
    const auto schema = root.find("schema");
    if (schema == root.end())
        throw CatalogError(phrase(QT_TRANSLATE_NOOP("Finding", "catalog: missing \"schema\" (expected \"%1\")"),
                                  std::string(kSchema)));
    if (!schema->is_string() || schema->get<std::string>() != kSchema)
        throw CatalogError(phrase(QT_TRANSLATE_NOOP("Finding", "catalog: unsupported schema %1 (expected \"%2\")"),
                                  schema->dump(), kSchema));

    static constexpr std::array<const char *, 12> topLevel{
        "schema", "description", "accelerators", "nodes", "switches", "nics",
        "transceivers", "media", "patch_panels", "racks", "power", "cooling"};
    for (const auto &item : root.items()) {
        const std::string &key = item.key(); // a plain reference: clang 14 cannot capture bindings
        if (std::none_of(topLevel.begin(), topLevel.end(), [&](const char *k) { return key == k; }))
            throw CatalogError(phrase(QT_TRANSLATE_NOOP("Finding", "catalog: unknown top-level field %1"),
                                      jsonQuoted(key)));
    }
    if (root.contains("description") && !root["description"].is_string())
        throw CatalogError(phrase(QT_TRANSLATE_NOOP("Finding", "catalog: description: expected a string")));

    Catalog cat;
    readSection(root, "accelerators", cat.m_accelerators);
    readSection(root, "nodes", cat.m_nodes);
    readSection(root, "switches", cat.m_switches);
    readSection(root, "nics", cat.m_nics);
    readSection(root, "transceivers", cat.m_transceivers);
    readSection(root, "media", cat.m_media);
    readSection(root, "patch_panels", cat.m_patchPanels);
    readSection(root, "racks", cat.m_racks);
    readSection(root, "power", cat.m_power);
    readSection(root, "cooling", cat.m_cooling);

    for (const auto &[id, node] : cat.m_nodes) {
        if (!known(&Catalog::accelerators, cat, fallback, node.acceleratorId))
            throw CatalogError(phrase(QT_TRANSLATE_NOOP("Finding", "catalog: nodes[%1].accelerator: unknown accelerator %2"),
                                      id, jsonQuoted(node.acceleratorId)));
    }
    for (const auto &[id, medium] : cat.m_media) {
        const std::string wantMedia = medium.kind == MediumKind::MultiMode ? "mm" : "sm";
        for (const auto &[field, ref] : {std::pair<const char *, const std::string *>{"transceiver", &medium.transceiverId},
                                         {"nic_transceiver", &medium.nicTransceiverId}}) {
            if (ref->empty())
                continue;
            const TransceiverSpec *t = cat.transceiver(*ref);
            if (!t && fallback)
                t = fallback->transceiver(*ref);
            if (!t)
                throw CatalogError(phrase(QT_TRANSLATE_NOOP("Finding", "catalog: media[%1].%2: unknown transceiver %3"),
                                          id, field, jsonQuoted(*ref)));
            if (t->media != wantMedia)
                throw CatalogError(phrase(QT_TRANSLATE_NOOP("Finding", "catalog: media[%1].%2: transceiver %3 is for \"%4\" fibre, not %5"),
                                          id, field, jsonQuoted(*ref), t->media, toString(medium.kind)));
        }
    }
    return cat;
}

Catalog Catalog::fromJson(const std::string &text)
{
    return parse(text, &builtin());
}

std::string Catalog::toJson() const
{
    Json root = Json::object();
    root["schema"] = kSchema;
    writeSection(root, "accelerators", m_accelerators);
    writeSection(root, "nodes", m_nodes);
    writeSection(root, "switches", m_switches);
    writeSection(root, "nics", m_nics);
    writeSection(root, "transceivers", m_transceivers);
    writeSection(root, "media", m_media);
    writeSection(root, "patch_panels", m_patchPanels);
    writeSection(root, "racks", m_racks);
    writeSection(root, "power", m_power);
    writeSection(root, "cooling", m_cooling);
    return root.dump(2) + "\n";
}

} // namespace hallwright
