package org.peerpath.persistence.supervision;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peerpath.application.supervision.OversightRepositoryContract;
import org.peerpath.application.supervision.port.out.PeerDirectionRepository;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OversightAdaptersIT extends PersistenceIT {

    @Autowired
    PeerSupervisionRepository supervisions;

    @Autowired
    PeerDirectionRepository directions;

    @Autowired
    JdbcClient jdbc;

    /** The shared contract, here against the JPA adapters on PostgreSQL. */
    @Nested
    class Contract extends OversightRepositoryContract {

        @Override
        protected PeerSupervisionRepository supervisions() {
            return supervisions;
        }

        @Override
        protected PeerDirectionRepository directions() {
            return directions;
        }

        @Override
        protected StaffId newStaff(Role role) {
            return OversightAdaptersIT.this.newStaff(role);
        }
    }

    @Test
    void sup1_the_database_itself_refuses_two_supervisors_on_one_day_for_one_peer() {
        StaffId peer = newStaff(Role.PEER);
        UUID first = newStaff(Role.SUPERVISOR).value();
        UUID second = newStaff(Role.SUPERVISOR).value();
        jdbc.sql("insert into peer_supervision (peer_id) values (?)")
                .param(peer.value())
                .update();
        jdbc.sql("insert into supervision_assignment (peer_id, supervisor_id, starts_on) values (?, ?, ?)")
                .params(List.of(peer.value(), first, LocalDate.of(2026, 1, 1)))
                .update();

        assertThatThrownBy(() -> jdbc.sql(
                                "insert into supervision_assignment (peer_id, supervisor_id, starts_on, ends_on)"
                                        + " values (?, ?, ?, ?)")
                        .params(List.of(peer.value(), second, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 1)))
                        .update())
                .hasMessageContaining("supervision_assignment_one_at_a_time");
    }
}
