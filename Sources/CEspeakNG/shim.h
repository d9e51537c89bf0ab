#ifndef DALABA_CESPEAKNG_SHIM_H
#define DALABA_CESPEAKNG_SHIM_H
// The classic synthesis API (espeak_Initialize, espeak_Synth, the synth callback) and
// espeak_ng's status codes / error text.
#include <espeak-ng/speak_lib.h>
#include <espeak-ng/espeak_ng.h>
#endif
