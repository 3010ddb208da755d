package org.peerpath.application.claimrecord;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.claimrecord.port.in.AddCountyHolidayCommand;
import org.peerpath.application.claimrecord.port.in.ClaimRecordRefusedException;
import org.peerpath.application.claimrecord.port.in.CountyHolidaysUseCase;
import org.peerpath.application.claimrecord.port.in.RemoveCountyHolidayCommand;
import org.peerpath.application.claimrecord.port.out.ClaimRecordRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.county.CountyHoliday;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SVC-8: the county's holidays, kept by an admin (CONF-1: the county profile is theirs); each change audited. */
@Service
@Transactional
class CountyHolidaysService implements CountyHolidaysUseCase {

    static final String RECORD = "county holidays";

    private final ClaimRecordRepository records;
    private final ClaimRecordGate gate;

    CountyHolidaysService(ClaimRecordRepository records, ClaimRecordGate gate) {
        this.records = records;
        this.gate = gate;
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void add(AddCountyHolidayCommand command) {
        LocalDate date = Dates.required(Field.DATE, command.date());
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty()) {
            throw new ClaimRecordRefusedException(ClaimRecordRefusedException.HOLIDAY_NAME_REQUIRED, "name");
        }
        if (name.length() > CountyHoliday.NAME_MAX) {
            throw new ClaimRecordRefusedException(ClaimRecordRefusedException.HOLIDAY_NAME_TOO_LONG, "name");
        }
        Versioned<List<CountyHoliday>> stored = current(command.seenVersion());
        if (stored.value().stream().anyMatch(h -> h.date().equals(date))) {
            throw new ClaimRecordRefusedException(ClaimRecordRefusedException.HOLIDAY_EXISTS, Field.DATE.key());
        }
        List<CountyHoliday> all = new ArrayList<>(stored.value());
        all.add(new CountyHoliday(date, name));
        all.sort(Comparator.comparing(CountyHoliday::date));
        records.saveHolidays(all, command.seenVersion());
        gate.record(command.actor(), AuditAction.COUNTY_HOLIDAY_ADDED, null, "SVC-8 holiday " + date + " " + name);
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void remove(RemoveCountyHolidayCommand command) {
        Versioned<List<CountyHoliday>> stored = current(command.seenVersion());
        if (stored.value().stream().noneMatch(h -> h.date().equals(command.date()))) {
            throw new ClaimRecordRefusedException(ClaimRecordRefusedException.HOLIDAY_NOT_FOUND, Field.DATE.key());
        }
        records.saveHolidays(
                stored.value().stream()
                        .filter(h -> !h.date().equals(command.date()))
                        .toList(),
                command.seenVersion());
        gate.record(command.actor(), AuditAction.COUNTY_HOLIDAY_REMOVED, null, "SVC-8 holiday " + command.date());
    }

    private Versioned<List<CountyHoliday>> current(long seenVersion) {
        Versioned<List<CountyHoliday>> stored = records.holidays();
        if (stored.version() != seenVersion) {
            throw new ConcurrentChangeException(RECORD);
        }
        return stored;
    }
}
