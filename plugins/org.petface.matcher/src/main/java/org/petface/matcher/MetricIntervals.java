package org.petface.matcher;

/** Bootstrap confidence intervals of the headline re-identification metrics of one experiment. */
public record MetricIntervals(ConfidenceInterval top1, ConfidenceInterval top5, ConfidenceInterval top10,
        ConfidenceInterval auc, ConfidenceInterval eer) {
}
