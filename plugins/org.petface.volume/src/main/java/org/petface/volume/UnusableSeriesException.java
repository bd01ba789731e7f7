package org.petface.volume;

/** A series whose slices cannot be assembled into one volume; the message is the reason for the status row. */
final class UnusableSeriesException extends Exception {

    private static final long serialVersionUID = 1L;

    UnusableSeriesException(String reason) {
        super(reason);
    }
}
