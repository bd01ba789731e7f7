package org.petface.core;

/** The outcome of one item (file, series, study) in a batch: a code and, unless OK, a reason. */
public record Status(Code code, String reason) {

    public enum Code { OK, WARNING, ERROR }

    public Status {
        if (code == null) {
            throw new IllegalArgumentException("status needs a code");
        }
        reason = reason == null ? "" : reason;
    }

    public static Status ok() {
        return new Status(Code.OK, "");
    }

    public static Status warning(String reason) {
        return new Status(Code.WARNING, reason);
    }

    public static Status error(String reason) {
        return new Status(Code.ERROR, reason);
    }

    public boolean isOk() {
        return code == Code.OK;
    }

    public boolean isError() {
        return code == Code.ERROR;
    }
}
