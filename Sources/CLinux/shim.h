#ifndef DALABA_CLINUX_SHIM_H
#define DALABA_CLINUX_SHIM_H
// Linux interfaces Swift's Glibc module leaves out: timerfd (clock-step detection), gettid.
#include <sys/timerfd.h>
// The calling thread's id (per-thread nice for the station's render threads).
#include <sys/syscall.h>
#include <unistd.h>
static inline int dalaba_gettid(void) { return (int)syscall(SYS_gettid); }
#endif
