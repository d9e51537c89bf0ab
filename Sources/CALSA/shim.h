#ifndef DALABA_CALSA_SHIM_H
#define DALABA_CALSA_SHIM_H
#include <alsa/asoundlib.h>

// snd_lib_error_set_handler takes a C variadic callback, which Swift cannot write; this
// silences libasound's own stderr chatter so errors reach the user once, through our
// thrown errors carrying snd_strerror text.
static void dalaba_alsa_silent_handler(const char *file, int line, const char *function, int err, const char *fmt, ...) {
    (void)file; (void)line; (void)function; (void)err; (void)fmt;
}
static inline void dalaba_alsa_silence_errors(void) {
    snd_lib_error_set_handler(dalaba_alsa_silent_handler);
}

// prctl is variadic, which Swift cannot call: the timer slack of the calling thread, in ns
// (the player's wait for a playback's instant wants 1 µs, not Linux's 50 µs default).
#include <sys/prctl.h>
static inline int dalaba_set_timer_slack(unsigned long nanoseconds) {
    return prctl(PR_SET_TIMERSLACK, nanoseconds, 0, 0, 0);
}

// The calling thread to SCHED_FIFO (a low real-time priority) and back. SCHED_RESET_ON_FORK:
// a child it starts (a synthesis worker) does not inherit it. Fails with EPERM without the
// right (root, or RLIMIT_RTPRIO: systemd's LimitRTPRIO=); the caller then stays as it was.
#include <sched.h>
#ifndef SCHED_RESET_ON_FORK
#define SCHED_RESET_ON_FORK 0x40000000
#endif
static inline int dalaba_set_realtime(int on) {
    struct sched_param param = { .sched_priority = on ? 10 : 0 };
    return sched_setscheduler(0, on ? (SCHED_FIFO | SCHED_RESET_ON_FORK) : SCHED_OTHER, &param);
}
#endif
