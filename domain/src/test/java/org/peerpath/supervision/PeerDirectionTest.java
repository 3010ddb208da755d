package org.peerpath.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;

class PeerDirectionTest {

    static final StaffId PEER = StaffId.newId();
    static final StaffId FIRST = StaffId.newId();
    static final StaffId SECOND = StaffId.newId();
    static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @Test
    void dir2_a_new_directing_bhp_ends_the_previous_assignment_the_day_before() {
        PeerDirection direction = PeerDirection.of(PEER).assign(FIRST, JAN).assign(SECOND, LocalDate.of(2026, 3, 1));

        assertThat(direction
                        .assignmentOn(LocalDate.of(2026, 2, 28))
                        .orElseThrow()
                        .bhp())
                .isEqualTo(FIRST);
        assertThat(direction
                        .assignmentOn(LocalDate.of(2026, 3, 1))
                        .orElseThrow()
                        .bhp())
                .isEqualTo(SECOND);
        assertThat(direction.assignmentOn(JAN.minusDays(1))).isEmpty();
        assertThat(direction.assignments().getFirst().endsOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(direction.assignments().getLast().endsOn()).isNull();
    }

    @Test
    void dir2_a_new_directing_bhp_cannot_start_on_or_before_the_current_ones_start() {
        PeerDirection direction = PeerDirection.of(PEER).assign(FIRST, JAN);

        assertThatThrownBy(() -> direction.assign(SECOND, JAN))
                .isInstanceOfSatisfying(SupervisionException.Overlap.class, e -> {
                    assertThat(e.code()).isEqualTo(Message.SUPERVISION_OVERLAP.key());
                    assertThat(e.argValues()).containsExactly(JAN);
                });
        assertThatThrownBy(() -> direction.assign(SECOND, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startsOn"));
        assertThat(PeerDirection.restore(PEER, direction.assignments()).assignments())
                .isEqualTo(direction.assignments());
    }
}
