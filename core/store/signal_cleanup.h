// Paths deleted when SIGINT, SIGTERM or SIGHUP ends the process: the temporary files of unfinished saves.
#pragma once

#include <string>

namespace hallwright::store::signalcleanup {

/// Registers path (installing the handlers on first use) and returns its slot,
/// or -1 when all slots are taken (then only the stale-file sweep of the next
/// save removes it after a signal). The handler unlinks every registered path,
/// then lets the signal end the process as it would have (or calls the handler
/// that was installed before, if any). A signal that is ignored stays ignored.
int add(const std::string &path);

/// Forgets a slot returned by add(); -1 is ignored.
void remove(int slot);

} // namespace hallwright::store::signalcleanup
