package org.peerpath.persistence.claimrecord;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One county holiday (SVC-8); written and read only through {@link ClaimRecordsJpaMapper}. */
@Embeddable
public class HolidayRow {

    @Column(name = "holiday_on", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 80)
    private String name;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
