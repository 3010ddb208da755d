package org.peerpath.application.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.out.PeerDirectionRepository;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerDirection;
import org.peerpath.supervision.PeerSupervision;

/**
 * What every store of supervision and direction histories must do (SUP-1, DIR-2), run against the in-memory fake and
 * against the JPA adapters on real PostgreSQL.
 */
public abstract class OversightRepositoryContract {

    protected static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    protected static final LocalDate MAR = LocalDate.of(2026, 3, 1);

    protected abstract PeerSupervisionRepository supervisions();

    protected abstract PeerDirectionRepository directions();

    /** An account with {@code role} that assignments may name. */
    protected abstract StaffId newStaff(Role role);

    @Test
    void a_peer_without_a_stored_history_has_an_empty_one_never_stored() {
        StaffId peer = newStaff(Role.PEER);

        assertThat(supervisions().findByPeer(peer).value().assignments()).isEmpty();
        assertThat(supervisions().findByPeer(peer).version()).isEqualTo(Versioned.NEVER_STORED);
        assertThat(directions().findByPeer(peer).value().assignments()).isEmpty();
        assertThat(directions().findByPeer(peer).version()).isEqualTo(Versioned.NEVER_STORED);
    }

    @Test
    void sup1_a_stored_supervision_history_comes_back_with_every_date() {
        StaffId peer = newStaff(Role.PEER);
        StaffId first = newStaff(Role.SUPERVISOR);
        StaffId second = newStaff(Role.SUPERVISOR);
        PeerSupervision history = PeerSupervision.of(peer).assign(first, JAN, null, null);
        supervisions().save(history, Versioned.NEVER_STORED);
        Versioned<PeerSupervision> stored = supervisions().findByPeer(peer);

        supervisions().save(stored.value().assign(second, MAR, null, null), stored.version());

        Versioned<PeerSupervision> found = supervisions().findByPeer(peer);
        assertThat(found.value().assignments())
                .extracting(a -> a.supervisor(), a -> a.startsOn(), a -> a.endsOn())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, JAN, MAR.minusDays(1)),
                        org.assertj.core.groups.Tuple.tuple(second, MAR, null));
        assertThat(found.version()).isGreaterThan(stored.version());
    }

    @Test
    void sup1_the_peers_supervised_on_a_date_count_only_the_assignment_in_force_that_day() {
        StaffId peer = newStaff(Role.PEER);
        StaffId first = newStaff(Role.SUPERVISOR);
        StaffId second = newStaff(Role.SUPERVISOR);
        supervisions()
                .save(
                        PeerSupervision.of(peer).assign(first, JAN, null, null).assign(second, MAR, null, null),
                        Versioned.NEVER_STORED);

        assertThat(supervisions().peersSupervisedOn(first, MAR.minusDays(1))).containsExactly(peer);
        assertThat(supervisions().peersSupervisedOn(first, MAR)).isEmpty();
        assertThat(supervisions().peersSupervisedOn(second, MAR)).containsExactly(peer);
        assertThat(supervisions().peersSupervisedOn(second, JAN)).isEmpty();
    }

    @Test
    void sup1_saving_a_supervision_history_changed_since_it_was_read_is_refused() {
        StaffId peer = newStaff(Role.PEER);
        StaffId first = newStaff(Role.SUPERVISOR);
        StaffId second = newStaff(Role.SUPERVISOR);
        Versioned<PeerSupervision> copyA = supervisions().findByPeer(peer);
        Versioned<PeerSupervision> copyB = supervisions().findByPeer(peer);
        supervisions().save(copyA.value().assign(first, JAN, null, null), copyA.version());

        assertThatThrownBy(() -> supervisions().save(copyB.value().assign(second, JAN, null, null), copyB.version()))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> assertThat(e.code())
                        .isEqualTo(ConcurrentChangeException.CODE));

        Versioned<PeerSupervision> copyC = supervisions().findByPeer(peer);
        Versioned<PeerSupervision> copyD = supervisions().findByPeer(peer);
        supervisions().save(copyC.value().assign(second, MAR, null, null), copyC.version());
        assertThatThrownBy(() -> supervisions().save(copyD.value().assign(second, MAR, null, null), copyD.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(supervisions().findByPeer(peer).value().assignments()).hasSize(2);
    }

    @Test
    void dir2_a_stored_direction_history_comes_back_and_counts_only_on_its_dates() {
        StaffId peer = newStaff(Role.PEER);
        StaffId first = newStaff(Role.BHP);
        StaffId second = newStaff(Role.BHP);
        directions().save(PeerDirection.of(peer).assign(first, JAN).assign(second, MAR), Versioned.NEVER_STORED);

        assertThat(directions().findByPeer(peer).value().assignments())
                .extracting(a -> a.bhp(), a -> a.startsOn(), a -> a.endsOn())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, JAN, MAR.minusDays(1)),
                        org.assertj.core.groups.Tuple.tuple(second, MAR, null));
        assertThat(directions().peersDirectedOn(first, JAN)).containsExactly(peer);
        assertThat(directions().peersDirectedOn(first, MAR)).isEmpty();
        assertThat(directions().peersDirectedOn(second, MAR.plusYears(1))).containsExactly(peer);
    }

    @Test
    void dir2_saving_a_direction_history_changed_since_it_was_read_is_refused() {
        StaffId peer = newStaff(Role.PEER);
        StaffId bhp = newStaff(Role.BHP);
        Versioned<PeerDirection> copyA = directions().findByPeer(peer);
        Versioned<PeerDirection> copyB = directions().findByPeer(peer);
        directions().save(copyA.value().assign(bhp, JAN), copyA.version());

        assertThatThrownBy(() -> directions().save(copyB.value().assign(bhp, MAR), copyB.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        Versioned<PeerDirection> fresh = directions().findByPeer(peer);
        directions().save(fresh.value().assign(bhp, MAR), fresh.version());
        assertThat(directions().findByPeer(peer).value().assignments()).hasSize(2);
    }
}
