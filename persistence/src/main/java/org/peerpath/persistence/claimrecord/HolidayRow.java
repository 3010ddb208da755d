package org.peerpath.persistence.claimrecord;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One county holiday (SVC-8). */
@Embeddable
public class HolidayRow {

    @Column(name = "holiday_on", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 80)
    private String name;

    protected HolidayRow() {}

    HolidayRow(LocalDate date, String name) {
        this.date = date;
        this.name = name;
    }

    LocalDate date() {
        return date;
    }

    String name() {
        return name;
    }
}
