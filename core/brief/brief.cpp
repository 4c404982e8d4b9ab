// Brief JSON: strict reading (types, unknown and duplicate fields, JSON errors with position) and canonical writing.
#include "brief/brief.h"
#include "catalog/catalog.h"
#include "brief/brief_check.h"
#include "checks/json_error.h"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <vector>

namespace hallwright {

namespace {

using nlohmann::json;
using briefcheck::fail;

// Deeper than any brief needs (it has two levels); bounds the work done on hostile input.
constexpr std::size_t maxDepth = 32;

/// Builds the document through nlohmann's SAX interface rather than json::parse,
/// so errors carry the field being read, number overflow (1e999) carries a
/// position, and duplicate keys are refused instead of silently keeping the last.
class DocumentBuilder
{
public:
    explicit DocumentBuilder(const std::string &text) : m_text(text) {}

    json take() { return std::move(m_root); }

    bool null() { return add(json(nullptr)); }
    bool boolean(bool value) { return add(json(value)); }
    bool number_integer(json::number_integer_t value) { return add(json(value)); }
    bool number_unsigned(json::number_unsigned_t value) { return add(json(value)); }
    bool number_float(json::number_float_t value, const json::string_t &) { return add(json(value)); }
    bool string(json::string_t &value) { return add(json(std::move(value))); }
    bool binary(json::binary_t &) { return add(json(nullptr)); } // JSON text has no binary values

    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t &key)
    {
        Frame &frame = m_stack.back();
        frame.key = key;
        if (frame.value->contains(key))
            fail(path(), phrase(QT_TRANSLATE_NOOP("Finding", "duplicate field")));
        return true;
    }

    bool parse_error(std::size_t position, const std::string &lastToken, const json::exception &error)
    {
        // For a syntax error nlohmann reports the count of characters read, so the
        // offending one is the last; for a number overflow (406) it reports the end
        // of the number, and pointing at its first digit reads better.
        std::size_t offset = position > 0 ? position - 1 : 0;
        if (error.id == 406)
            offset = position >= lastToken.size() ? position - lastToken.size() : 0;
        offset = std::min(offset, m_text.size());
        const auto begin = m_text.begin();
        const auto line = 1 + std::count(begin, begin + static_cast<std::ptrdiff_t>(offset), '\n');
        const std::size_t lineStart = offset == 0 ? std::string::npos : m_text.rfind('\n', offset - 1);
        const std::size_t column = offset - (lineStart == std::string::npos ? 0 : lineStart + 1) + 1;

        // "[json.exception.parse_error.101] parse error at line 1, column 8: syntax error …": keep the tail.
        std::string detail = error.what();
        if (const auto close = detail.find("] "); close != std::string::npos)
            detail.erase(0, close + 2);
        if (detail.rfind("parse error", 0) == 0)
            if (const auto colon = detail.find(": "); colon != std::string::npos)
                detail.erase(0, colon + 2);
        // The detail quotes the raw input, which may hold broken UTF-8: keep the message ASCII.
        for (char &c : detail)
            if (static_cast<unsigned char>(c) >= 0x80)
                c = '?';
        const std::string where = path();
        fail(where.empty() ? "brief" : where,
             phrase(QT_TRANSLATE_NOOP("Finding", "invalid JSON at line %1, column %2: %3"), line, column,
                    jsonErrorDetail(briefcheck::printable(detail, 160))));
    }

private:
    struct Frame
    {
        json *value;
        std::string key;
    };

    static std::string joinPath(const std::string &parent, const std::string &key)
    {
        return parent.empty() ? key : parent + "." + key;
    }

    /// Path of the value being read now, e.g. "fabric.link_gbps" or "compute[2]".
    std::string path() const
    {
        std::string out;
        for (std::size_t i = 0; i < m_stack.size(); ++i) {
            const Frame &frame = m_stack[i];
            if (frame.value->is_array()) {
                const std::size_t size = frame.value->size();
                const std::size_t index = i + 1 < m_stack.size() ? size - 1 : size;
                out += fmt::format("{}[{}]", out.empty() ? "brief" : "", index);
            } else if (!frame.key.empty()) {
                out = joinPath(out, briefcheck::printable(frame.key, 40));
            }
        }
        return out;
    }

