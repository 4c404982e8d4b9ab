// CSV schedules for procurement and installers: bill of materials, cables, power, racks, rack elevations.
#pragma once

#include "analysis/analysis.h"
#include "report/report_words.h"

#include <string>
#include <vector>

namespace hallwright {

/// Each schedule is one RFC 4180 document (report/csv_writer.h): UTF-8 with a
/// byte-order mark, CRLF, a header row whose numeric columns carry their unit
/// (length_m, unit_price_cny, max_kw …), and the design's name in the first
/// column of every row, so that schedules of several halls can be merged.
/// Every text cell is neutralised against formula injection. An unknown
/// figure is an empty cell, never 0.
///
/// `words` (context "Csv") gives the column names and the word values (category,
/// fabric, tier, role, kind, price basis …) in the reader's language, and catalog
/// items by their Chinese names when it asks for them; by default they are the
/// English words scripts read. Ids, names and numbers are the same in every language.

/// Part, category, description, length, quantity, unit price, total, and the
/// catalog source of the price or "estimate".
std::string bomCsv(const Design &design, const Catalog &catalog, const Results &results, const ReportWords &words = {});
/// One row per cable with both ends as installers label them: row, rack,
/// floor grid, U, device, port name (report/installer_labels.h); medium id and
/// description beside it.
std::string cablesCsv(const Design &design, const Catalog &catalog, const ReportWords &words = {});
std::string powerCsv(const Design &design, const Results &results, const ReportWords &words = {});
std::string racksCsv(const Design &design, const Catalog &catalog, const ReportWords &words = {});
/// Rack elevations: per rack, top U first, one row per device (its U span)
/// and per run of empty units; zero-U devices (vertical PDUs) last as "0U".
std::string elevationsCsv(const Design &design, const Catalog &catalog, const ReportWords &words = {});

/// The design's name as the reports show it: the hall's name, else "Untitled".
std::string designName(const Design &design);

/// The names of the files exportCsv writes, in order.
const std::vector<std::string> &csvFileNames();

/// Writes bom.csv, cables.csv, power.csv, racks.csv and elevations.csv into
/// directory (created if missing). All are written and synced under temporary
/// names first, then renamed over the old ones, so a failure leaves the old
/// set and no partial file. Returns the paths written. Throws
/// std::runtime_error naming the file.
std::vector<std::string> exportCsv(const Design &design, const Catalog &catalog, const Results &results,
                                   const std::string &directory, const ReportWords &words = {});

} // namespace hallwright
