package org.peerpath.persistence.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peerpath.application.workforce.WorkforceRepositoryContract;
import org.peerpath.application.workforce.port.in.StaffRecord;
import org.peerpath.application.workforce.port.in.WorkforceInputException;
import org.peerpath.application.workforce.port.out.BhpCredentialRepository;
import org.peerpath.application.workforce.port.out.CertificationRepository;
import org.peerpath.application.workforce.port.out.StaffRecordRepository;
import org.peerpath.application.workforce.port.out.SupervisorQualificationRepository;
import org.peerpath.application.workforce.port.out.WorkforceRecords;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.shared.Npi;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;

class WorkforceAdaptersIT extends PersistenceIT {

    @Autowired
    StaffRecordRepository records;

    @Autowired
    CertificationRepository certifications;

    @Autowired
    SupervisorQualificationRepository supervisors;

    @Autowired
    BhpCredentialRepository credentials;

    @Autowired
    WorkforceRecords workforceRecords;

    @Test
    void rpt2_one_npi_names_one_person_and_the_read_port_answers_it() {
        StaffId first = newStaff(Role.PEER);
        StaffId second = newStaff(Role.PEER);
        records.save(first, new StaffRecord(new Npi("1928374650"), null, null, null), 0);

        assertThatThrownBy(() -> records.save(second, new StaffRecord(new Npi("1928374650"), null, null, null), 0))
                .isInstanceOf(WorkforceInputException.class);
        assertThat(workforceRecords.npiOf(first)).contains(new Npi("1928374650"));
        assertThat(workforceRecords.npiOf(second)).isEmpty();
    }

    @Test
    void check1_the_read_port_answers_the_stored_certifications_and_no_screening_yet() {
        StaffId peer = newStaff(Role.PEER);
        certifications.save(WorkforceRepositoryContract.issued(
                peer, "PSS-RP-" + peer.value().toString().substring(0, 4)));

        assertThat(workforceRecords.certificationsOf(peer)).hasSize(1);
        assertThat(workforceRecords.certificationsOf(peer).getFirst().issuedOn())
                .isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(workforceRecords.screeningOf(peer)).isEqualTo(List.of());
        assertThat(workforceRecords.supervisorRecordOf(peer)).isEmpty();
    }

    /** The shared contract, here against the JPA adapters on PostgreSQL. */
    @Nested
    class Contract extends WorkforceRepositoryContract {

        @Override
        protected StaffRecordRepository records() {
            return records;
        }

        @Override
        protected CertificationRepository certifications() {
            return certifications;
        }

        @Override
        protected SupervisorQualificationRepository supervisors() {
            return supervisors;
        }

        @Override
        protected BhpCredentialRepository credentials() {
            return credentials;
        }

        @Override
        protected StaffId existingStaff() {
            return newStaff(Role.PEER);
        }
    }
}
