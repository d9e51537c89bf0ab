// Compares the two resamplers Debian offers for recordings (docs/audio.md, "Resampler"):
// speed on 10 minutes of 44.1 kHz mono to the station's 22.05 kHz, and quality as the level of
// what should not be there: a 1 kHz tone's residual after resampling (noise + distortion) and a
// 15 kHz tone (above the new Nyquist, 11.025 kHz) that must be filtered out, not aliased to 7.05 kHz.
// Build: cc -O2 tools/bench/resamplers.c -lsamplerate -lsoxr -lm -o /tmp/resamplers
#include <math.h>
#include <samplerate.h>
#include <soxr.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + t.tv_nsec / 1e9; }

static void tone(float *x, long n, double f, double rate) { for (long i = 0; i < n; i++) x[i] = 0.5 * sin(2 * M_PI * f * i / rate); }

// dB of the residual after fitting the expected sine (least squares on sin/cos) over the middle.
static double residual_db(const float *y, long n, double f, double rate) {
    long a = n / 4, b = 3 * n / 4; double ss = 0, sc = 0, cc = 0, ys = 0, yc = 0;
    for (long i = a; i < b; i++) { double s = sin(2 * M_PI * f * i / rate), c = cos(2 * M_PI * f * i / rate); ss += s * s; cc += c * c; sc += s * c; ys += y[i] * s; yc += y[i] * c; }
    double det = ss * cc - sc * sc, A = (ys * cc - yc * sc) / det, B = (yc * ss - ys * sc) / det, e = 0, p = 0;
    for (long i = a; i < b; i++) { double m = A * sin(2 * M_PI * f * i / rate) + B * cos(2 * M_PI * f * i / rate); e += (y[i] - m) * (y[i] - m); p += m * m; }
    return 10 * log10(e / p);
}
static double rms_db(const float *y, long n) { double e = 0; for (long i = n / 4; i < 3 * n / 4; i++) e += y[i] * y[i]; return 10 * log10(e / (n / 2) / 0.125); }

typedef long (*conv)(const float *, long, float *, long, double, double, int);

static long with_src(const float *in, long n, float *out, long cap, double from, double to, int q) {
    SRC_DATA d = { .data_in = in, .input_frames = n, .data_out = out, .output_frames = cap, .src_ratio = to / from, .end_of_input = 1 };
    int e = src_simple(&d, q, 1); if (e) { fprintf(stderr, "%s\n", src_strerror(e)); exit(1); }
    return d.output_frames_gen;
}
static long with_soxr(const float *in, long n, float *out, long cap, double from, double to, int q) {
    soxr_quality_spec_t qs = soxr_quality_spec(q, 0); size_t done = 0;
    soxr_error_t e = soxr_oneshot(from, to, 1, in, n, NULL, out, cap, &done, NULL, &qs, NULL); if (e) { fprintf(stderr, "%s\n", e); exit(1); }
    return (long)done;
}

int main(void) {
    const double from = 44100, to = 22050; const long n = (long)(600 * from), cap = n;
    float *in = malloc(n * sizeof *in), *out = malloc(cap * sizeof *out);
    struct { const char *name; conv f; int q; } r[] = {
        { "libsamplerate SINC_FASTEST", with_src, SRC_SINC_FASTEST },
        { "libsamplerate SINC_MEDIUM", with_src, SRC_SINC_MEDIUM_QUALITY },
        { "libsamplerate SINC_BEST", with_src, SRC_SINC_BEST_QUALITY },
        { "libsoxr MQ", with_soxr, SOXR_MQ },
        { "libsoxr HQ", with_soxr, SOXR_HQ },
        { "libsoxr VHQ", with_soxr, SOXR_VHQ },
    };
    printf("%-28s %12s %14s %14s\n", "resampler", "CPU s/10 min", "1 kHz resid dB", "15 kHz alias dB");
    for (unsigned k = 0; k < sizeof r / sizeof *r; k++) {
        tone(in, n, 1000, from);
        double t0 = now(); long m = r[k].f(in, n, out, cap, from, to, r[k].q); double t = now() - t0;
        double q1 = residual_db(out, m, 1000, to);
        long n2 = (long)(10 * from); tone(in, n2, 15000, from); long m2 = r[k].f(in, n2, out, cap, from, to, r[k].q);
        printf("%-28s %12.3f %14.1f %14.1f\n", r[k].name, t, q1, rms_db(out, m2));
    }
    return 0;
}
