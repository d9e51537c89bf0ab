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
#endif
