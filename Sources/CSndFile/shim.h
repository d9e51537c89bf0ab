#ifndef DALABA_CSNDFILE_SHIM_H
#define DALABA_CSNDFILE_SHIM_H
// libsndfile 1.2 (Debian 12): WAV, FLAC, Ogg Vorbis and MP3 (through mpg123) behind one API.
#include <sndfile.h>
#endif
