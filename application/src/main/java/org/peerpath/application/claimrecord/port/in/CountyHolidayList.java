package org.peerpath.application.claimrecord.port.in;

import java.util.List;
import org.peerpath.county.CountyHoliday;

/** SVC-8: the county's holidays by date, with the version to carry back in a change. */
public record CountyHolidayList(long version, List<CountyHoliday> holidays) {

    public CountyHolidayList {
        holidays = List.copyOf(holidays);
    }
}
