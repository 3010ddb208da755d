package org.peerpath.application.collateral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.collateral.port.in.AddCollateralCommand;
import org.peerpath.application.collateral.port.in.AuthorizeSharingCommand;
import org.peerpath.application.collateral.port.in.CollateralDetails;
import org.peerpath.application.collateral.port.in.CollateralEntry;
import org.peerpath.application.collateral.port.in.CollateralNotFoundException;
import org.peerpath.application.collateral.port.in.CollateralRefusedException;
import org.peerpath.application.collateral.port.in.EditCollateralCommand;
import org.peerpath.application.collateral.port.in.EndCollateralCommand;
import org.peerpath.application.collateral.port.in.MemberCollaterals;
import org.peerpath.application.collateral.port.in.RecordPart2ConsentCommand;
import org.peerpath.application.collateral.port.in.RevokeAuthorizationCommand;
import org.peerpath.application.collateral.port.in.RevokePart2ConsentCommand;
import org.peerpath.application.collateral.port.in.SharingStatus;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.InMemoryMembers;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.application.supervision.InMemoryOversight;
import org.peerpath.collateral.CollateralId;
import org.peerpath.collateral.Relationship;
import org.peerpath.member.Language;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Role;

/** Who may do what with a member's collaterals, and what front desk may see of them (MEM-3, CONF-1, COL-1, COL-3, COL-4). */
class CollateralUseCasesTest {

    // 20:00 UTC on 25 Nov is still 25 Nov in California.
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
    private final InMemoryMembers members = new InMemoryMembers(staff::displayName);
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryOversight oversight = new InMemoryOversight();
    private final InMemoryCollaterals collaterals = new InMemoryCollaterals();
    private final CareTeamRule careTeam = new CareTeamRule(oversight.supervisions(), oversight.directions());
    private final CollateralGate gate = new CollateralGate(members, careTeam, audit, clock);
    private final ManageCollateralsService manage = new ManageCollateralsService(collaterals, gate);
    private final CollateralQueryService queries = new CollateralQueryService(collaterals, gate);

    private final Actor peerA = actor("peer.a", Role.PEER);
    private final Actor peerB = actor("peer.b", Role.PEER);
    private final Actor desk = actor("desk", Role.STAFF);
    private final Actor admin = actor("admin", Role.ADMIN);

    private final MemberId mhMember = member(EnumSet.of(DeliverySystem.SMHS));
    private final MemberId part2Member = member(EnumSet.of(DeliverySystem.DMC_ODS));

    private Actor actor(String username, Role role) {
        return new Actor(staff.add(username, role), username, Set.of(role));
    }

    private MemberId member(EnumSet<DeliverySystem> systems) {
        Member member = Member.enroll(
                        new PersonName("Mar", "Collateralson"),
                        LocalDate.of(1990, 1, 1),
                        TestMembers.freshCin(),
                        County.YOLO,
                        systems,
                        new Language("English"),
                        TODAY)
                .assignPrimaryPeer(peerA.id());
        members.save(member);
        return member.id();
    }

    private static CollateralEntry rosa() {
        return new CollateralEntry(
                "Rosa", "Collateralson", Relationship.PARENT, "(530) 555-0100", "rosa@example.org", "", "Spanish");
    }

    private CollateralId addRosa(MemberId member) {
        return manage.add(new AddCollateralCommand(peerA, member, rosa()));
    }

    private long version(CollateralId id) {
        return collaterals.findById(id).orElseThrow().version();
    }

    private UUID authorize(CollateralId id, LocalDate from, LocalDate until) {
        return manage.authorize(new AuthorizeSharingCommand(peerA, id, version(id), "Appointments", from, until));
    }

    private CollateralDetails asSeenBy(Actor actor, MemberId member) {
        return queries.collaterals(actor, member).orElseThrow().collaterals().getFirst();
    }

    @Test
    void col1_a_peer_on_the_care_team_adds_a_collateral_and_sees_it_with_its_details() {
        CollateralId id = addRosa(mhMember);

        CollateralDetails shown = asSeenBy(peerA, mhMember);
        assertThat(shown.id()).isEqualTo(id);
        assertThat(shown.relationship()).isEqualTo(Relationship.PARENT);
        assertThat(shown.phone()).isEqualTo("(530) 555-0100");
        assertThat(shown.sharing()).isEqualTo(SharingStatus.NONE);
        assertThat(audit.all()).extracting(AuditEvent::action).contains(AuditAction.COLLATERAL_ADDED);
    }