    json *place(json &&value)
    {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Frame &frame = m_stack.back();
        if (frame.value->is_array()) {
            frame.value->push_back(std::move(value));
            return &frame.value->back();
        }
        json &slot = (*frame.value)[frame.key];
        slot = std::move(value);
        return &slot;
    }

    bool add(json &&value)
    {
        place(std::move(value));
        return true;
    }

    bool open(json &&container)
    {
        if (m_stack.size() >= maxDepth) {
            const std::string where = path();
            fail(where.empty() ? "brief" : where, phrase(QT_TRANSLATE_NOOP("Finding", "nested more than %1 levels deep"),
                                                         maxDepth));
        }
        json *value = place(std::move(container));
        m_stack.push_back({value, {}});
        return true;
    }

    bool close()
    {
        m_stack.pop_back();
        return true;
    }

    const std::string &m_text;
    json m_root;
    std::vector<Frame> m_stack;
};

json parseDocument(const std::string &text)
{
    if (std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }))
        fail("brief", phrase(QT_TRANSLATE_NOOP("Finding", "empty input; expected a JSON object with \"schema\": \"%1\""),
                             briefSchema));
    DocumentBuilder builder(text);
    json::sax_parse(text, &builder, json::input_format_t::json, true, false);
    return builder.take();
}

/// "string \"10240\"", "boolean true", "an object": what was found instead, in words a
/// translation can follow (the value itself stays as typed).
Phrase describe(const json &value)
{
    const std::string shown = briefcheck::printable(value.dump(-1, ' ', false, json::error_handler_t::replace), 40);
    switch (value.type()) {
    case json::value_t::object: return phrase(QT_TRANSLATE_NOOP("Finding", "an object"));
    case json::value_t::array: return phrase(QT_TRANSLATE_NOOP("Finding", "an array"));
    case json::value_t::null: return phrase(QT_TRANSLATE_NOOP("Finding", "null"));
    case json::value_t::string: return phrase(QT_TRANSLATE_NOOP("Finding", "string %1"), shown);
    case json::value_t::boolean: return phrase(QT_TRANSLATE_NOOP("Finding", "boolean %1"), shown);
    default: return phrase(QT_TRANSLATE_NOOP("Finding", "number %1"), shown);
    }
}

[[noreturn]] void wrongType(const std::string &path, Phrase expected, const json &value)
{
    fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "must be %1, got %2"), std::move(expected), describe(value)));
}

double readNumber(const json &value, const std::string &path)
{
    if (!value.is_number())
        wrongType(path, phrase(QT_TRANSLATE_NOOP("Finding", "a number")), value);
    const double d = value.get<double>();
    if (!std::isfinite(d))
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "must be a finite number, got %1"), briefcheck::number(d)));
    return d;
}

/// A count. JSON has one number type, so 4.0 and 1e4 are accepted as whole numbers; 10240.5 is not.
long long readWhole(const json &value, const std::string &path)
{
    if (value.is_number_unsigned()) {
        const auto u = value.get<json::number_unsigned_t>();
        if (u > static_cast<json::number_unsigned_t>(std::numeric_limits<long long>::max()))
            fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "is too large, got %1"), u));
        return static_cast<long long>(u);
    }
    if (value.is_number_integer())
        return value.get<long long>();
    if (!value.is_number())
        wrongType(path, phrase(QT_TRANSLATE_NOOP("Finding", "a whole number")), value);
    const double d = readNumber(value, path);
    if (d != std::floor(d))
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "must be a whole number, got %1"), briefcheck::number(d)));
    if (std::abs(d) > 9.0e18)
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "is too large, got %1"), briefcheck::number(d)));
    return static_cast<long long>(d);
}

