#ifndef DALABA_CLINUX_SHIM_H
#define DALABA_CLINUX_SHIM_H
// Linux interfaces Swift's Glibc module leaves out: timerfd (clock-step detection).
#include <sys/timerfd.h>
#endif
