package org.peerpath.application.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.claim.ClaimFactsSource;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.service.port.in.PeerServiceQueries;
import org.peerpath.application.service.port.in.ServiceFilter;
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.application.service.port.out.GroupSessionRepository;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.service.port.out.ServiceKey;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.claim.ClaimReadiness;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.service.PeerService;
import org.peerpath.service.ServiceDraft;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional // writes the audit trail
class PeerServiceQueryService implements PeerServiceQueries {

    /** How far back the work queue looks for services that are not claimable. */
    static final int QUEUE_DAYS = 90;

    /** How many services a filtered page reads at a time. */
    static final int FILTER_BATCH = 50;

    private final MemberRepository members;
    private final CareTeamRule careTeam;
    private final PeerServiceRepository services;
    private final ClaimFactsSource facts;
    private final AuditTrail audit;
    private final Clock clock;
    private final GroupSessionRepository groups;

    PeerServiceQueryService(
            MemberRepository members,
            CareTeamRule careTeam,
            PeerServiceRepository services,
            ClaimFactsSource facts,
            AuditTrail audit,
            Clock clock,
            GroupSessionRepository groups) {
        this.members = members;
        this.careTeam = careTeam;
        this.services = services;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
        this.groups = groups;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public Optional<Slice<ServiceSummary>> servicesOf(Actor actor, MemberId id, PageSpec page) {
        return servicesOf(actor, id, ServiceFilter.ANY, page);
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public Optional<Slice<ServiceSummary>> servicesOf(Actor actor, MemberId id, ServiceFilter filter, PageSpec page) {
        Optional<Member> member = members.findById(id);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        if (!careTeam.accessTo(actor, id, member.get().primaryPeer().orElse(null), Clocks.today(clock))
                .seesClinicalRecords()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "services: not on the care team");
            return Optional.empty();
        }
        // Claimable is the claim check's answer today, never stored: the filter walks the member's services newest
        // first in batches and keeps those that pass, stopping at the first one older than the range.
        ServiceJudge judge = new ServiceJudge(facts, groups);
        ServiceKey after = page.afterKey() == null ? null : ServiceKey.parse(page.afterKey());
        List<ServiceSummary> items = new ArrayList<>();
        PeerService lastShown = null;
        boolean more = false;
        int batch = filter.equals(ServiceFilter.ANY) ? page.size() + 1 : Math.max(page.size() + 1, FILTER_BATCH);
        walk:
        while (true) {
            List<PeerService> rows = services.findByMember(id, batch, after);
            for (PeerService row : rows) {
                if (filter.isBefore(Objects.requireNonNull(row.asDraft().dateOfService()))) {
                    break walk;
                }
                ServiceSummary summary = summary(row, member.get(), judge);
                if (!filter.admits(summary)) {
                    continue;
                }
                if (items.size() == page.size()) {
                    more = true;
                    break walk;
                }
                items.add(summary);
                lastShown = row;
            }
            if (rows.size() < batch) {
                break;
            }
            after = ServiceKey.of(rows.getLast());
        }
        record(actor, AuditAction.SERVICES_VIEWED, id, "services: " + items.size());
        return Optional.of(new Slice<>(
                items, more && lastShown != null ? ServiceKey.of(lastShown).text() : null));
    }

    @Override
    @RolesAllowed(Role.PEER_ROLE)
    public List<ServiceSummary> notClaimable(Actor peer) {
        LocalDate from = Clocks.today(clock).minusDays(QUEUE_DAYS);
        ServiceJudge judge = new ServiceJudge(facts, groups);
        LocalDate today = Clocks.today(clock);
        Map<MemberId, Optional<Member>> seen = new HashMap<>();
        // MEM-3: only members the peer still cares for; a member handed to another peer drops out of the queue
        List<ServiceSummary> queue = services.findByPeer(peer.id(), from, 200).stream()
                .map(s -> seen.computeIfAbsent(
                                s.asDraft().member(), id -> members.findById(id).filter(m -> careTeam.accessTo(
                                                peer, id, m.primaryPeer().orElse(null), today)
                                        .seesClinicalRecords()))
                        .map(m -> summary(s, m, judge))
                        .orElse(null))
                .filter(Objects::nonNull)
                .filter(s -> !s.claimable())
                .toList();
        queue.stream()
                .map(ServiceSummary::member)
                .distinct()
                .forEach(m -> record(peer, AuditAction.SERVICES_VIEWED, m, "work queue: services not claimable"));
        return queue;
    }

    private static ServiceSummary summary(PeerService service, Member member, ServiceJudge judge) {
        ServiceDraft draft = service.asDraft();
        ClaimReadiness readiness = judge.check(service);
        return new ServiceSummary(
                service.id(),
                draft.member(),
                member.name().fullName(),
                Objects.requireNonNull(draft.dateOfService()),
                Objects.requireNonNull(draft.code()),
                Objects.requireNonNull(draft.deliverySystem()),
                Objects.requireNonNull(draft.modality()),
                Objects.requireNonNull(draft.placeOfService()).code(),
                Objects.requireNonNull(draft.minutes()).contact(),
                judge.units(service),
                draft.crisis(),
                service.status(),
                service.note().map(n -> n.text()).orElse(null),
                service.note().map(n -> n.isSigned()).orElse(false),
                service.addenda().stream().map(a -> a.text()).toList(),
                readiness.isReady(),
                readiness.blocking(),
                service.version());
    }

    private void record(Actor actor, AuditAction action, MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }
}
