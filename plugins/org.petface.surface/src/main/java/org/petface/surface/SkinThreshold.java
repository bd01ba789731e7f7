package org.petface.surface;

import java.util.Locale;
import org.petface.core.Volume;

/**
 * How the skin/air threshold is chosen: a fixed value, Otsu's method (CT, as published), a percentile of the
 * values (PET, as published: the 95th percentile of SUV), or an adaptive estimate from the air and body values
 * that still works when the body fills a small part of the field of view.
 */
public sealed interface SkinThreshold
        permits SkinThreshold.Fixed, SkinThreshold.Otsu, SkinThreshold.Percentile, SkinThreshold.Adaptive {

    /** Bins of the histogram that Otsu, percentile and adaptive thresholds are computed on. */
    int HISTOGRAM_BINS = 4096;

    /** The threshold for this volume; voxels above it are body. NaN when the volume has no finite value. */
    ChosenThreshold choose(Volume volume, int threads);

    /** A short name that {@link #parse} reads back, e.g. {@code otsu}, {@code percentile:95}, {@code -300}. */
    String spec();

    /**
     * Reads {@code otsu}, {@code adaptive}, {@code percentile:P} (0 < P < 100) or a number (a fixed value in the
     * volume's unit).
     */
    static SkinThreshold parse(String spec) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        if (s.equals("otsu")) {
            return new Otsu();
        }
        if (s.equals("adaptive")) {
            return new Adaptive();
        }
        try {
            if (s.startsWith("percentile:")) {
                return new Percentile(Double.parseDouble(s.substring("percentile:".length())));
            }
            return new Fixed(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("threshold must be otsu, adaptive, percentile:P or a number, got '"
                    + spec + "'");
        }
    }

    /** The default of the published pipelines: Otsu for CT, the 95th percentile for PET and anything else. */
    static SkinThreshold publishedDefault(Volume volume) {
        return volume.unit() == org.petface.core.VoxelUnit.HU ? new Otsu() : new Percentile(95);
    }

    /** The threshold value chosen and how (e.g. "Otsu: -412.3 HU"). */
    record ChosenThreshold(double value, String description) {
    }

    record Fixed(double value) implements SkinThreshold {
        public Fixed {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("fixed threshold must be finite, got " + value);
            }
        }

        @Override
        public ChosenThreshold choose(Volume volume, int threads) {
            return new ChosenThreshold(value, String.format(Locale.ROOT, "fixed: %.4g %s", value,
                    volume.unit().label()));
        }

        @Override
        public String spec() {
            return Double.toString(value);
        }
    }

    record Otsu() implements SkinThreshold {
        @Override
        public ChosenThreshold choose(Volume volume, int threads) {
            ValueHistogram h = ValueHistogram.of(volume.voxels(), HISTOGRAM_BINS, threads);
            if (h == null) {
                return new ChosenThreshold(Double.NaN, "Otsu: no finite values");
            }
            double t = h.otsu();
            return new ChosenThreshold(t, String.format(Locale.ROOT, "Otsu: %.4g %s", t, volume.unit().label()));
        }

        @Override
        public String spec() {
            return "otsu";
        }
    }

    /** The value below which {@code percent} % of the voxels lie. */
    record Percentile(double percent) implements SkinThreshold {
        public Percentile {
            if (!(percent > 0 && percent < 100)) {
                throw new IllegalArgumentException("percentile must be in (0, 100), got " + percent);
            }
        }

        @Override
        public ChosenThreshold choose(Volume volume, int threads) {
            ValueHistogram h = ValueHistogram.of(volume.voxels(), HISTOGRAM_BINS, threads);
            if (h == null) {
                return new ChosenThreshold(Double.NaN, "percentile: no finite values");
            }
            double t = h.quantile(percent / 100);
            return new ChosenThreshold(t, String.format(Locale.ROOT, "%sth percentile: %.4g %s",
                    stripZeros(percent), t, volume.unit().label()));
        }

        @Override
        public String spec() {
            return "percentile:" + stripZeros(percent);
        }
    }

    /**
     * Half way between the air level and the typical body value, the level at which a blurred skin edge crosses
     * from air to tissue. The air level is the histogram's mode below Otsu's split (air is one narrow peak, the
     * body a broad spread, so this holds even when the body fills most of the field of view); the air ends where
     * the count falls below 1% of that peak; the body value is the median of everything above. Unlike a
     * percentile it does not depend on how much of the field of view the body fills, and unlike Otsu it is not
     * pulled towards the brain's high PET uptake.
     */
    record Adaptive() implements SkinThreshold {
        @Override
        public ChosenThreshold choose(Volume volume, int threads) {
            float[] v = volume.voxels();
            ValueHistogram full = ValueHistogram.of(v, HISTOGRAM_BINS, threads);
            if (full == null) {
                return new ChosenThreshold(Double.NaN, "adaptive: no finite values");
            }
            double low = full.binEdge(0);
            double high = full.quantile(0.999);
            if (!(high > low)) {
                return new ChosenThreshold(low, "adaptive: constant volume");
            }
            ValueHistogram h = ValueHistogram.of(v, 1024, low, high, threads);
            int split = h.binOf(h.otsu(0, h.bins() - 2));
            int air = 0;
            for (int b = 1; b < split; b++) {
                if (h.count(b) > h.count(air)) {
                    air = b;
                }
            }
            long floor = Math.max(1, h.count(air) / 100);
            int bodyStart = air + 1;
            while (bodyStart < h.bins() - 1 && h.count(bodyStart) >= floor) {
                bodyStart++;
            }
            long body = 0;
            for (int b = bodyStart; b < h.bins(); b++) {
                body += h.count(b);
            }
            long half = (body + 1) / 2;
            int median = bodyStart;
            long seen = h.count(median);
            while (seen < half && median < h.bins() - 1) {
                seen += h.count(++median);
            }
            double airLevel = h.binCentre(air);
            double bodyLevel = h.binCentre(median);
            double t = (airLevel + bodyLevel) / 2;
            String unit = volume.unit().label();
            return new ChosenThreshold(t, String.format(Locale.ROOT,
                    "adaptive: %.4g %s (air mode %.4g, body median %.4g above %.4g; body %.1f%% of voxels)",
                    t, unit, airLevel, bodyLevel, h.binEdge(bodyStart), 100.0 * body / h.total()));
        }

        @Override
        public String spec() {
            return "adaptive";
        }
    }

    private static String stripZeros(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
