// Test-only hooks into saveProject, used to inject write failures at chosen moments.
#pragma once

#include <cstdint>
#include <functional>

namespace hallwright::testing {

/// Moments of a save at which the hook is called.
enum class SaveStage {
    RowWritten, ///< after each inserted row; rowsWritten counts rows so far
    Committed,  ///< the temporary database is complete and closed
    FileSynced, ///< the temporary file is fsync'ed, just before the rename
};

/// Called by saveProject at each stage; throwing from it makes the save fail
/// there, as a disk error would.
using SaveHook = std::function<void(SaveStage stage, std::int64_t rowsWritten)>;

/// Installs hook for all later saves in this process; pass {} to remove it.
void setSaveHook(SaveHook hook);

} // namespace hallwright::testing
