// hallwright-cli catalog [FILE.hall] [--json]: one line per catalog item, in the user's language.
#include "catalog_command.h"

#include "cli_commands.h"
#include "cli_support.h"
#include "cli_text.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdio>

namespace hallwright::cli {

namespace {

/// Where an item's figures come from: its source, and the fields that are estimates.
std::string provenanceText(const Provenance &p)
{
    std::string s = p.source.empty() ? text(QT_TRANSLATE_NOOP("hallwright-cli", "estimate")) : p.source;
    if (!p.estimated.empty()) {
        std::string fields;
        const std::string between = chineseText() ? "、" : " ";
        for (const std::string &f : p.estimated)
            fields += (fields.empty() ? "" : between) + catalogFieldText(f);
        s += " " + fillSlots(text(QT_TRANSLATE_NOOP("hallwright-cli", "[estimated: %1]")), {fields});
    }
    return s;
}

/// The item's name in the user's language: the catalog's Chinese name when it has one.
template <typename Spec>
std::string nameOf(const Spec &spec)
{
    return chineseText() && !spec.nameZh.empty() ? spec.nameZh : spec.name;
}

/// The catalog's kind of an item (toString of MediumKind, PowerKind, CoolingKind: "copper-1g",
/// "busway" …) in the user's language, padded to `width` terminal columns; the ids stay ids.
std::string kindText(const char *kind, int width)
{
    [[maybe_unused]] static constexpr const char *kWords[] = {
        QT_TRANSLATE_NOOP("hallwright-cli", "dac"), QT_TRANSLATE_NOOP("hallwright-cli", "acc"),
        QT_TRANSLATE_NOOP("hallwright-cli", "aoc"), QT_TRANSLATE_NOOP("hallwright-cli", "multimode"),
        QT_TRANSLATE_NOOP("hallwright-cli", "singlemode"), QT_TRANSLATE_NOOP("hallwright-cli", "copper-1g"),
        QT_TRANSLATE_NOOP("hallwright-cli", "pdu"), QT_TRANSLATE_NOOP("hallwright-cli", "busway"),
        QT_TRANSLATE_NOOP("hallwright-cli", "rpp"), QT_TRANSLATE_NOOP("hallwright-cli", "ups"),
        QT_TRANSLATE_NOOP("hallwright-cli", "transformer"), QT_TRANSLATE_NOOP("hallwright-cli", "generator"),
        QT_TRANSLATE_NOOP("hallwright-cli", "switchgear"), QT_TRANSLATE_NOOP("hallwright-cli", "mcc"),
        QT_TRANSLATE_NOOP("hallwright-cli", "battery"), QT_TRANSLATE_NOOP("hallwright-cli", "crah"),
        QT_TRANSLATE_NOOP("hallwright-cli", "fan-wall"), QT_TRANSLATE_NOOP("hallwright-cli", "cdu"),
        QT_TRANSLATE_NOOP("hallwright-cli", "chiller"), QT_TRANSLATE_NOOP("hallwright-cli", "dry-cooler"),
        QT_TRANSLATE_NOOP("hallwright-cli", "pump")};
    return padded(text(kind), width);
}

void heading(const char *source)
{
    std::printf("%s\n", text(source).c_str());
}

} // namespace

int cmdCatalog(const std::vector<std::string> &args)
{
    const Options o = parseOptions("catalog", args, {}, {"--json"});
    if (o.positionals.size() > 1)
        fail("catalog", phrase(QT_TRANSLATE_NOOP("Finding", "unexpected argument '%1'"), o.positionals[1]));
    const Catalog c = o.positionals.empty() ? Catalog::builtin() : loadInput(o.positionals.front()).catalog;
    if (o.has("--json")) {
        std::printf("%s\n", nlohmann::json::parse(c.toJson()).dump(2).c_str());
        return kExitOk;
    }
    heading(QT_TRANSLATE_NOOP("hallwright-cli", "Accelerators"));
    for (const auto &[id, a] : c.accelerators())
        std::printf("  %s %s BF16 %6.0f TFLOP/s  %5.0f W  %4.0f GB   %s\n", padded(id, 16).c_str(),
                    padded(nameOf(a), 28).c_str(), a.bf16DenseTflops, a.tdpW, a.memoryGb,
                    provenanceText(a.provenance).c_str());
    heading(QT_TRANSLATE_NOOP("hallwright-cli", "Compute nodes"));
    for (const auto &[id, n] : c.nodes())
        std::printf("  %s %s %3d × %-10s %5.1f kW  %2dU  %2d × %3.0fG  %s\n", padded(id, 16).c_str(),
                    padded(nameOf(n), 28).c_str(), n.acceleratorsPerNode, n.acceleratorId.c_str(), n.maxKw, n.uHeight,
                    n.computeNics, n.computeNicGbps, provenanceText(n.provenance).c_str());
    heading(QT_TRANSLATE_NOOP("hallwright-cli", "Switches"));
    for (const auto &[id, s] : c.switches())
        std::printf("  %s %s %3d × %4.0fG  %2dU  %5.0f W  %s\n", padded(id, 16).c_str(), padded(nameOf(s), 28).c_str(),
                    s.ports, s.portGbps, s.uHeight, s.maxW, provenanceText(s.provenance).c_str());
    heading(QT_TRANSLATE_NOOP("hallwright-cli", "Transceivers"));
    for (const auto &[id, t] : c.transceivers())
        std::printf("  %s %s %d × %4.0fG  %5.0f m  %s\n", padded(id, 22).c_str(), padded(nameOf(t), 34).c_str(),
                    t.linksPerModule, t.gbps, t.reachM, provenanceText(t.provenance).c_str());
    heading(QT_TRANSLATE_NOOP("hallwright-cli", "Cables"));
    for (const auto &[id, m] : c.media())
        std::printf("  %s %s %s %4.0fG  ≤ %5.0f m  %s\n", padded(id, 22).c_str(), padded(nameOf(m), 34).c_str(),
                    kindText(toString(m.kind), 6).c_str(), m.gbps, m.maxReachM, provenanceText(m.provenance).c_str());
    heading(QT_TRANSLATE_NOOP("hallwright-cli", "Power"));
    for (const auto &[id, p] : c.powerItems())
        std::printf("  %s %s %s %7.0f kW  %s\n", padded(id, 22).c_str(), padded(nameOf(p), 34).c_str(),
                    kindText(toString(p.kind), 11).c_str(), p.ratedKw, provenanceText(p.provenance).c_str());
    heading(QT_TRANSLATE_NOOP("hallwright-cli", "Cooling"));
    for (const auto &[id, k] : c.coolingItems())
        std::printf("  %s %s %s %7.0f kW  %s\n", padded(id, 22).c_str(), padded(nameOf(k), 34).c_str(),
                    kindText(toString(k.kind), 8).c_str(), k.capacityKw, provenanceText(k.provenance).c_str());
    return kExitOk;
}

} // namespace hallwright::cli
