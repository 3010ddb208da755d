package org.peerpath.persistence.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.screening.ScreeningStoreContract;
import org.peerpath.application.screening.port.out.ScreeningRosterSource;
import org.peerpath.application.screening.port.out.ScreeningStore;
import org.peerpath.application.workforce.port.in.StaffRecord;
import org.peerpath.application.workforce.port.out.BhpCredentialRepository;
import org.peerpath.application.workforce.port.out.StaffRecordRepository;
import org.peerpath.application.workforce.port.out.WorkforceRecords;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The screening store contract on PostgreSQL (SCR-3), the roster it screens (SCR-1) and the read port (SCR-2). */
class ScreeningStoreAdapterIT extends PersistenceIT {

    @Autowired
    ScreeningStore store;

    @Autowired
    ScreeningRosterSource roster;

    @Autowired
    StaffRecordRepository records;

    @Autowired
    BhpCredentialRepository credentials;

    @Autowired
    WorkforceRecords workforceRecords;

    @Autowired
    JdbcClient jdbc;

    /** The shared contract, here against PostgreSQL. */
    @org.junit.jupiter.api.Nested
    class Contract extends ScreeningStoreContract {
        @Override
        protected ScreeningStore store() {
            return store;
        }

        @Override
        protected StaffId existingStaff() {
            return newStaff(Role.PEER);
        }
    }

    @Test
    void scr1_the_roster_holds_enabled_peers_supervisors_and_bhps_with_npi_birth_date_and_licenses() {
        StaffId peer = newStaff(Role.PEER);
        StaffId desk = newStaff(Role.STAFF);
        StaffId bhp = newStaff(Role.BHP);
        records.save(peer, new StaffRecord(null, null, null, LocalDate.of(1980, 4, 2)), 0);
        jdbc.sql("insert into bhp_credentials (holder_id) values (?)")
                .param(bhp.value())
                .update();
        jdbc.sql("insert into bhp_credential (holder_id, type, number, status, issued_on, expires_on)"
                        + " values (?, 'LCSW', 'LCSW 777', 'CURRENT', date '2020-01-01', date '2030-01-01')")
                .param(bhp.value())
                .update();

        var everyone = roster.everyoneToScreen();

        assertThat(everyone).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo(peer);
            assertThat(p.dateOfBirth()).isEqualTo(LocalDate.of(1980, 4, 2));
        });
        assertThat(everyone).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo(bhp);
            assertThat(p.licenseNumbers()).isEqualTo(Set.of("LCSW 777"));
        });
        assertThat(everyone).noneSatisfy(p -> assertThat(p.id()).isEqualTo(desk));
    }

    @Test
    void scr2_the_workforce_read_port_answers_the_stored_screening_results() {
        StaffId peer = newStaff(Role.PEER);
        StaffId admin = newStaff(Role.ADMIN);
        assertThat(workforceRecords.screeningOf(peer)).isEmpty();
        java.util.UUID run = java.util.UUID.randomUUID();
        LocalDate ran = LocalDate.of(2026, 3, 2);
        var person = new org.peerpath.screening.ScreenedPerson(peer, "Test Peer", "1234567893", Set.of(), null);
        var entry = new org.peerpath.screening.ListEntry(
                2, "PEER", "TEST", "1234567893", null, null, LocalDate.of(2026, 1, 15), null);
        store.saveRun(
                new org.peerpath.application.screening.port.out.StoredRun(
                        run,
                        org.peerpath.screening.ScreeningList.OIG_LEIE,
                        "leie.csv",
                        admin,
                        "admin",
                        ran,
                        java.time.Instant.now(),
                        1,
                        1,
                        1,
                        0,
                        1),
                java.util.List.of(org.peerpath.application.screening.port.out.StoredResult.matched(
                        run,
                        new org.peerpath.screening.ScreeningRoster.Match(
                                person, org.peerpath.screening.MatchedOn.NPI, entry),
                        org.peerpath.screening.ScreeningList.OIG_LEIE,
                        ran)));

        assertThat(workforceRecords.screeningOf(peer)).singleElement().satisfies(r -> assertThat(
                        r.excludesOn(LocalDate.of(2026, 1, 15)))
                .isTrue());
    }
}