    @Test
    void mem3_a_peer_outside_the_care_team_gets_nothing_from_any_use_case_or_query() {
        CollateralId id = addRosa(mhMember);
        long version = version(id);

        assertThat(queries.collaterals(peerB, mhMember)).isEmpty();
        assertThatThrownBy(() -> manage.add(new AddCollateralCommand(peerB, mhMember, rosa())))
                .isInstanceOf(CollateralNotFoundException.class);
        assertThatThrownBy(() -> manage.edit(new EditCollateralCommand(peerB, id, version, rosa())))
                .isInstanceOf(CollateralNotFoundException.class);
        assertThatThrownBy(() -> manage.end(new EndCollateralCommand(peerB, id, version, TODAY)))
                .isInstanceOf(CollateralNotFoundException.class);
        assertThatThrownBy(() -> manage.authorize(new AuthorizeSharingCommand(peerB, id, version, "All", TODAY, null)))
                .isInstanceOf(CollateralNotFoundException.class);
        assertThatThrownBy(() -> manage.record(new RecordPart2ConsentCommand(peerB, id, version, "Rosa", TODAY, null)))
                .isInstanceOf(CollateralNotFoundException.class);
        assertThatThrownBy(() ->
                        manage.revoke(new RevokeAuthorizationCommand(peerB, id, version, UUID.randomUUID(), TODAY)))
                .isInstanceOf(CollateralNotFoundException.class);
        assertThatThrownBy(() ->
                        manage.revoke(new RevokePart2ConsentCommand(peerB, id, version, UUID.randomUUID(), TODAY)))
                .isInstanceOf(CollateralNotFoundException.class);
        assertThatThrownBy(() -> manage.add(new AddCollateralCommand(peerA, MemberId.newId(), rosa())))
                .isInstanceOf(CollateralNotFoundException.class);
        assertThat(audit.all())
                .filteredOn(e -> e.action() == AuditAction.MEMBER_ACCESS_DENIED)
                .hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void conf1_front_desk_adds_contacts_but_is_refused_authorizations_and_part2_consents() {
        CollateralId id = manage.add(new AddCollateralCommand(desk, part2Member, rosa()));

        assertThatThrownBy(
                        () -> manage.authorize(new AuthorizeSharingCommand(desk, id, version(id), "All", TODAY, null)))
                .isInstanceOfSatisfying(CollateralRefusedException.class, e -> assertThat(e.code())
                        .isEqualTo(CollateralRefusedException.CARE_TEAM_ONLY));
        assertThatThrownBy(
                        () -> manage.record(new RecordPart2ConsentCommand(desk, id, version(id), "Rosa", TODAY, null)))
                .isInstanceOf(CollateralRefusedException.class);
        assertThat(collaterals.findById(id).orElseThrow().authorizations()).isEmpty();
    }

    @Test
    void col1_bad_input_is_named_at_its_field() {
        assertThatThrownBy(() -> manage.add(new AddCollateralCommand(
                        peerA, mhMember, new CollateralEntry("Rosa", "C", null, "5305550100", null, null, "Spanish"))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("relationship"));
        assertThatThrownBy(() -> manage.add(new AddCollateralCommand(
                        peerA,
                        mhMember,
                        new CollateralEntry("Rosa", "C", Relationship.PARENT, "call me", null, null, "Spanish"))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("phone"));
        assertThatThrownBy(() -> manage.add(new AddCollateralCommand(
                        peerA,
                        mhMember,
                        new CollateralEntry("Rosa", "C", Relationship.PARENT, null, "rosa.example", null, "Spanish"))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(collaterals.findByMember(mhMember)).isEmpty();
    }

    @Test
    void col3_an_expiry_before_the_start_and_a_revocation_before_the_start_are_named_at_their_fields() {
        CollateralId id = addRosa(mhMember);

        assertThatThrownBy(() -> authorize(id, TODAY, TODAY.minusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("expiresOn"));
        UUID authorization = authorize(id, TODAY, TODAY.plusYears(1));
        assertThatThrownBy(() -> manage.revoke(
                        new RevokeAuthorizationCommand(peerA, id, version(id), authorization, TODAY.minusDays(1))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("revokedOn"));
        assertThatThrownBy(
                        () -> manage.authorize(new AuthorizeSharingCommand(peerA, id, version(id), " ", TODAY, null)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("scope"));
    }

    @Test
    void col3_front_desk_sees_the_details_only_while_an_authorization_is_active() {
        CollateralId id = addRosa(mhMember);
        assertThat(asSeenBy(desk, mhMember).contactShown()).isFalse();
        assertThat(asSeenBy(desk, mhMember).phone()).isNull();

        UUID authorization = authorize(id, TODAY.minusMonths(1), TODAY.plusMonths(11));
        CollateralDetails authorized = asSeenBy(desk, mhMember);
        assertThat(authorized.contactShown()).isTrue();
        assertThat(authorized.phone()).isEqualTo("(530) 555-0100");
        assertThat(authorized.sharing()).isEqualTo(SharingStatus.ACTIVE);
        assertThat(authorized.authorizations())
                .as("scope and dates are the care team's")
                .isEmpty();

        manage.revoke(new RevokeAuthorizationCommand(peerA, id, version(id), authorization, TODAY));
        CollateralDetails revoked = asSeenBy(desk, mhMember);
        assertThat(revoked.contactShown()).isFalse();
        assertThat(revoked.phone()).isNull();
        assertThat(revoked.email()).isNull();
        assertThat(revoked.sharing()).isEqualTo(SharingStatus.REVOKED);
    }

    @Test
    void col3_an_expired_authorization_shows_nothing_to_front_desk_and_reads_expired() {
        CollateralId id = addRosa(mhMember);
        authorize(id, TODAY.minusYears(1), TODAY);

        CollateralDetails expired = asSeenBy(desk, mhMember);
        assertThat(expired.contactShown()).isFalse();
        assertThat(expired.sharing()).isEqualTo(SharingStatus.EXPIRED);
    }

    @Test
    void col3_for_a_part2_member_an_authorization_without_consent_reads_like_none_and_nothing_hints_at_sud() {
        CollateralId id = addRosa(part2Member);
        authorize(id, TODAY.minusMonths(1), null);

        MemberCollaterals forDesk = queries.collaterals(desk, part2Member).orElseThrow();
        CollateralDetails withheld = forDesk.collaterals().getFirst();
        assertThat(forDesk.part2Member()).isFalse();
        assertThat(forDesk.careTeamView()).isFalse();
        assertThat(withheld.contactShown()).isFalse();
        assertThat(withheld.sharing()).isEqualTo(SharingStatus.NONE);
        assertThat(withheld.consents()).isEmpty();
        assertThat(queries.collaterals(peerA, part2Member).orElseThrow().part2Member())
                .isTrue();

        manage.record(new RecordPart2ConsentCommand(peerA, id, version(id), "Rosa Collateralson", TODAY, null));
        CollateralDetails shown = asSeenBy(desk, part2Member);
        assertThat(shown.contactShown()).isTrue();
        assertThat(shown.phone()).isEqualTo("(530) 555-0100");
        assertThat(asSeenBy(peerA, part2Member).consents()).singleElement().satisfies(c -> assertThat(c.inForce())
                .isTrue());
    }

    @Test
    void col3_a_consent_naming_a_class_covers_the_collaterals_marked_in_it_and_no_other() {
        CollateralId rosa = addRosa(part2Member);
        CollateralId tio = manage.add(new AddCollateralCommand(
                peerA,
                part2Member,
                new CollateralEntry(
                        "Tio", "Collateralson", Relationship.OTHER_FAMILY, "(530) 555-0111", "", "", "Spanish")));
        CollateralId friend = manage.add(new AddCollateralCommand(
                peerA,
                part2Member,
                new CollateralEntry("Fia", "Friendly", Relationship.FRIEND, "(530) 555-0122", "", "", "English")));
        for (CollateralId id : List.of(rosa, tio, friend)) {
            authorize(id, TODAY.minusMonths(1), null);
        }

        manage.record(new RecordPart2ConsentCommand(
                peerA, rosa, version(rosa), "My household members", TODAY, null, true, List.of(tio)));

        Map<String, CollateralDetails> forDesk =
                queries.collaterals(desk, part2Member).orElseThrow().collaterals().stream()
                        .collect(java.util.stream.Collectors.toMap(CollateralDetails::givenName, c -> c));
        assertThat(forDesk.get("Rosa").contactShown()).isTrue();
        assertThat(forDesk.get("Tio").contactShown()).isTrue();
        assertThat(forDesk.get("Fia").contactShown()).isFalse();
        assertThat(queries.collaterals(peerA, part2Member).orElseThrow().collaterals().stream()
                        .filter(c -> c.givenName().equals("Tio"))
                        .findFirst()
                        .orElseThrow()
                        .consents())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.namesClass()).isTrue();
                    assertThat(c.namedPerson()).isEqualTo("My household members");
                });
    }

    @Test
    void col3_a_class_consent_cannot_cover_another_members_collateral() {
        CollateralId rosa = addRosa(part2Member);
        CollateralId elsewhere = addRosa(mhMember);

        assertThatThrownBy(() -> manage.record(new RecordPart2ConsentCommand(
                        peerA, rosa, version(rosa), "My household", TODAY, null, true, List.of(elsewhere))))
                .isInstanceOf(CollateralNotFoundException.class);
    }

    @Test
    void col3_a_part2_consent_is_refused_for_a_member_outside_dmc_and_dmc_ods() {
        CollateralId id = addRosa(mhMember);

        assertThatThrownBy(
                        () -> manage.record(new RecordPart2ConsentCommand(peerA, id, version(id), "Rosa", TODAY, null)))
                .isInstanceOfSatisfying(CollateralRefusedException.class, e -> assertThat(e.code())
                        .isEqualTo(CollateralRefusedException.NOT_A_PART2_MEMBER));
    }

    @Test
    void col4_each_look_at_a_contact_is_audited_with_who_when_member_and_collateral() {
        CollateralId id = addRosa(mhMember);
        authorize(id, TODAY, null);
        int before = audit.all().size();

        asSeenBy(desk, mhMember);
        asSeenBy(desk, mhMember);

        List<AuditEvent> looks = audit.all().subList(before, audit.all().size()).stream()
                .filter(e -> e.action() == AuditAction.COLLATERAL_CONTACT_SHOWN)
                .toList();
        assertThat(looks).hasSize(2).allSatisfy(look -> {
            assertThat(look.actor()).isEqualTo(desk.id());
            assertThat(look.member()).isEqualTo(mhMember);
            assertThat(look.at()).isEqualTo(clock.instant());
            assertThat(look.detail()).contains(id.value().toString());
        });
    }

    @Test
    void col4_a_withheld_contact_is_audited_too() {
        CollateralId id = addRosa(mhMember);

        asSeenBy(desk, mhMember);

        assertThat(audit.all())
                .filteredOn(e -> e.action() == AuditAction.COLLATERAL_CONTACT_WITHHELD)
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains(id.value().toString()));
    }

    @Test
    void col3_front_desk_may_not_edit_a_contact_it_may_not_see_but_may_edit_one_it_sees() {
        CollateralId id = addRosa(mhMember);

        assertThatThrownBy(() -> manage.edit(new EditCollateralCommand(desk, id, version(id), rosa())))
                .isInstanceOfSatisfying(CollateralRefusedException.class, e -> assertThat(e.code())
                        .isEqualTo(CollateralRefusedException.NOT_AUTHORIZED_TO_SHARE));

        authorize(id, TODAY, null);
        CollateralEntry newPhone = new CollateralEntry(
                "Rosa", "Collateralson", Relationship.PARENT, "530 555 0177", null, null, "Spanish");
        manage.edit(new EditCollateralCommand(desk, id, version(id), newPhone));
        assertThat(asSeenBy(admin, mhMember).phone()).isEqualTo("530 555 0177");
    }

    @Test
    void a_stale_edit_is_refused_and_what_was_saved_stays() {
        CollateralId id = addRosa(mhMember);
        long seen = version(id);
        manage.edit(new EditCollateralCommand(peerA, id, seen, rosa()));

        assertThatThrownBy(() -> manage.end(new EndCollateralCommand(admin, id, seen, TODAY)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(collaterals.findById(id).orElseThrow().endedOn()).isNull();
    }

    @Test
    void col1_an_ended_collateral_is_listed_last_and_front_desk_sees_none_of_its_details() {
        CollateralId id = addRosa(mhMember);
        authorize(id, TODAY.minusDays(3), null);
        manage.add(new AddCollateralCommand(
                peerA,
                mhMember,
                new CollateralEntry("Zed", "Zimmer", Relationship.FRIEND, "5305550123", null, null, "English")));

        manage.end(new EndCollateralCommand(peerA, id, version(id), TODAY));

        List<CollateralDetails> forDesk =
                queries.collaterals(desk, mhMember).orElseThrow().collaterals();
        assertThat(forDesk).extracting(CollateralDetails::givenName).containsExactly("Zed", "Rosa");
        assertThat(forDesk.get(1).endedOn()).isEqualTo(TODAY);
        assertThat(forDesk.get(1).contactShown()).isFalse();
        assertThatThrownBy(() -> manage.end(new EndCollateralCommand(peerA, id, version(id), TODAY)))
                .isInstanceOf(CollateralRefusedException.class);
    }

    @Test
    void col3_a_withdrawn_part2_consent_counts_from_front_desks_next_look_and_is_audited() {
        CollateralId id = addRosa(part2Member);
        authorize(id, TODAY.minusMonths(1), null);
        manage.record(
                new RecordPart2ConsentCommand(peerA, id, version(id), "Rosa Collateralson", TODAY.minusDays(10), null));
        assertThat(asSeenBy(desk, part2Member).contactShown()).isTrue();
        UUID consent = asSeenBy(peerA, part2Member).consents().getFirst().id();

        // Front desk may not withdraw it; a date before the signing is named at its field.
        assertThatThrownBy(() -> manage.revoke(new RevokePart2ConsentCommand(desk, id, version(id), consent, TODAY)))
                .isInstanceOfSatisfying(CollateralRefusedException.class, e -> assertThat(e.code())
                        .isEqualTo(CollateralRefusedException.CARE_TEAM_ONLY));
        assertThatThrownBy(() -> manage.revoke(
                        new RevokePart2ConsentCommand(peerA, id, version(id), consent, TODAY.minusDays(11))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("revokedOn"));
        assertThatThrownBy(() -> manage.revoke(new RevokePart2ConsentCommand(peerA, id, version(id), consent, null)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("revokedOn"));

        manage.revoke(new RevokePart2ConsentCommand(peerA, id, version(id), consent, TODAY));

        CollateralDetails forDesk = asSeenBy(desk, part2Member);
        assertThat(forDesk.contactShown()).isFalse();
        assertThat(forDesk.phone()).isNull();
        assertThat(forDesk.sharing()).isEqualTo(SharingStatus.NONE);
        assertThat(asSeenBy(peerA, part2Member).consents()).singleElement().satisfies(c -> {
            assertThat(c.inForce()).isFalse();
            assertThat(c.revokedOn()).isEqualTo(TODAY);
        });
        assertThat(audit.all())
                .filteredOn(e -> e.action() == AuditAction.PART2_CONSENT_REVOKED)
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains(consent.toString(), "revoked on " + TODAY));
        assertThatThrownBy(() -> manage.revoke(new RevokePart2ConsentCommand(peerA, id, version(id), consent, TODAY)))
                .isInstanceOfSatisfying(CollateralRefusedException.class, e -> assertThat(e.code())
                        .isEqualTo(CollateralRefusedException.CONSENT_ALREADY_REVOKED));
        assertThatThrownBy(() -> manage.revoke(
                        new RevokePart2ConsentCommand(peerA, id, version(id) - 1, UUID.randomUUID(), TODAY)))
                .isInstanceOfSatisfying(CollateralRefusedException.class, e -> assertThat(e.code())
                        .isEqualTo(CollateralRefusedException.NO_SUCH_CONSENT));
    }

    @Test
    void a_stale_consent_withdrawal_is_refused_and_the_consent_stays_in_force() {
        CollateralId id = addRosa(part2Member);
        manage.record(new RecordPart2ConsentCommand(peerA, id, version(id), "Rosa Collateralson", TODAY, null));
        UUID consent = asSeenBy(peerA, part2Member).consents().getFirst().id();
        long seen = version(id);
        manage.edit(new EditCollateralCommand(peerA, id, seen, rosa()));

        assertThatThrownBy(() -> manage.revoke(new RevokePart2ConsentCommand(peerA, id, seen, consent, TODAY)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(asSeenBy(peerA, part2Member).consents().getFirst().inForce()).isTrue();
    }
}
