package org.peerpath.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * SVC-8: when a progress note is due: within the county's business days after the date of service (weekends and the
 * given holidays skipped), or for a crisis service within the county's hours after the service ended.
 */
public final class NoteDeadline {

    private NoteDeadline() {}

    /** The last day the note is on time: the {@code businessDays}-th business day after the date of service. */
    public static LocalDate dueOn(LocalDate dateOfService, int businessDays, Set<LocalDate> holidays) {
        LocalDate day = dateOfService;
        int counted = 0;
        while (counted < businessDays) {
            day = day.plusDays(1);
            if (isBusinessDay(day, holidays)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The moment the note is late after: the end of the due day, or for a crisis service {@code crisisHours} after it
     * ended (the end of the day of service when the end time is not recorded).
     */
    public static LocalDateTime dueAt(
            LocalDate dateOfService,
            @Nullable LocalTime endedAt,
            boolean crisis,
            int businessDays,
            int crisisHours,
            Set<LocalDate> holidays) {
        if (crisis) {
            LocalTime end = endedAt != null ? endedAt : LocalTime.MAX;
            return dateOfService.atTime(end).plusHours(crisisHours);
        }
        return dueOn(dateOfService, businessDays, holidays).atTime(LocalTime.MAX);
    }

    public static boolean isBusinessDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
