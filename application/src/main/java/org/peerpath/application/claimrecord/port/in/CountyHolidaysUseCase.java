package org.peerpath.application.claimrecord.port.in;

/** SVC-8: an admin keeps the county's holidays, which note deadlines skip as they skip weekends. */
public interface CountyHolidaysUseCase {

    void add(AddCountyHolidayCommand command);

    void remove(RemoveCountyHolidayCommand command);
}
