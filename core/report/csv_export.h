// CSV schedules for procurement and installers: bill of materials, cables, power, racks.
#pragma once

#include "analysis/analysis.h"

#include <string>
#include <vector>

namespace hallwright {

/// One CSV document: a header row and data rows, RFC 4180 quoting.
struct CsvTable
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;

    /// UTF-8 with a byte-order mark and CRLF line ends, so Excel and WPS open
    /// Chinese names correctly.
    std::string text() const;
};

CsvTable bomCsv(const Design &design, const Catalog &catalog, const Results &results);
CsvTable cablesCsv(const Design &design);
CsvTable powerCsv(const Design &design, const Catalog &catalog, const Results &results);
CsvTable racksCsv(const Design &design, const Catalog &catalog);

/// Writes bom.csv, cables.csv, power.csv and racks.csv into directory (created
/// if missing); each file is replaced only by its complete new version.
/// Returns the paths written. Throws std::runtime_error naming the file.
std::vector<std::string> exportCsv(const Design &design, const Catalog &catalog, const Results &results,
                                   const std::string &directory);

} // namespace hallwright
