package org.peerpath.application.county;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peerpath.application.county.port.in.CountyProfileDetails;
import org.peerpath.application.county.port.in.CountyProfileQueries;
import org.peerpath.application.county.port.in.CountySetting;
import org.peerpath.application.county.port.in.CredentialPermission;
import org.peerpath.application.county.port.in.DatedStanding;
import org.peerpath.application.county.port.in.OptInSummary;
import org.peerpath.application.county.port.in.RateSummary;
import org.peerpath.application.county.port.in.SettingSummary;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.county.Assumption;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.CountySettings;
import org.peerpath.credential.CredentialReferenceData;
import org.peerpath.credential.CredentialType;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CountyProfileQueryService implements CountyProfileQueries {

    private static final String UNIT_BASIS = "unitBasis.";

    private final CountyProfileRepository profiles;
    private final Clock clock;

    CountyProfileQueryService(CountyProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public Optional<CountyProfileDetails> profile(Actor actor) {
        return profiles.find().map(this::details);
    }

    private CountyProfileDetails details(CountyPolicyProfile profile) {
        LocalDate today = Clocks.today(clock);
        List<OptInSummary> optIns = profile.optIns().stream()
                .map(o -> new OptInSummary(
                        o.deliverySystem(),
                        o.period().startsOn(),
                        o.period().endsOn(),
                        DatedStanding.of(o.period(), today)))
                .sorted(Comparator.comparing(OptInSummary::deliverySystem).thenComparing(OptInSummary::startsOn))
                .toList();
        List<RateSummary> rates = profile.approvedRates().stream()
                .map(r -> new RateSummary(
                        r.deliverySystem(),
                        r.level(),
                        r.period().startsOn(),
                        r.period().endsOn(),
                        DatedStanding.of(r.period(), today)))
                .sorted(Comparator.comparing(RateSummary::deliverySystem)
                        .thenComparing(RateSummary::level)
                        .thenComparing(RateSummary::startsOn))
                .toList();
        CountySettings settings = profile.settings();
        CountySettings defaults = CountySettings.defaultsFor(profile.county());
        List<Assumption> assumptions = settings.assumptions();
        List<SettingSummary> rows = Arrays.stream(CountySetting.values())
                .map(setting -> new SettingSummary(
                        setting,
                        CountySettingValues.read(settings, setting),
                        CountySettingValues.read(defaults, setting),
                        assumptions.stream()
                                .filter(a -> a.setting().equals(setting.key()))
                                .toList()))
                .toList();
        List<Assumption> reference = assumptions.stream()
                .filter(a -> a.setting().startsWith(UNIT_BASIS))
                .toList();
        return new CountyProfileDetails(
                profile.county(),
                profile.version(),
                today,
                optIns,
                rates,
                rows,
                reference,
                permissions(CredentialReferenceData.defaults()));
    }

    private static List<CredentialPermission> permissions(CredentialReferenceData data) {
        List<CredentialReferenceData.Assumption> open = data.assumptions();
        List<CredentialPermission> permissions = new ArrayList<>();
        for (DeliverySystem system : DeliverySystem.values()) {
            for (CredentialType type : CredentialType.values()) {
                // every type, so that a "no" (an LVN recommending, DIR-3) is as visible as a "yes"
                boolean directs = data.mayDirect(type, system);
                boolean recommends = data.mayRecommend(type, system);
                permissions.add(new CredentialPermission(
                        system,
                        type,
                        directs,
                        directs && assumed(open, "DIR-1", system, type),
                        recommends,
                        recommends && assumed(open, "DIR-3", system, type)));
            }
        }
        return List.copyOf(permissions);
    }

    private static boolean assumed(
            List<CredentialReferenceData.Assumption> open, String ruleId, DeliverySystem system, CredentialType type) {
        return open.stream()
                .anyMatch(a -> a.ruleId().equals(ruleId) && a.deliverySystem() == system && a.type() == type);
    }
}
