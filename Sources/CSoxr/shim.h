#ifndef DALABA_CSOXR_SHIM_H
#define DALABA_CSOXR_SHIM_H
// libsoxr: the resampler for recordings (docs/audio.md says why this one and not libsamplerate).
#include <soxr.h>
#endif
