package org.peerpath.persistence.workforce;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.workforce.port.in.StaffRecord;
import org.peerpath.application.workforce.port.in.WorkforceInputException;
import org.peerpath.application.workforce.port.out.StaffRecordRepository;
import org.peerpath.shared.Npi;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.ProgramSite;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record columns of staff_account (V100) through SQL rather than a second entity on the staff table: the
 * account's own entity (issue C) stays as it is, and record_version locks only these four columns.
 */
@Component
@Transactional
class StaffRecordAdapter implements StaffRecordRepository {

    private static final String RECORD = "staff record";

    private final JdbcClient jdbc;

    StaffRecordAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Versioned<StaffRecord>> find(StaffId staff) {
        return jdbc.sql(
                        "select npi, program_site, started_on, date_of_birth, record_version from staff_account where id = ?")
                .param(staff.value())
                .query((rs, row) -> new Versioned<>(
                        new StaffRecord(
                                rs.getString("npi") == null ? null : new Npi(rs.getString("npi")),
                                rs.getString("program_site") == null
                                        ? null
                                        : new ProgramSite(rs.getString("program_site")),
                                date(rs.getDate("started_on")),
                                date(rs.getDate("date_of_birth"))),
                        rs.getLong("record_version")))
                .optional();
    }

    @Override
    public void save(StaffId staff, StaffRecord record, long seenVersion) {
        int updated;
        try {
            updated = jdbc.sql("update staff_account set npi = ?, program_site = ?, started_on = ?, date_of_birth = ?,"
                            + " record_version = record_version + 1 where id = ? and record_version = ?")
                    .params(
                            record.npi() == null ? null : record.npi().value(),
                            record.programSite() == null
                                    ? null
                                    : record.programSite().name(),
                            record.startedOn(),
                            record.dateOfBirth(),
                            staff.value(),
                            seenVersion)
                    .update();
        } catch (DuplicateKeyException e) {
            // staff_account_npi_unique: one NPI names one rendering provider (RPT-2)
            throw new WorkforceInputException("npi", "workforce.error.npi-taken");
        }
        if (updated != 1) {
            throw new ConcurrentChangeException(RECORD);
        }
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