int readInt(const json &value, const std::string &path)
{
    const long long v = readWhole(value, path);
    briefcheck::checkInt(path, v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    return static_cast<int>(v);
}

bool readBool(const json &value, const std::string &path)
{
    if (!value.is_boolean())
        wrongType(path, phrase(QT_TRANSLATE_NOOP("Finding", "true or false")), value);
    return value.get<bool>();
}

std::string readString(const json &value, const std::string &path)
{
    if (!value.is_string())
        wrongType(path, phrase(QT_TRANSLATE_NOOP("Finding", "a string")), value);
    return value.get<std::string>();
}

template <typename Enum>
Enum readEnum(const json &value, const std::string &path, std::optional<Enum> (*fromString)(std::string_view),
              std::initializer_list<Enum> all)
{
    std::string valid;
    for (Enum e : all)
        valid += fmt::format("{}\"{}\"", valid.empty() ? "" : ", ", toString(e));
    if (!value.is_string())
        wrongType(path, phrase(QT_TRANSLATE_NOOP("Finding", "one of %1"), valid), value);
    const std::string text = value.get<std::string>();
    if (const auto parsed = fromString(text))
        return *parsed;
    fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "must be one of %1, got \"%2\""),
                      valid, briefcheck::printable(text)));
}

/// One object of the brief, with its known field names. Reading a field gives
/// nullptr when it is absent or null (null means "use the default").
class Section
{
public:
    Section(const json *object, std::string sectionPath, std::initializer_list<const char *> known)
        : m_object(object), m_path(std::move(sectionPath))
    {
        if (!m_object || m_object->is_null()) {
            m_object = nullptr;
            return;
        }
        if (!m_object->is_object())
            wrongType(m_path, phrase(QT_TRANSLATE_NOOP("Finding", "an object")), *m_object);
        for (const auto &[key, value] : m_object->items()) {
            if (std::none_of(known.begin(), known.end(), [&key = key](const char *k) { return key == k; })) {
                std::string list;
                for (const char *k : known)
                    list += fmt::format("{}{}", list.empty() ? "" : ", ", k);
                fail(path(briefcheck::printable(key, 40)),
                     m_path.empty() ? phrase(QT_TRANSLATE_NOOP("Finding", "unknown field (known fields: %1)"), list)
                                    : phrase(QT_TRANSLATE_NOOP("Finding", "unknown field (known fields of %1: %2)"),
                                             m_path, list));
            }
        }
    }

    const json *get(const char *key) const
    {
        if (!m_object)
            return nullptr;
        const auto it = m_object->find(key);
        return it == m_object->end() || it->is_null() ? nullptr : &*it;
    }

    std::string path(const std::string &key) const { return m_path.empty() ? key : m_path + "." + key; }

    /// Assigns target from the field if present; reader(value, path) converts it.
    template <typename T, typename Reader>
    void read(const char *key, T &target, Reader reader) const
    {
        if (const json *v = get(key))
            target = reader(*v, path(key));
    }

private:
    const json *m_object;
    std::string m_path;
};

const json *member(const json &doc, const char *key)
{
    const auto it = doc.find(key);
    return it == doc.end() ? nullptr : &*it;
}

void checkSchema(const json &doc)
{
    const json *schema = member(doc, "schema");
    if (!schema)
        fail("schema", phrase(QT_TRANSLATE_NOOP("Finding", "missing; a brief starts with \"schema\": \"%1\""),
                              briefSchema));
    if (!schema->is_string())
        wrongType("schema", phrase(QT_TRANSLATE_NOOP("Finding", "a string")), *schema);
    if (schema->get<std::string>() != briefSchema)
        fail("schema", phrase(QT_TRANSLATE_NOOP("Finding", "unsupported \"%1\"; this version reads \"%2\""),
                              briefcheck::printable(schema->get<std::string>()), briefSchema));
}

void readCompute(const Section &s, ComputeBrief &c)
{
    s.read("platform", c.platform, readString);
    s.read("accelerators", c.accelerators, readWhole);
    if (const json *v = s.get("nodes_per_rack"))
        c.nodesPerRack = readInt(*v, s.path("nodes_per_rack"));
}

