package org.petface.matcher;

/** One vertex of an ROC curve: the fraction of impostor and of genuine comparisons accepted. */
public record RocPoint(double falsePositiveRate, double truePositiveRate) {
}
