package org.peerpath.application.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.shared.Clocks;
import org.peerpath.member.Member;
import org.peerpath.service.Modality;
import org.peerpath.service.PeerService;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceComponent;
import org.peerpath.service.ServiceDraft;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Component;

/**
 * Issue H: a few services Ava recorded for her members, so that the Services tab and the claim check have something to
 * show. Lucian's DMC-ODS service falls after his enrollment ended, so it is not claimable for that reason too (SVC-7).
 * Paloma's plan-development session (POC-1) is named by her complete plan (see {@link DemoPlans}).
 */
@Component
class DemoServices {

    private final PeerServiceRepository services;
    private final Clock clock;

    DemoServices(PeerServiceRepository services, Clock clock) {
        this.services = services;
        this.clock = clock;
    }

    void record(StaffId ava, Member juniper, Member dmitri, Member lucian) {
        LocalDate today = Clocks.today(clock);
        DeliverySystem juniperSystem =
                juniper.deliverySystems().stream().sorted().findFirst().orElse(DeliverySystem.SMHS);
        save(
                ServiceDraft.individual(juniper.id(), ava)
                        .on(today.minusDays(3))
                        .endedAt(LocalTime.of(10, 45))
                        .under(juniperSystem)
                        .components(ServiceComponent.ENGAGEMENT)
                        .minutes(new ServiceMinutes(45, 15, 10))
                        .delivered(Modality.IN_PERSON, PlaceOfService.COMMUNITY_MENTAL_HEALTH_CENTER)
                        .build(),
                ava,
                "Juniper and I made a list of three things that help on hard mornings.");
        save(
                ServiceDraft.individual(juniper.id(), ava)
                        .on(today.minusDays(10))
                        .under(juniperSystem)
                        .components(ServiceComponent.ENGAGEMENT, ServiceComponent.THERAPEUTIC_ACTIVITY)
                        .minutes(ServiceMinutes.contactOnly(30))
                        .delivered(Modality.VIDEO, PlaceOfService.TELEHEALTH_IN_HOME)
                        .build(),
                ava,
                "Video check-in: Juniper practised asking for a schedule change at work.");
        save(
                ServiceDraft.individual(dmitri.id(), ava)
                        .on(today.minusDays(5))
                        .under(DeliverySystem.DMC_ODS)
                        .components(ServiceComponent.THERAPEUTIC_ACTIVITY)
                        .minutes(new ServiceMinutes(60, 20, 10))
                        .delivered(Modality.IN_PERSON, PlaceOfService.HOME)
                        .build(),
                ava,
                "Walked with Dmitri to his first recovery meeting at the community hall.");
        save(
                ServiceDraft.individual(lucian.id(), ava)
                        .on(today.minusDays(20))
                        .under(DeliverySystem.DMC_ODS)
                        .components(ServiceComponent.ENGAGEMENT)
                        .minutes(ServiceMinutes.contactOnly(25))
                        .delivered(Modality.TELEPHONE, PlaceOfService.TELEHEALTH_OTHER_THAN_HOME)
                        .crisis(true)
                        .build(),
                ava,
                "Lucian called after a rough night; we talked through his safety plan.");
    }

    /**
     * POC-1: the session in which Ava met Paloma to develop her plan, the day the plan was started; the complete plan
     * names it, so it is claimable once the plan is complete. Returns the service's ID.
     */
    ServiceId planDevelopmentSession(StaffId ava, Member paloma, LocalDate on) {
        DeliverySystem system =
                paloma.deliverySystems().stream().sorted().findFirst().orElse(DeliverySystem.SMHS);
        return save(
                ServiceDraft.individual(paloma.id(), ava)
                        .on(on)
                        .endedAt(LocalTime.of(11, 30))
                        .under(system)
                        .components(ServiceComponent.ENGAGEMENT)
                        .minutes(new ServiceMinutes(60, 15, 10))
                        .delivered(Modality.IN_PERSON, PlaceOfService.COMMUNITY_MENTAL_HEALTH_CENTER)
                        .build(),
                ava,
                "Paloma and I wrote her Plan of Care together: a place of her own and better sleep, in her words.");
    }

    private ServiceId save(ServiceDraft draft, StaffId ava, String note) {
        PeerService service = PeerService.record(draft, List.of()).writeNote(note, ava);
        services.save(service);
        return service.id();
    }
}