void readFabric(const Section &s, FabricBrief &f)
{
    // An empty id means "default" in the struct, so an explicit empty one is refused here.
    if (const json *v = s.get("switch")) {
        f.switchId = readString(*v, s.path("switch"));
        if (f.switchId.empty())
            fail(s.path("switch"), phrase(QT_TRANSLATE_NOOP("Finding", "must not be empty (omit it or use null for the default)")));
    }
    if (const json *v = s.get("switch_radix"))
        f.switchRadix = readInt(*v, s.path("switch_radix"));
    if (const json *v = s.get("link_gbps"))
        f.linkGbps = readNumber(*v, s.path("link_gbps"));
    if (const json *v = s.get("tiers")) {
        const std::string path = s.path("tiers");
        if (v->is_string() && v->get<std::string>() == "auto")
            f.tiers = 0;
        else if (!v->is_number())
            wrongType(path, phrase(QT_TRANSLATE_NOOP("Finding", "\"auto\", 2 or 3")), *v);
        else if (const long long t = readWhole(*v, path); t == 2 || t == 3)
            f.tiers = static_cast<int>(t);
        else
            fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "must be \"auto\", 2 or 3, got %1"), t));
    }
    s.read("oversubscription", f.oversubscription, readNumber);
    s.read("rail_optimized", f.railOptimized, readBool);
    s.read("nodes_per_su", f.nodesPerSu, readInt);
}

void readPower(const Section &s, PowerBrief &p)
{
    if (const json *v = s.get("redundancy"))
        p.redundancy = readEnum(*v, s.path("redundancy"), redundancyFromString,
                                {Redundancy::N, Redundancy::NPlus1, Redundancy::TwoN});
    if (const json *v = s.get("pue"))
        p.pue = readNumber(*v, s.path("pue"));
    s.read("load_factor", p.loadFactor, readNumber);
    s.read("electricity_price_per_kwh", p.electricityPricePerKwh, readNumber);
}

/// A number, or a list of one number per lease year (a ramp); the list's length is checked in resolveBrief.
void readPerYear(const Section &s, const char *key, double &constant, std::vector<double> &byYear)
{
    const json *v = s.get(key);
    if (!v)
        return;
    const std::string path = s.path(key);
    if (v->is_array()) {
        if (v->empty())
            fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "must be a number or a non-empty list of numbers, one a year")));
        byYear.clear();
        for (std::size_t i = 0; i < v->size(); ++i)
            byYear.push_back(readNumber((*v)[i], fmt::format("{}[{}]", path, i)));
        constant = byYear.front();
        return;
    }
    if (!v->is_number())
        wrongType(path, phrase(QT_TRANSLATE_NOOP("Finding", "a number or a list of numbers, one a year")), *v);
    constant = readNumber(*v, path);
    byYear.clear();
}

ActivationRecompute readRecompute(const json &value, const std::string &path)
{
    if (value.is_boolean())
        return value.get<bool>() ? ActivationRecompute::Full : ActivationRecompute::None;
    if (!value.is_string())
        wrongType(path, phrase(QT_TRANSLATE_NOOP("Finding", "false, true, \"none\", \"selective\" or \"full\"")), value);
    return readEnum(value, path, activationRecomputeFromString,
                    {ActivationRecompute::None, ActivationRecompute::Selective, ActivationRecompute::Full});
}

void readTraining(const Section &s, TrainingBrief &t)
{
    s.read("params", t.params, readNumber);
    s.read("tokens", t.tokens, readNumber);
    if (const json *v = s.get("mfu"))
        t.mfu = readNumber(*v, s.path("mfu"));
    if (const json *v = s.get("activation_recompute"))
        t.activationRecompute = readRecompute(*v, s.path("activation_recompute"));
    s.read("sequence_length", t.sequenceLength, readInt);
    if (const json *v = s.get("global_batch_tokens"))
        t.globalBatchTokens = readNumber(*v, s.path("global_batch_tokens"));
    const Section p(s.get("parallelism"), s.path("parallelism"), {"tp", "pp", "dp", "micro_batch", "virtual_stages"});
    if (const json *v = p.get("tp"))
        t.parallelism.tp = readInt(*v, p.path("tp"));
    if (const json *v = p.get("pp"))
        t.parallelism.pp = readInt(*v, p.path("pp"));
    if (const json *v = p.get("dp"))
        t.parallelism.dp = readWhole(*v, p.path("dp"));
    if (const json *v = p.get("micro_batch"))
        t.parallelism.microBatch = readInt(*v, p.path("micro_batch"));
    if (const json *v = p.get("virtual_stages"))
        t.parallelism.virtualStages = readInt(*v, p.path("virtual_stages"));
    s.read("zero_stage", t.zeroStage, readInt);
    s.read("overlap_communication", t.overlapCommunication, readBool);
    if (const json *v = s.get("gemm_efficiency"))
        t.gemmEfficiency = readNumber(*v, s.path("gemm_efficiency"));
}

