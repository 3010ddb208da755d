package org.peerpath.persistence.service;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ObjectFactory;
import org.mapstruct.ReportingPolicy;
import org.peerpath.collateral.CollateralId;
import org.peerpath.goal.GoalId;
import org.peerpath.levelofcare.Transition;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.service.PeerServiceSnapshot.AddendumSnapshot;
import org.peerpath.persistence.service.PeerServiceSnapshot.AgencySnapshot;
import org.peerpath.persistence.service.PeerServiceSnapshot.Recorded;
import org.peerpath.persistence.shared.DomainIds;
import org.peerpath.persistence.shared.MappingConfig;
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

/**
 * Service rows to snapshots and back, and a service's draft, note and record to a snapshot, checked by MapStruct
 * property by property (SVC); a service is rebuilt only in {@link #restore}, through the draft's builder and
 * {@code PeerService.restore}, which check it as recording did.
 */
@Mapper(config = MappingConfig.class, uses = DomainIds.class)
interface PeerServiceJpaMapper {

    // ---- rows and snapshots

    PeerServiceSnapshot toSnapshot(PeerServiceJpaEntity entity);

    AgencySnapshot toSnapshot(AgencyRow row);

    AddendumSnapshot toSnapshot(AddendumRow row);

    // The key is set once when the row is created; the version is Hibernate's to raise.
    @BeanMapping(ignoreUnmappedSourceProperties = {"id", "version"})
    void fill(PeerServiceSnapshot snapshot, @MappingTarget PeerServiceJpaEntity entity);

    AgencyRow toRow(AgencySnapshot snapshot);

    AddendumRow toRow(AddendumSnapshot snapshot);

    /** SVC-1: the components' names, sorted and comma-separated, as the column holds them. */
    default String joined(Set<ServiceComponent> components) {
        return components.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    default Set<ServiceComponent> split(String components) {
        return Arrays.stream(components.split(","))
                .map(ServiceComponent::valueOf)
                .collect(Collectors.toSet());
    }

    // ---- the service to a snapshot

    default PeerServiceSnapshot toSnapshot(PeerService service) {
        Recorded recorded = new Recorded(
                service.id().value(),
                service.planVersion().map(PlanOfCareId::value).orElse(null),
                service.status(),
                service.voidReason().orElse(null),
                service.addenda(),
                service.version());
        return toSnapshot(service.asDraft(), service.note().orElse(null), recorded);
    }

    // What the draft says of the note and the void is read back from the note and the status (see restore); whether
    // the note is signed follows from its signing time.
    @Mapping(target = "memberId", source = "draft.member")
    @Mapping(target = "peerId", source = "draft.peer")
    @Mapping(target = "contactMinutes", source = "draft.minutes.contact")
    @Mapping(target = "travelMinutes", source = "draft.minutes.travel")
    @Mapping(target = "documentationMinutes", source = "draft.minutes.documentation")
    @Mapping(target = "agencies", source = "draft.agencyContacts")
    @Mapping(target = "collaterals", source = "draft.collateralParticipants")
    @Mapping(target = "transitionFrom", source = "draft.transition.from")
    @Mapping(target = "transitionTo", source = "draft.transition.to")
    @Mapping(target = "groupSessionId", source = "draft.groupSession")
    @Mapping(target = "noteText", source = "note.text")
    @Mapping(target = "noteAuthorId", source = "note.author")
    @Mapping(target = "noteSignedAt", source = "note.signedAt")
    @Mapping(target = "noteCosignedBy", source = "note.cosignedBy")
    @Mapping(target = "noteCosignedAt", source = "note.cosignedAt")
    @BeanMapping(ignoreUnmappedSourceProperties = {"noteSignedAt", "noteCosigned", "voided", "signed"})
    PeerServiceSnapshot toSnapshot(ServiceDraft draft, @Nullable ProgressNote note, Recorded recorded);

    AgencySnapshot toSnapshot(AgencyContact agency);

    @Mapping(target = "authorId", source = "author")
    AddendumSnapshot toSnapshot(Addendum addendum);

    // ---- a snapshot to the service

    // restore(..) reads every component; the service has no setters to fill afterwards.
    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    PeerService toService(PeerServiceSnapshot snapshot);

    default PeerService toDomain(PeerServiceJpaEntity entity) {
        return toService(toSnapshot(entity));
    }

    List<AgencyContact> toAgencies(List<AgencySnapshot> snapshots);

    @Mapping(target = "author", source = "authorId")
    Addendum toAddendum(AddendumSnapshot snapshot);

    List<Addendum> toAddenda(List<AddendumSnapshot> snapshots);

    @ObjectFactory
    default PeerService restore(PeerServiceSnapshot s) {
        ProgressNote note = s.noteText() == null
                ? null
                : new ProgressNote(
                        s.noteText(),
                        new StaffId(Objects.requireNonNull(s.noteAuthorId(), "noteAuthorId")),
                        s.noteSignedAt(),
                        s.noteCosignedBy() == null ? null : new StaffId(s.noteCosignedBy()),
                        s.noteCosignedAt());
        ServiceDraft.Builder draft = ServiceDraft.start(new MemberId(s.memberId()), new StaffId(s.peerId()))
                .on(s.dateOfService())
                .endedAt(s.endedAt())
                .under(s.deliverySystem())
                .code(s.code())
                .components(s.components())
                .minutes(new ServiceMinutes(s.contactMinutes(), s.travelMinutes(), s.documentationMinutes()))
                .delivered(s.modality(), s.placeOfService())
                .level(s.levelOfCare())
                .crisis(s.crisis())
                .note(note == null ? null : note.signedAt(), note != null && note.cosignedBy() != null)
                .voided(s.voidReason() != null)
                .groupSession(s.groupSessionId() == null ? null : new GroupSessionId(s.groupSessionId()))
                .agencyContacts(toAgencies(s.agencies()))
                .collaterals(s.collaterals().stream().map(CollateralId::new).toList())
                .goals(s.goals().stream().map(GoalId::new).toList());
        if (s.transitionFrom() != null && s.transitionTo() != null) {
            draft.transition(new Transition(s.transitionFrom(), s.transitionTo()));
        }
        if (!s.memberPresent()) {
            draft.memberAbsent(s.absenceReason());
        }
        return PeerService.restore(
                new ServiceId(s.id()),
                draft.build(),
                s.planVersionId() == null ? null : new PlanOfCareId(s.planVersionId()),
                s.status(),
                note,
                toAddenda(s.addenda()),
                s.voidReason(),
                s.version());
    }
}
