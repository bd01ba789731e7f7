package org.petface.reader;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Parsing of DICOM DA, TM and DT strings; null for anything absent or malformed. */
final class DicomDateTimes {

    private DicomDateTimes() {
    }

    /** DA "yyyyMMdd" (also the old "yyyy.MM.dd"). */
    static LocalDate date(String da) {
        if (da == null) {
            return null;
        }
        String s = da.trim().replace(".", "");
        if (s.length() != 8 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** TM "HH[mm[ss[.ffffff]]]" (also the old "HH:mm:ss"). */
    static LocalTime time(String tm) {
        if (tm == null) {
            return null;
        }
        String s = tm.trim().replace(":", "");
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        if (whole.length() < 2 || whole.length() > 6 || whole.length() % 2 != 0
                || !whole.chars().allMatch(Character::isDigit) || !fraction.chars().allMatch(Character::isDigit)
                || fraction.length() > 9) {
            return null;
        }
        int hour = Integer.parseInt(whole.substring(0, 2));
        int minute = whole.length() >= 4 ? Integer.parseInt(whole.substring(2, 4)) : 0;
        int second = whole.length() >= 6 ? Integer.parseInt(whole.substring(4, 6)) : 0;
        int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
        try {
            return LocalTime.of(hour, minute, Math.min(second, 59), nanos);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static LocalDateTime dateTime(String da, String tm) {
        LocalDate d = date(da);
        LocalTime t = time(tm);
        return d == null || t == null ? null : LocalDateTime.of(d, t);
    }

    /** A date with an optional time: midnight when the time is absent or malformed; null without a valid date. */
    static LocalDateTime dateWithOptionalTime(String da, String tm) {
        LocalDate d = date(da);
        LocalTime t = time(tm);
        return d == null ? null : LocalDateTime.of(d, t == null ? LocalTime.MIDNIGHT : t);
    }

    /** DT "yyyyMMddHHmmss.ffffff" with an optional UTC offset, which is ignored (times compare locally). */
    static LocalDateTime dateTime(String dt) {
        if (dt == null || dt.trim().length() < 10) {
            return null;
        }
        String s = dt.trim();
        int zone = Math.max(s.indexOf('+', 8), s.indexOf('-', 8));
        if (zone > 0) {
            s = s.substring(0, zone);
        }
        return dateTime(s.substring(0, 8), s.substring(8));
    }
}