void readLease(const Section &s, LeaseBrief &l)
{
    s.read("currency", l.currency, readString);
    s.read("years", l.years, readInt);
    // price_per_accelerator_hour has a default, so naming the per-node price clears it;
    // both given explicitly is ambiguous and resolveBrief refuses it.
    const json *hourly = s.get("price_per_accelerator_hour");
    if (const json *monthly = s.get("price_per_node_month")) {
        l.pricePerNodeMonth = readNumber(*monthly, s.path("price_per_node_month"));
        l.pricePerAcceleratorHour.reset();
    }
    if (hourly)
        l.pricePerAcceleratorHour = readNumber(*hourly, s.path("price_per_accelerator_hour"));
    s.read("price_change_per_year", l.priceChangePerYear, readNumber);
    readPerYear(s, "utilization", l.utilization, l.utilizationByYear);
    readPerYear(s, "tax_refund_per_year", l.taxRefundPerYear, l.taxRefundByYear);
    if (const json *v = s.get("capex_total"))
        l.capexTotal = readNumber(*v, s.path("capex_total"));
    if (const json *v = s.get("capex_per_node"))
        l.capexPerNode = readNumber(*v, s.path("capex_per_node"));
    if (const json *v = s.get("facility"))
        l.facility = readEnum(*v, s.path("facility"), facilityModeFromString,
                              {FacilityMode::Build, FacilityMode::Colocation});
    if (const json *v = s.get("facility_capex_total"))
        l.facilityCapexTotal = readNumber(*v, s.path("facility_capex_total"));
    s.read("facility_depreciation_years", l.facilityDepreciationYears, readInt);
    if (const json *v = s.get("colocation_price_per_kw_month"))
        l.colocationPricePerKwMonth = readNumber(*v, s.path("colocation_price_per_kw_month"));
    if (const json *v = s.get("fx_cny_per_usd"))
        l.fxCnyPerUsd = readNumber(*v, s.path("fx_cny_per_usd"));
    s.read("om_fraction_per_year", l.omFractionPerYear, readNumber);
    s.read("extra_opex_per_year", l.extraOpexPerYear, readNumber);
    if (const json *v = s.get("electricity_paid_by"))
        l.electricityPaidBy = readEnum(*v, s.path("electricity_paid_by"), electricityPayerFromString,
                                       {ElectricityPayer::Lessor, ElectricityPayer::Lessee});
    s.read("debt_fraction", l.debtFraction, readNumber);
    s.read("interest_rate", l.interestRate, readNumber);
    s.read("loan_years", l.loanYears, readInt);
    s.read("tax_rate", l.taxRate, readNumber);
    s.read("depreciation_years", l.depreciationYears, readInt);
    s.read("residual_fraction", l.residualFraction, readNumber);
    s.read("discount_rate", l.discountRate, readNumber);
}

} // namespace

