package org.peerpath.persistence.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.service.port.out.ServiceKey;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.collateral.CollateralId;
import org.peerpath.goal.GoalId;
import org.peerpath.levelofcare.Transition;
import org.peerpath.member.MemberId;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.service.Addendum;
import org.peerpath.service.AgencyContact;
import org.peerpath.service.GroupSessionId;
import org.peerpath.service.PeerService;
import org.peerpath.service.ProgressNote;
import org.peerpath.service.ServiceComponent;
import org.peerpath.service.ServiceDraft;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The JPA adapter of recorded services. Mapped by hand rather than by MapStruct: the aggregate nests its draft, note
 * and addenda and is rebuilt through the draft's fluent builder, which a generated mapper cannot call; the repository
 * contract checks every field round-trips.
 */
@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class PeerServiceAdapter implements PeerServiceRepository {

    private static final String RECORD = "service";

    private final PeerServiceJpaRepository jpa;
    private final EntityManager entityManager;

    PeerServiceAdapter(PeerServiceJpaRepository jpa, EntityManager entityManager) {
        this.jpa = jpa;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PeerService> findById(ServiceId id) {
        return jpa.findById(id.value()).map(PeerServiceAdapter::toDomain);
    }

    @Override
    public void save(PeerService service) {
        Optional<PeerServiceJpaEntity> stored = jpa.findById(service.id().value());
        if (stored.isPresent() && stored.get().version != service.version()) {
            throw new ConcurrentChangeException(RECORD);
        }
        PeerServiceJpaEntity entity = stored.orElseGet(PeerServiceJpaEntity::new);
        copyInto(service, entity);
        try {
            if (stored.isEmpty()) {
                entityManager.persist(entity);
            }
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            // another transaction saved the service between our read and this flush
            throw new ConcurrentChangeException(RECORD);
        } catch (ConstraintViolationException e) {
            if ("peer_service_pkey".equals(e.getConstraintName())) {
                throw new ConcurrentChangeException(RECORD);
            }
            throw e;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<PeerService> findByMember(MemberId member, int limit, @Nullable ServiceKey after) {
        List<PeerServiceJpaEntity> rows = after == null
                ? jpa.firstOfMember(member.value(), Limit.of(limit))
                : jpa.ofMemberAfter(
                        member.value(), after.dateOfService(), after.id().value(), Limit.of(limit));
        return rows.stream().map(PeerServiceAdapter::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PeerService> findByPeer(StaffId peer, LocalDate from, int limit) {
        return jpa.ofPeerFrom(peer.value(), from, Limit.of(limit)).stream()
                .map(PeerServiceAdapter::toDomain)
                .toList();
    }

    private static void copyInto(PeerService service, PeerServiceJpaEntity e) {
        ServiceDraft d = service.asDraft();
        ServiceMinutes minutes = Objects.requireNonNull(d.minutes());
        e.id = service.id().value();
        e.memberId = d.member().value();
        e.peerId = d.peer().value();
        e.dateOfService = Objects.requireNonNull(d.dateOfService());
        e.endedAt = d.endedAt();
        e.deliverySystem = Objects.requireNonNull(d.deliverySystem());
        e.code = Objects.requireNonNull(d.code());
        e.components = d.components().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        e.contactMinutes = minutes.contact();
        e.travelMinutes = minutes.travel();
        e.documentationMinutes = minutes.documentation();
        e.modality = Objects.requireNonNull(d.modality());
        e.placeOfService = Objects.requireNonNull(d.placeOfService());
        e.memberPresent = d.memberPresent();
        e.absenceReason = d.absenceReason();
        e.agencies.clear();
        for (AgencyContact agency : d.agencyContacts()) {
            AgencyRow row = new AgencyRow();
            row.organization = agency.organization();
            row.purpose = agency.purpose();
            e.agencies.add(row);
        }
        e.collaterals.clear();
        d.collateralParticipants().forEach(c -> e.collaterals.add(c.value()));
        e.goals.clear();
        d.goals().forEach(g -> e.goals.add(g.value()));
        Transition transition = d.transition();
        e.transitionFrom = transition == null ? null : transition.from();
        e.transitionTo = transition == null ? null : transition.to();
        e.levelOfCare = d.levelOfCare();
        e.crisis = d.crisis();
        e.planVersionId = service.planVersion().map(PlanOfCareId::value).orElse(null);
        e.status = service.status();
        ProgressNote note = service.note().orElse(null);
        e.noteText = note == null ? null : note.text();
        e.noteAuthorId = note == null ? null : note.author().value();
        e.noteSignedAt = note == null ? null : note.signedAt();
        e.noteCosignedBy = note == null || note.cosignedBy() == null
                ? null
                : note.cosignedBy().value();
        e.voidReason = service.voidReason().orElse(null);
        e.groupSessionId = d.groupSession() == null ? null : d.groupSession().value();
        e.addenda.clear();
        for (Addendum a : service.addenda()) {
            AddendumRow row = new AddendumRow();
            row.text = a.text();
            row.authorId = a.author().value();
            row.writtenAt = a.writtenAt();
            e.addenda.add(row);
        }
    }

    private static PeerService toDomain(PeerServiceJpaEntity e) {
        ProgressNote note = e.noteText == null
                ? null
                : new ProgressNote(
                        e.noteText,
                        new StaffId(Objects.requireNonNull(e.noteAuthorId)),
                        e.noteSignedAt,
                        e.noteCosignedBy == null ? null : new StaffId(e.noteCosignedBy));
        ServiceDraft.Builder draft = ServiceDraft.start(new MemberId(e.memberId), new StaffId(e.peerId))
                .on(e.dateOfService)
                .endedAt(e.endedAt)
                .under(e.deliverySystem)
                .code(e.code)
                .components(Arrays.stream(e.components.split(","))
                        .map(ServiceComponent::valueOf)
                        .collect(Collectors.toSet()))
                .minutes(new ServiceMinutes(e.contactMinutes, e.travelMinutes, e.documentationMinutes))
                .delivered(e.modality, e.placeOfService)
                .level(e.levelOfCare)
                .crisis(e.crisis)
                .note(note == null ? null : note.signedAt(), note != null && note.cosignedBy() != null)
                .voided(e.voidReason != null)
                .groupSession(e.groupSessionId == null ? null : new GroupSessionId(e.groupSessionId));
        draft.agencyContacts(e.agencies.stream()
                .map(a -> new AgencyContact(a.organization, a.purpose))
                .toList());
        draft.collaterals(e.collaterals.stream().map(CollateralId::new).toList());
        draft.goals(e.goals.stream().map(GoalId::new).toList());
        if (e.transitionFrom != null && e.transitionTo != null) {
            draft.transition(new Transition(e.transitionFrom, e.transitionTo));
        }
        if (!e.memberPresent) {
            draft.memberAbsent(e.absenceReason);
        }
        List<Addendum> addenda = e.addenda.stream()
                .map(a -> new Addendum(a.text, new StaffId(a.authorId), a.writtenAt))
                .toList();
        return PeerService.restore(
                new ServiceId(e.id),
                draft.build(),
                e.planVersionId == null ? null : new PlanOfCareId(e.planVersionId),
                e.status,
                note,
                addenda,
                e.voidReason,
                e.version);
    }
}
