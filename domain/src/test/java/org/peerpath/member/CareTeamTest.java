package org.peerpath.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.shared.StaffId;

class CareTeamTest {

    @Test
    void mem3_the_care_team_is_peers_supervisors_directing_bhp_and_recommender() {
        StaffId primary = StaffId.newId();
        StaffId other = StaffId.newId();
        StaffId supervisor = StaffId.newId();
        StaffId bhp = StaffId.newId();
        StaffId recommender = StaffId.newId();
        CareTeam team = new CareTeam(MemberId.newId(), primary, List.of(other), List.of(supervisor), bhp, recommender);

        assertThat(List.of(primary, other, supervisor, bhp, recommender)).allMatch(team::includes);
        assertThat(team.includes(StaffId.newId())).isFalse();
        assertThat(new CareTeam(MemberId.newId(), primary, List.of(), List.of(), null, null).includes(bhp))
                .isFalse();
        assertThatThrownBy(() -> new CareTeam(MemberId.newId(), primary, List.of(primary), List.of(), null, null))
                .hasMessage("invalid.otherPeers.primary-peer-listed-once {}");
    }
}
