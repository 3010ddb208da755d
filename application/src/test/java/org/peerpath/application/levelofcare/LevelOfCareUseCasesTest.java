package org.peerpath.application.levelofcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.levelofcare.port.in.CloseEpisodeCommand;
import org.peerpath.application.levelofcare.port.in.EpisodeRefusedException;
import org.peerpath.application.levelofcare.port.in.EpisodeSummary;
import org.peerpath.application.levelofcare.port.in.MemberEpisodes;
import org.peerpath.application.levelofcare.port.in.OpenEpisodeCommand;
import org.peerpath.application.levelofcare.port.in.TimelinePeriod;
import org.peerpath.application.levelofcare.port.in.TransitionEpisodeCommand;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.InMemoryMembers;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.application.supervision.InMemoryOversight;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

class LevelOfCareUseCasesTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC);
    private final InMemoryMembers members = new InMemoryMembers(id -> "Peer");
    private final InMemoryEpisodes store = new InMemoryEpisodes();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryOversight oversight = new InMemoryOversight();
    private final CareTeamRule careTeam = new CareTeamRule(oversight.supervisions(), oversight.directions());
    private final EpisodeHistory history = new EpisodeHistory(members, store, careTeam, audit, clock);
    private final OpenEpisodeService open = new OpenEpisodeService(history);
    private final CloseEpisodeService close = new CloseEpisodeService(history);
    private final TransitionEpisodeService transition = new TransitionEpisodeService(history);
    private final LevelOfCareQueryService queries = new LevelOfCareQueryService(history);

    private final Actor peer = actor(Role.PEER);
    private final Actor otherPeer = actor(Role.PEER);
    private final Actor desk = actor(Role.STAFF);
    private final Actor admin = actor(Role.ADMIN);

    private static Actor actor(Role role) {
        return new Actor(StaffId.newId(), role.name().toLowerCase(), Set.of(role));
    }

    private MemberId member() {
        Member member = TestMembers.member("Lio", "Episodes").assignPrimaryPeer(peer.id());
        members.save(member);
        return member.id();
    }

    private long version(MemberId id) {
        return store.findByMember(id).version();
    }

    private void openAsPeer(MemberId id, DeliverySystem system, LevelOfCare level, LocalDate from, LocalDate to) {
        open.open(new OpenEpisodeCommand(peer, id, system, level, from, to, version(id)));
    }

    @Test
    void loc3_a_transition_ends_the_open_episode_the_day_before_and_opens_the_next_level() {
        MemberId id = member();
        openAsPeer(id, DeliverySystem.DMC_ODS, LevelOfCare.ASAM_3_5, START, null);

        transition.transition(new TransitionEpisodeCommand(
                peer, id, DeliverySystem.DMC_ODS, LevelOfCare.ASAM_2_1, START.plusDays(20), version(id)));

        MemberEpisodes seen = queries.episodes(peer, id).orElseThrow();
        assertThat(seen.episodes())
                .containsExactly(
                        new EpisodeSummary(
                                DeliverySystem.DMC_ODS, LevelOfCare.ASAM_3_5, START, START.plusDays(19), null),
                        new EpisodeSummary(
                                DeliverySystem.DMC_ODS,
                                LevelOfCare.ASAM_2_1,
                                START.plusDays(20),
                                null,
                                LevelOfCare.ASAM_3_5));
        assertThat(audit.forMember(id, 3))
                .extracting(AuditEvent::action)
                .containsExactly(
                        AuditAction.EPISODES_VIEWED, AuditAction.EPISODE_TRANSITIONED, AuditAction.EPISODE_OPENED);
    }

    @Test
    void loc2_the_timeline_shows_combined_periods_and_the_standalone_gaps_between_and_after_them() {
        MemberId id = member();
        openAsPeer(id, DeliverySystem.SMHS, LevelOfCare.SMHS_CRISIS, START, START.plusDays(3));
        openAsPeer(id, DeliverySystem.SMHS, LevelOfCare.SMHS_OUTPATIENT, START.plusDays(10), START.plusDays(40));

        assertThat(queries.episodes(admin, id).orElseThrow().timeline())
                .containsExactly(
                        new TimelinePeriod(DeliverySystem.SMHS, LevelOfCare.SMHS_CRISIS, START, START.plusDays(3)),
                        new TimelinePeriod(DeliverySystem.SMHS, null, START.plusDays(4), START.plusDays(9)),
                        new TimelinePeriod(
                                DeliverySystem.SMHS,
                                LevelOfCare.SMHS_OUTPATIENT,
                                START.plusDays(10),
                                START.plusDays(40)),
                        new TimelinePeriod(DeliverySystem.SMHS, null, START.plusDays(41), null));
    }

    @Test
    void loc1_a_level_not_of_that_delivery_system_is_named_at_the_level() {
        MemberId id = member();

        assertThatThrownBy(() -> openAsPeer(id, DeliverySystem.SMHS, LevelOfCare.ASAM_2_1, START, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("level");
                    assertThat(e.code()).isEqualTo("invalid.level.not-under-delivery-system");
                });
        assertThatThrownBy(() -> transition.transition(new TransitionEpisodeCommand(
                        peer, id, DeliverySystem.SMHS, LevelOfCare.SMHS_CRISIS, START, version(id))))
                .isInstanceOf(EpisodeRefusedException.class);
    }

    @Test
    void loc1_an_end_before_the_start_is_named_at_the_end_date_when_opening_and_closing() {
        MemberId id = member();

        assertThatThrownBy(() ->
                        openAsPeer(id, DeliverySystem.SMHS, LevelOfCare.SMHS_OUTPATIENT, START, START.minusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
        openAsPeer(id, DeliverySystem.SMHS, LevelOfCare.SMHS_OUTPATIENT, START, null);
        assertThatThrownBy(() -> close.close(
                        new CloseEpisodeCommand(peer, id, DeliverySystem.SMHS, START.minusDays(1), version(id))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("endsOn");
                    assertThat(e.code()).isEqualTo("invalid.endsOn.before-start");
                });
    }

    @Test
    void loc2_two_episodes_of_one_system_on_the_same_day_are_refused_at_the_start() {
        MemberId id = member();
        openAsPeer(id, DeliverySystem.SMHS, LevelOfCare.SMHS_OUTPATIENT, START, null);

        assertThatThrownBy(() -> openAsPeer(id, DeliverySystem.SMHS, LevelOfCare.SMHS_CRISIS, START.plusDays(5), null))
                .isInstanceOfSatisfying(EpisodeRefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("startsOn");
                    assertThat(e.code()).isEqualTo("episodes.refused.overlap");
                });
        openAsPeer(id, DeliverySystem.DMC_ODS, LevelOfCare.ASAM_1_0, START.plusDays(5), null);
    }

    @Test
    void loc1_a_change_over_a_stale_version_is_refused() {
        MemberId id = member();
        long seen = version(id);
        openAsPeer(id, DeliverySystem.SMHS, LevelOfCare.SMHS_OUTPATIENT, START, null);

        assertThatThrownBy(() -> open.open(new OpenEpisodeCommand(
                        peer, id, DeliverySystem.DMC_ODS, LevelOfCare.ASAM_1_0, START, null, seen)))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void conf2_front_desk_is_refused_levels_of_care_even_when_a_view_forgot_to_hide_them() {
        MemberId id = member();
        openAsPeer(id, DeliverySystem.SMHS, LevelOfCare.SMHS_OUTPATIENT, START, null);

        assertThat(queries.episodes(desk, id)).isEmpty();
        assertThatThrownBy(() -> close.close(
                        new CloseEpisodeCommand(desk, id, DeliverySystem.SMHS, START.plusDays(1), version(id))))
                .isInstanceOf(MemberNotFoundException.class);
        assertThat(store.findByMember(id).value()).singleElement().satisfies(e -> assertThat(e.endsOn())
                .isNull());
        assertThat(audit.forMember(id, 2))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.MEMBER_ACCESS_DENIED, AuditAction.MEMBER_ACCESS_DENIED);
    }

    @Test
    void mem3_a_peer_outside_the_care_team_gets_nothing_and_the_admin_sees_all() {
        MemberId id = member();

        assertThat(queries.episodes(otherPeer, id)).isEmpty();
        assertThat(queries.episodes(admin, id)).isPresent();
        assertThat(queries.episodes(peer, MemberId.newId())).isEmpty();
    }

    @Test
    void loc1_the_form_offers_only_levels_of_the_chosen_system() {
        assertThat(queries.levelsUnder(DeliverySystem.SMHS))
                .containsExactly(
                        LevelOfCare.SMHS_OUTPATIENT,
                        LevelOfCare.SMHS_CRISIS,
                        LevelOfCare.SMHS_RESIDENTIAL,
                        LevelOfCare.SMHS_INPATIENT);
        assertThat(queries.levelsUnder(DeliverySystem.DMC)).allMatch(level -> level.belongsTo(DeliverySystem.DMC));
    }

    @Test
    void mem3_a_peer_outside_the_care_team_opens_closes_and_transitions_nothing_and_each_attempt_is_audited() {
        MemberId id = member();
        openAsPeer(id, DeliverySystem.DMC_ODS, LevelOfCare.ASAM_3_5, START, null);

        assertThatThrownBy(() -> open.open(new OpenEpisodeCommand(
                        otherPeer, id, DeliverySystem.SMHS, LevelOfCare.SMHS_OUTPATIENT, START, null, version(id))))
                .isInstanceOf(MemberNotFoundException.class);
        assertThatThrownBy(() -> close.close(
                        new CloseEpisodeCommand(otherPeer, id, DeliverySystem.DMC_ODS, START.plusDays(5), version(id))))
                .isInstanceOf(MemberNotFoundException.class);
        assertThatThrownBy(() -> transition.transition(new TransitionEpisodeCommand(
                        otherPeer, id, DeliverySystem.DMC_ODS, LevelOfCare.ASAM_2_1, START.plusDays(5), version(id))))
                .isInstanceOf(MemberNotFoundException.class);
        assertThat(store.findByMember(id).value()).singleElement().satisfies(e -> assertThat(e.endsOn())
                .isNull());
        assertThat(audit.forMember(id, 3))
                .extracting(AuditEvent::action)
                .containsExactly(
                        AuditAction.MEMBER_ACCESS_DENIED,
                        AuditAction.MEMBER_ACCESS_DENIED,
                        AuditAction.MEMBER_ACCESS_DENIED);
    }
}