Brief parseBrief(const std::string &jsonText, const Catalog &catalog)
{
    const json doc = parseDocument(jsonText);
    if (!doc.is_object())
        wrongType("brief", phrase(QT_TRANSLATE_NOOP("Finding", "a JSON object")), doc);
    checkSchema(doc);

    const Section top(&doc, "",
                      {"schema", "name", "compute", "fabric", "power", "cooling", "hall", "training", "lease"});
    Brief brief;
    top.read("name", brief.name, readString);
    readCompute(Section(member(doc, "compute"), "compute", {"platform", "accelerators", "nodes_per_rack"}),
                brief.compute);
    readFabric(Section(member(doc, "fabric"), "fabric",
                       {"switch", "switch_radix", "link_gbps", "tiers", "oversubscription", "rail_optimized",
                        "nodes_per_su"}),
               brief.fabric);
    readPower(Section(member(doc, "power"), "power",
                      {"redundancy", "pue", "load_factor", "electricity_price_per_kwh"}),
              brief.power);
    const Section cooling(member(doc, "cooling"), "cooling", {"mode", "rear_doors"});
    if (const json *v = cooling.get("mode"))
        brief.cooling.mode = readEnum(*v, cooling.path("mode"), coolingModeFromString,
                                      {CoolingMode::Auto, CoolingMode::Air, CoolingMode::Liquid});
    if (const json *v = cooling.get("rear_doors"))
        brief.cooling.rearDoors = readBool(*v, cooling.path("rear_doors"));
    const Section hall(member(doc, "hall"), "hall", {"width_m", "depth_m"});
    if (const json *v = hall.get("width_m"))
        brief.hall.widthM = readNumber(*v, hall.path("width_m"));
    if (const json *v = hall.get("depth_m"))
        brief.hall.depthM = readNumber(*v, hall.path("depth_m"));
    readTraining(Section(member(doc, "training"), "training", {"params", "tokens", "mfu", "activation_recompute", "sequence_length",
                                                                  "global_batch_tokens", "parallelism", "zero_stage",
                                                                  "overlap_communication", "gemm_efficiency"}),
                 brief.training);
    readLease(Section(member(doc, "lease"), "lease",
                      {"currency", "years", "price_per_accelerator_hour", "price_per_node_month", "price_change_per_year",
                       "utilization", "tax_refund_per_year", "capex_total", "capex_per_node", "facility",
                       "facility_capex_total", "facility_depreciation_years", "colocation_price_per_kw_month",
                       "fx_cny_per_usd", "om_fraction_per_year", "extra_opex_per_year",
                       "electricity_paid_by", "debt_fraction", "interest_rate", "loan_years", "tax_rate",
                       "depreciation_years", "residual_fraction", "discount_rate"}),
              brief.lease);
    // A rack-scale system's SU is counted in racks: NVIDIA's GB200 NVL72 SU is
    // 8 racks (576 GPUs), so an omitted nodes_per_su means 8 there, 32 elsewhere.
    const json *fabric = member(doc, "fabric");
    // member() returns null for a missing section; the section was validated as an object above.
    const bool suGiven = fabric && fabric->contains("nodes_per_su") && !fabric->at("nodes_per_su").is_null();
    // A super-node (CloudMatrix 384) is one SU, so its scale-up domain never straddles two.
    const NodeSpec *node = catalog.node(brief.compute.platform);
    if (node && !suGiven) {
        if (node->supernodeNodes > 1)
            brief.fabric.nodesPerSu = node->supernodeNodes;
        else if (node->rackScale)
            brief.fabric.nodesPerSu = kRackScaleNodesPerSu;
    }
    return briefcheck::resolve(std::move(brief), catalog, !suGiven);
}

