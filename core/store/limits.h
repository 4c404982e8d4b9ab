// The documented limits of a project file (docs/cli.md, "Limits"): what a loaded or saved design may hold.
#pragma once

#include <cstdint>

namespace hallwright::store::limits {

// A project is read whole into memory before SQLite sees it (no second open,
// no sidecar files), so the file size bounds the memory of a load.
constexpr std::int64_t kMaxFileBytes = std::int64_t(1) << 30; // 1 GiB

// SQLite's own limits on the connection that reads an untrusted file.
constexpr int kSqliteMaxLength = 32 << 20;       // one string or blob
constexpr int kSqliteMaxSqlLength = 1 << 20;     // one statement, also the schema's CREATE texts
constexpr int kSqliteMaxColumns = 64;            // our widest table has 14
constexpr int kSqliteMaxExprDepth = 64;
constexpr int kSqliteMaxCompoundSelect = 4;
constexpr int kSqliteMaxFunctionArgs = 8;
constexpr int kSqliteMaxAttached = 0;
constexpr int kSqliteMaxLikePattern = 64;
constexpr int kSqliteMaxVariables = 64;
constexpr int kSqliteMaxTriggerDepth = 1;
constexpr int kSqliteMaxPageCount = (1 << 30) / 512; // the file-size limit at the smallest page size

// Rows per table.
constexpr std::int64_t kMaxObstacles = 10'000;
constexpr std::int64_t kMaxZones = 10'000;
constexpr std::int64_t kMaxRows = 10'000;
constexpr std::int64_t kMaxRacks = 50'000;
constexpr std::int64_t kMaxDevices = 1'000'000;
constexpr std::int64_t kMaxLinks = 4'000'000;
constexpr std::int64_t kMaxEquipment = 50'000;
constexpr std::int64_t kMaxTrays = 200'000;
constexpr std::int64_t kMaxMetaEntries = 64;

// Per rack and per power chain (these bound the power-failure sweep).
constexpr int kMaxDevicesPerRack = 256;
constexpr int kMaxPdusPerRack = 64;
constexpr int kMaxUpstreamDepth = 32; // equipment → upstream → … (utility, MV, transformer, UPS, PDU: 5 today)

// Text: names, ids, labels; the stored brief and user catalog (as briefs on the command line).
constexpr std::int64_t kMaxNameBytes = 1024;
constexpr std::int64_t kMaxJsonBytes = 16 << 20;

// Numbers. Lengths in metres.
constexpr double kMaxCoordinateM = 10'000.0;   // |x|, |y| of anything on the floor
constexpr double kMaxHallSideM = 10'000.0;
constexpr double kMaxCeilingM = 100.0;
constexpr double kMaxFloorLoadKgPerM2 = 100'000.0;
constexpr double kMaxRackSideM = 10.0;        // a rack's width or depth
constexpr double kMaxAreaSideM = 10'000.0;    // obstacles, zones, rows, equipment
constexpr int kMaxRackUnits = 100;            // rack height_u, device u_position and u_height
constexpr double kMaxRackKw = 10'000.0;       // power and cooling limits of one rack
constexpr double kMaxRackKg = 100'000.0;
constexpr int kMaxScalableUnit = 100'000;     // su: −1 (central) … this
constexpr int kMaxRail = 4096;                // rail: −1 … this
constexpr int kMaxPort = 1'000'000;           // a_port, b_port: −1 … this
constexpr double kMinLinkGbps = 1.0;          // a link's gbps is 0 (unknown) or within these
constexpr double kMaxLinkGbps = 100'000.0;
constexpr double kMaxLinkLengthM = 100'000.0;
constexpr double kMaxTrayMm = 10'000.0;       // width_mm, depth_mm
constexpr int kMaxTrayLevels = 16;

} // namespace hallwright::store::limits
