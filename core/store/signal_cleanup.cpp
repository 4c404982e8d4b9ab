// Async-signal-safe cleanup of temporary files: fixed slots, atomics, unlink() and re-raise only.
#include "signal_cleanup.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <mutex>

#include <limits.h>
#include <unistd.h>

namespace hallwright::store::signalcleanup {

namespace {

constexpr int kSlots = 32;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

struct SignalSlot
{
    std::atomic<bool> used{false};
    std::atomic<bool> ready{false};
    char path[PATH_MAX];
};

SignalSlot g_slots[kSlots];
struct sigaction g_previous[3];
std::once_flag g_installed;

void onSignal(int sig, siginfo_t *info, void *context)
{
    const int savedErrno = errno;
    for (SignalSlot &s : g_slots)
        if (s.ready.load(std::memory_order_acquire))
            ::unlink(s.path);
    int index = 0;
    while (index < 3 && kSignals[index] != sig)
        ++index;
    const struct sigaction prev = g_previous[index < 3 ? index : 0];
    const bool prevInfo = (prev.sa_flags & SA_SIGINFO) != 0;
    const bool prevCustom = prevInfo ? prev.sa_sigaction != nullptr
                                     : prev.sa_handler != SIG_DFL && prev.sa_handler != SIG_IGN;
    if (prevCustom) {
        // The handler that was there before (a test framework's, an application's) has its say;
        // with SA_RESETHAND it expects the default to be back while it runs.
        if (prev.sa_flags & SA_RESETHAND) {
            struct sigaction dfl {};
            dfl.sa_handler = SIG_DFL;
            sigemptyset(&dfl.sa_mask);
            ::sigaction(sig, &dfl, nullptr);
        }
        errno = savedErrno;
        if (prevInfo)
            prev.sa_sigaction(sig, info, context);
        else
            prev.sa_handler(sig);
        return;
    }
    // End as the signal would have: default action, unblocked, raised again.
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    ::sigaction(sig, &dfl, nullptr);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    ::sigprocmask(SIG_UNBLOCK, &set, nullptr);
    ::raise(sig);
    errno = savedErrno;
}

void install()
{
    for (int i = 0; i < 3; ++i) {
        struct sigaction current {};
        if (::sigaction(kSignals[i], nullptr, &current) != 0)
            continue;
        g_previous[i] = current;
        // An ignored signal does not end the process, so nothing is left behind by it.
        if (!(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_IGN)
            continue;
        struct sigaction ours {};
        ours.sa_sigaction = onSignal;
        sigemptyset(&ours.sa_mask);
        for (int s : kSignals)
            sigaddset(&ours.sa_mask, s);
        ours.sa_flags = SA_RESTART | SA_SIGINFO;
        ::sigaction(kSignals[i], &ours, nullptr);
    }
}

} // namespace

int add(const std::string &path)
{
    std::call_once(g_installed, install);
    if (path.size() >= PATH_MAX)
        return -1;
    for (int i = 0; i < kSlots; ++i) {
        bool expected = false;
        if (g_slots[i].used.compare_exchange_strong(expected, true)) {
            std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
            g_slots[i].ready.store(true, std::memory_order_release);
            return i;
        }
    }
    return -1;
}

void remove(int slot)
{
    if (slot < 0 || slot >= kSlots)
        return;
    g_slots[slot].ready.store(false, std::memory_order_release);
    g_slots[slot].used.store(false, std::memory_order_release);
}

} // namespace hallwright::store::signalcleanup
