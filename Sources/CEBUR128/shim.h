#ifndef DALABA_CEBUR128_SHIM_H
#define DALABA_CEBUR128_SHIM_H
// libebur128: loudness (ITU-R BS.1770 / EBU R128) and true peak.
#include <ebur128.h>
#endif
