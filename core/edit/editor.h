// Edit operations on a design: validate, apply with incremental re-analysis, undo exactly.
#pragma once

#include "checks/phrase.h"

#include "analysis/analysis.h"
#include "catalog/catalog.h"
#include "model/design.h"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

namespace hallwright::edit {

// Operations (plain data). Ids are the model's typed ids; lengths in metres.

/// Moves racks by a vector (snapping is the caller's); they keep their row, devices and links.
struct MoveRacks
{
    std::vector<RackId> racks;
    double dxM = 0, dyM = 0;
};
/// Moves whole rows (their area and every rack in them) by a vector.
struct MoveRows
{
    std::vector<RowId> rows;
    double dxM = 0, dyM = 0;
};
/// Turns a row by 180° about its centre: rack order reversed, every rack's facing flipped.
struct RotateRow
{
    RowId row;
};
/// Adds a rack to a row: a copy of `likeRack` (devices, PDUs and links to the same switches at
/// free ports), or else a rack of catalog platform `platform` filled as the layout would fill it.
/// It goes at `xM` (its west edge), or else right after the row's east end.
struct AddRack
{
    RowId row;
    std::optional<RackId> likeRack;
    std::string platform;
    std::optional<double> xM;
};
/// Adds a row: a copy of `likeRow` (every rack as AddRack copies it) shifted by (dxM, dyM).
struct AddRow
{
    std::optional<RowId> likeRow;
    double dxM = 0, dyM = 0;
};
/// Copies racks (as AddRack copies a rack) into their own rows, shifted by (dxM, dyM).
struct DuplicateRacks
{
    std::vector<RackId> racks;
    double dxM = 0, dyM = 0;
};
/// Removes racks with their devices and every link to those devices.
struct DeleteRacks
{
    std::vector<RackId> racks;
};
/// Removes rows with their racks (as DeleteRacks).
struct DeleteRows
{
    std::vector<RowId> rows;
};
/// Sets a brief input (JSON path such as "power.redundancy", value as JSON text such as
/// "\"N+1\"") and regenerates the design from the edited brief, keeping the design's name.
struct SetInput
{
    std::string path;
    std::string valueJson;
};

using Op = std::variant<MoveRacks, MoveRows, RotateRow, AddRack, AddRow, DuplicateRacks, DeleteRacks, DeleteRows,
                        SetInput>;

/// Short name of an operation ("move_rack", "set" …), as in OPS.json.
const char *opName(const Op &op);

/// What an applied edit touched, so that views repaint only that.
struct ChangeSet
{
    std::vector<RackId> racks;          ///< moved, added, removed or re-cabled racks
    std::vector<RowId> rows;
    std::vector<EquipmentId> equipment;
    bool linksChanged = false;          ///< cables re-routed / added / removed
    bool structural = false;            ///< items added or removed: views rebuild
    bool regenerated = false;           ///< a SetInput regenerated the design: views rebuild everything

    bool operator==(const ChangeSet &) const = default;
};

/// An operation that cannot be applied; what() is the reason, one line.
class EditRefused : public std::runtime_error
{
public:
    explicit EditRefused(const std::string &reason) : std::runtime_error(reason), m_text(literal(reason)) {}
    /// A reason the interface can translate (what() is its English).
    explicit EditRefused(Phrase reason) : std::runtime_error(reason.english()), m_text(std::move(reason)) {}
    const Phrase &text() const { return m_text; }

private:
    Phrase m_text;
};

/// A malformed edit script; what() names the operation's index ("op 3: …").
class EditError : public PhrasedException<std::runtime_error>
{
public:
    using PhrasedException::PhrasedException;
};

/// Restores the design and results from before one applied edit (opaque).
class UndoToken
{
public:
    ~UndoToken();
    UndoToken(const UndoToken &) = delete;
    UndoToken &operator=(const UndoToken &) = delete;

    struct Data;

private:
    friend class Editor;
    explicit UndoToken(std::unique_ptr<Data> data);
    std::unique_ptr<Data> d;
};

/// Owns one design, its catalog and its current Results, kept equal to a full
/// analyze() of the design after every edit (re-analysing incrementally: a move
/// re-routes only the moved racks' cables and re-runs only the stages that depend
/// on positions, see IncrementalAnalysis; other edits re-analyse fully).
///
/// Undo, as a QUndoCommand uses it: redo() calls apply(op) and keeps the returned
/// token; undo() calls revert(*token). Tokens are reverted newest first (a merged
/// drag command keeps its steps' tokens and reverts them in reverse order, and
/// redoes by applying its ops again in order). After revert() the design and every
/// figure of results() are bit for bit what they were before the apply().
class Editor
{
public:
    /// Runs the full analysis once.
    Editor(Design design, Catalog catalog);
    ~Editor();
    Editor(Editor &&) noexcept;
    Editor &operator=(Editor &&) noexcept;

    const Design &design() const;
    const Catalog &catalog() const;
    const Results &results() const;

    /// Why op cannot be applied (collision, outside the hall, aisle below minimum,
    /// rack power limit, unknown id …), or nullopt. Cheap: callable on every mouse move.
    std::optional<Phrase> check(const Op &op) const;

    /// Validates then applies with incremental re-analysis; throws EditRefused(reason)
    /// and changes nothing when it cannot. The returned token undoes it exactly
    /// (bit-identical design and results).
    struct Applied
    {
        ChangeSet changed;
        std::shared_ptr<const UndoToken> undo;
    };
    Applied apply(const Op &op);

    /// Undoes the most recent edit not yet undone (its token); redo = apply(op) again.
    /// Throws std::logic_error for a token out of order.
    ChangeSet revert(const UndoToken &undo);

    /// Swaps in a whole new design (from regenerate(), run off the UI thread), analysing it;
    /// its token restores the previous design and results.
    Applied replaceDesign(Design design);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// The design regenerated from its stored brief with `path` set to `valueJson`
/// (slow: synthesis; the app runs it on a copy off the UI thread). Keeps the
/// design's name and user catalog items. Throws BriefError (naming the path),
/// LayoutError or another engine error; EditRefused when the design has no brief.
Design regenerate(const Design &design, const Catalog &catalog, const std::string &path, const std::string &valueJson);

/// Scripts: parse OPS.json (a list of ops, racks and rows named as in the design);
/// throws EditError whose message names the op index.
std::vector<Op> parseOps(const std::string &json, const Design &design);

} // namespace hallwright::edit
