package org.peerpath.application.screening;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.screening.port.in.ImportProgress;
import org.peerpath.application.screening.port.in.ImportScreeningListCommand;
import org.peerpath.application.screening.port.in.RunSummary;
import org.peerpath.application.screening.port.out.ScreeningRosterSource;
import org.peerpath.application.screening.port.out.ScreeningStore;
import org.peerpath.application.shared.Actor;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue F: a generated 50,000-row OIG LEIE file matched against 2,000 staff, stored as one run in PostgreSQL. Prints
 * the time and rows per second (target under 10 s on 2 cores). Figures, not assertions: run with {@code ./peerpath
 * bench}. In the application's package to build the import service on the real adapters without the web layer.
 */
@Tag("benchmark")
class ScreeningImportBenchmarkIT extends PersistenceIT {

    private static final int ROWS = 50_000;
    private static final int STAFF = 2_000;
    private static final int RUNS = 3;

    @Autowired
    ScreeningRosterSource roster;

    @Autowired
    ScreeningStore store;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fifty_thousand_list_rows_are_matched_against_two_thousand_staff_in_one_pass() {
        jdbc.sql("""
                insert into staff_account (id, username, display_name, password_hash, roles, npi, date_of_birth)
                select gen_random_uuid(), 'bench.staff' || n,
                       (array['JAMES','MARIA','DAVID','LINDA','JOSE','MAI','ROBERT','ANA','MICHAEL','SARA'])[n % 10 + 1]
                         || ' ' || (array['SMITH','JOHNSON','GARCIA','NGUYEN','LOPEZ','KIM','PATEL','BROWN','DAVIS',
                                          'WILSON'])[n / 10 % 10 + 1] || chr(65 + n % 26),
                       'hash', array[(array['PEER','SUPERVISOR','BHP'])[n % 3 + 1]]::varchar(12)[],
                       (1000000000 + n)::text,
                       case when n % 10 = 0 then null else date '1950-01-01' + (n * 7 % 18000) end
                  from generate_series(1, ?) as n
                """).param(STAFF).update();
        jdbc.sql("""
                insert into bhp_credentials (holder_id)
                select id from staff_account where username like 'bench.staff%' and 'BHP' = any (roles)
                """).update();
        jdbc.sql("""
                insert into bhp_credential (holder_id, type, number, status, issued_on, expires_on)
                select holder_id, 'LCSW', 'LCSW ' || row_number() over (order by holder_id), 'CURRENT',
                       date '2020-01-01', date '2030-01-01'
                  from bhp_credentials
                """).update();
        String planted = "\r\n"
                + ScreeningFiles.leieRow(
                        "PLANTED", "BYNPI", "1000000007", LocalDate.of(1970, 1, 1), LocalDate.of(2025, 6, 1))
                + "\r\n";
        byte[] generated = ScreeningFiles.generatedLeie(ROWS - 1, 42);
        byte[] file = (new String(generated, StandardCharsets.UTF_8).stripTrailing() + planted)
                .getBytes(StandardCharsets.UTF_8);
        StaffId admin = newStaff(Role.ADMIN);
        Actor actor = new Actor(admin, "admin.bench", Set.of(Role.ADMIN));
        ImportScreeningListService importer = new ImportScreeningListService(roster, store, audit, Clock.systemUTC());

        System.out.printf(
                "%nExclusion screening: OIG LEIE file of %,d rows (%,.1f MB) against %,d staff, %d runs:%n",
                ROWS, file.length / 1_048_576.0, roster.everyoneToScreen().size(), RUNS);
        for (int i = 1; i <= RUNS; i++) {
            long start = System.nanoTime();
            RunSummary run = importer.importList(new ImportScreeningListCommand(
                    actor, "leie-bench.csv", new ByteArrayInputStream(file), ImportProgress.NONE));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "  run %d: %6.2f s   %,9.0f rows/s   (%,d rows read, %,d screened, %,d matches: %,d confirmed,"
                            + " %,d review tasks)%n",
                    i,
                    seconds,
                    run.rowsRead() / seconds,
                    run.rowsRead(),
                    run.screened(),
                    run.matches(),
                    run.confirmed(),
                    run.reviewTasks());
        }
        System.out.println();
    }
}
