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
    int HISTOGRAM_BINS = 1 << 16;
    /**
     * At most about this many voxels (whole rows, evenly spread) go into that histogram: 2 million samples fix a
     * percentile far more finely than the skin needs.
     */
    int HISTOGRAM_SAMPLE = 1 << 21;

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
            ValueHistogram h = histogram(volume, threads);
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
            ValueHistogram h = histogram(volume, threads);
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
     * Half way between the air level and the typical body value: the level at which a blurred skin edge crosses
     * from air to tissue. Air and body are split by Otsu's method on the logarithm of the values above the minimum:
     * air (noise around zero in PET) and tissue lie orders of magnitude apart while tissue and the brain's high
     * PET uptake do not, so the split falls between air and body however much of the field of view the body
     * fills, where a percentile (and Otsu on the values themselves) moves into the tissue or the air. The air
     * level is the median below the split, the body value the median above it.
     */
    record Adaptive() implements SkinThreshold {
        @Override
        public ChosenThreshold choose(Volume volume, int threads) {
            ValueHistogram h = histogram(volume, threads);
            if (h == null) {
                return new ChosenThreshold(Double.NaN, "adaptive: no finite values");
            }
            int top = h.binOf(h.quantile(0.999));
            double min = h.binEdge(0);
            double floor = 1e-3 * (h.binEdge(top + 1) - min);
            double[] logValue = new double[h.bins()];
            for (int b = 0; b < logValue.length; b++) {
                logValue[b] = Math.log(h.binCentre(b) - min + floor);
            }
            int split = h.binOf(h.otsu(0, top, logValue));
            long body = 0;
            for (int b = split; b < h.bins(); b++) {
                body += h.count(b);
            }
            double airLevel = h.median(0, split - 1);
            double bodyLevel = h.median(split, h.bins() - 1);
            double t = (airLevel + bodyLevel) / 2;
            return new ChosenThreshold(t, String.format(Locale.ROOT,
                    "adaptive: %.4g %s (air %.4g, body median %.4g, split at %.4g; body %.1f%% of voxels)",
                    t, volume.unit().label(), airLevel, bodyLevel, h.binEdge(split), 100.0 * body / h.total()));
        }

        @Override
        public String spec() {
            return "adaptive";
        }
    }

    private static ValueHistogram histogram(Volume volume, int threads) {
        return ValueHistogram.sampled(volume.voxels(), volume.grid().nx(), HISTOGRAM_SAMPLE, HISTOGRAM_BINS,
                threads);
    }

    private static String stripZeros(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
