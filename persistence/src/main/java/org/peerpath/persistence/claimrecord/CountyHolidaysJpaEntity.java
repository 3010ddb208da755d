package org.peerpath.persistence.claimrecord;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** The county's holidays (SVC-8), one row for the program's one county; a change raises its version. */
@Entity
@Table(name = "county_holidays")
public class CountyHolidaysJpaEntity {

    static final short THE_COUNTY = 1;

    @Id
    private short id;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "county_holiday", joinColumns = @JoinColumn(name = "holidays_id"))
    @OrderBy("date")
    private List<HolidayRow> holidays = new ArrayList<>();

    protected CountyHolidaysJpaEntity() {}

    CountyHolidaysJpaEntity(short id) {
        this.id = id;
    }

    long getVersion() {
        return version;
    }

    List<HolidayRow> getHolidays() {
        return holidays;
    }

    void replace(List<HolidayRow> rows) {
        holidays.clear();
        holidays.addAll(rows);
    }
}