std::string toJson(const Brief &b)
{
    // ordered_json keeps the field order of docs/cli.md, so written briefs read like the contract.
    using ojson = nlohmann::ordered_json;
    ojson doc;
    doc["schema"] = briefSchema;
    doc["name"] = b.name;
    doc["compute"] = {{"platform", b.compute.platform},
                      {"accelerators", b.compute.accelerators},
                      {"nodes_per_rack", b.compute.nodesPerRack ? ojson(*b.compute.nodesPerRack) : ojson(nullptr)}};
    const FabricBrief &f = b.fabric;
    doc["fabric"] = {{"switch", f.switchId.empty() ? ojson(nullptr) : ojson(f.switchId)},
                     {"switch_radix", f.switchRadix ? ojson(*f.switchRadix) : ojson(nullptr)},
                     {"link_gbps", f.linkGbps ? ojson(*f.linkGbps) : ojson(nullptr)},
                     {"tiers", f.tiers == 0 ? ojson("auto") : ojson(f.tiers)},
                     {"oversubscription", f.oversubscription},
                     {"rail_optimized", f.railOptimized},
                     {"nodes_per_su", f.nodesPerSu}};
    doc["power"] = {{"redundancy", toString(b.power.redundancy)},
                    {"pue", b.power.pue ? ojson(*b.power.pue) : ojson(nullptr)},
                    {"load_factor", b.power.loadFactor},
                    {"electricity_price_per_kwh", b.power.electricityPricePerKwh}};
    doc["cooling"] = {{"mode", toString(b.cooling.mode)},
                      {"rear_doors", b.cooling.rearDoors ? ojson(*b.cooling.rearDoors) : ojson(nullptr)}};
    doc["hall"] = {{"width_m", b.hall.widthM ? ojson(*b.hall.widthM) : ojson(nullptr)},
                   {"depth_m", b.hall.depthM ? ojson(*b.hall.depthM) : ojson(nullptr)}};
    const auto opt = [](const std::optional<double> &v) { return v ? ojson(*v) : ojson(nullptr); };
    const auto optInt = [](const auto &v) { return v ? ojson(*v) : ojson(nullptr); };
    const TrainingBrief &t = b.training;
    const ParallelismBrief &p = t.parallelism;
    doc["training"] = {{"params", t.params},
                       {"tokens", t.tokens},
                       {"mfu", opt(t.mfu)},
                       {"activation_recompute",
                        t.activationRecompute ? ojson(toString(*t.activationRecompute)) : ojson(nullptr)},
                       {"sequence_length", t.sequenceLength},
                       {"global_batch_tokens", opt(t.globalBatchTokens)},
                       {"parallelism", p.empty() ? ojson(nullptr)
                                                 : ojson{{"tp", optInt(p.tp)},
                                                         {"pp", optInt(p.pp)},
                                                         {"dp", optInt(p.dp)},
                                                         {"micro_batch", optInt(p.microBatch)},
                                                         {"virtual_stages", optInt(p.virtualStages)}}},
                       {"zero_stage", t.zeroStage},
                       {"overlap_communication", t.overlapCommunication},
                       {"gemm_efficiency", opt(t.gemmEfficiency)}};
    const LeaseBrief &l = b.lease;
    const auto perYear = [](double constant, const std::vector<double> &byYear) {
        return byYear.empty() ? ojson(constant) : ojson(byYear);
    };
    doc["lease"] = {{"currency", l.currency},
                    {"years", l.years},
                    {"price_per_accelerator_hour", opt(l.pricePerAcceleratorHour)},
                    {"price_per_node_month", opt(l.pricePerNodeMonth)},
                    {"price_change_per_year", l.priceChangePerYear},
                    {"utilization", perYear(l.utilization, l.utilizationByYear)},
                    {"tax_refund_per_year", perYear(l.taxRefundPerYear, l.taxRefundByYear)},
                    {"capex_total", opt(l.capexTotal)},
                    {"capex_per_node", opt(l.capexPerNode)},
                    {"facility", toString(l.facility)},
                    {"facility_capex_total", opt(l.facilityCapexTotal)},
                    {"facility_depreciation_years", l.facilityDepreciationYears},
                    {"colocation_price_per_kw_month", opt(l.colocationPricePerKwMonth)},
                    {"fx_cny_per_usd", opt(l.fxCnyPerUsd)},
                    {"om_fraction_per_year", l.omFractionPerYear},
                    {"extra_opex_per_year", l.extraOpexPerYear},
                    {"electricity_paid_by", toString(l.electricityPaidBy)},
                    {"debt_fraction", l.debtFraction},
                    {"interest_rate", l.interestRate},
                    {"loan_years", l.loanYears},
                    {"tax_rate", l.taxRate},
                    {"depreciation_years", l.depreciationYears},
                    {"residual_fraction", l.residualFraction},
                    {"discount_rate", l.discountRate}};
    // Non-finite numbers would be written as null; replace keeps a name with broken UTF-8 writable.
    return doc.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

} // namespace hallwright
