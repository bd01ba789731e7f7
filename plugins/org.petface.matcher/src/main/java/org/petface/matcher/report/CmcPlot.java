package org.petface.matcher.report;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG of cumulative match characteristic curves (identification rate against rank) of the methods of one
 * experiment, with the chance line k/N dashed. Static markup only: no script, no external resource.
 */
final class CmcPlot {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};
    private static final int WIDTH = 480;
    private static final int HEIGHT = 300;
    private static final int LEFT = 50;
    private static final int RIGHT = 150;
    private static final int TOP = 15;
    private static final int BOTTOM = 40;

    private CmcPlot() {
    }

    static String svg(String title, List<ExperimentReport> methods) {
        int ranks = 1;
        for (ExperimentReport e : methods) {
            ranks = Math.max(ranks, e.identification().galleryIdentities());
        }
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg class=\"cmc\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT,
                Html.escape("CMC " + title)));
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"white\" "
                + "stroke=\"#444\"/>%n", LEFT, TOP, plotW, plotH));
        for (int tick = 0; tick <= 4; tick++) {
            double y = TOP + plotH - tick / 4.0 * plotH;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%.2f</text>%n",
                    LEFT, y, LEFT + plotW, y, LEFT - 4, y + 4, tick / 4.0));
        }
        for (int rank : List.of(1, Math.max(1, ranks / 2), ranks)) {
            double x = xOf(rank, ranks, plotW);
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">"
                    + "%d</text>%n", x, TOP + plotH + 15, rank));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">rank"
                + "</text>%n", LEFT + plotW / 2, HEIGHT - 5));
        s.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 12 %.1f)\">identification rate</text>%n", TOP + plotH / 2, TOP + plotH / 2));
        s.append(String.format(Locale.ROOT, "<line class=\"chance\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                + "stroke=\"#888\" stroke-dasharray=\"4 3\"/>%n", xOf(1, ranks, plotW), yOf(1.0 / ranks, plotH),
                xOf(ranks, ranks, plotW), yOf(1, plotH)));
        for (int m = 0; m < methods.size(); m++) {
            ExperimentReport e = methods.get(m);
            String colour = COLOURS[m % COLOURS.length];
            double[] cmc = e.identification().cmc();
            StringBuilder points = new StringBuilder();
            for (int k = 0; k < cmc.length; k++) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", xOf(k + 1, ranks, plotW), yOf(cmc[k], plotH)));
            }
            s.append(String.format(Locale.ROOT, "<polyline class=\"cmc-curve\" data-method=\"%s\" fill=\"none\" "
                    + "stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", Html.escape(e.embedder()), colour,
                    points.toString().trim()));
            double ly = TOP + 10 + 18 * m;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" "
                    + "stroke-width=\"2\"/><text x=\"%d\" y=\"%.1f\" font-size=\"12\">%s</text>%n",
                    WIDTH - RIGHT + 10, ly, WIDTH - RIGHT + 30, ly, colour, WIDTH - RIGHT + 35, ly + 4,
                    Html.escape(e.embedder())));
        }
        return s.append("</svg>\n").toString();
    }

    private static double xOf(int rank, int ranks, double plotW) {
        return ranks == 1 ? LEFT + plotW / 2 : LEFT + (rank - 1) / (double) (ranks - 1) * plotW;
    }

    private static double yOf(double rate, double plotH) {
        return TOP + plotH - rate * plotH;
    }
}
