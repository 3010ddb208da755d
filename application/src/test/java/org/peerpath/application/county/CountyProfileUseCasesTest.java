package org.peerpath.application.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.county.port.in.AddOptInCommand;
import org.peerpath.application.county.port.in.ApproveRateCommand;
import org.peerpath.application.county.port.in.ChangeCountySettingCommand;
import org.peerpath.application.county.port.in.CountyProfileDetails;
import org.peerpath.application.county.port.in.CountyProfileExistsException;
import org.peerpath.application.county.port.in.CountyProfileMissingException;
import org.peerpath.application.county.port.in.CountySetting;
import org.peerpath.application.county.port.in.CredentialPermission;
import org.peerpath.application.county.port.in.DatedStanding;
import org.peerpath.application.county.port.in.EndOptInCommand;
import org.peerpath.application.county.port.in.EndRateCommand;
import org.peerpath.application.county.port.in.EstablishCountyProfileCommand;
import org.peerpath.application.county.port.in.OptInSummary;
import org.peerpath.application.county.port.in.RateNotFoundException;
import org.peerpath.application.county.port.in.RateSummary;
import org.peerpath.application.county.port.in.SettingSummary;
import org.peerpath.application.county.port.in.SettingValue;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.county.CountyProfileException;
import org.peerpath.credential.CredentialType;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.service.MinuteCounting;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

class CountyProfileUseCasesTest {

    // 2026-11-25 at 07:00 UTC is still 24 Nov in California: the county's date counts.
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T07:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate JUL_2023 = LocalDate.of(2023, 7, 1);

    private final InMemoryCountyProfiles profiles = new InMemoryCountyProfiles();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final EstablishCountyProfileService establish = new EstablishCountyProfileService(profiles, audit, clock);
    private final AddOptInService addOptIn = new AddOptInService(profiles, audit, clock);
    private final EndOptInService endOptIn = new EndOptInService(profiles, audit, clock);
    private final ApproveRateService approveRate = new ApproveRateService(profiles, audit, clock);
    private final EndRateService endRate = new EndRateService(profiles, audit, clock);
    private final ChangeCountySettingService changeSetting = new ChangeCountySettingService(profiles, audit, clock);
    private final CountyProfileQueryService queries = new CountyProfileQueryService(profiles, clock);

    private final Actor admin = new Actor(StaffId.newId(), "admin.test", Set.of(Role.ADMIN));

    private CountyProfileDetails details() {
        return queries.profile(admin).orElseThrow();
    }

    private long version() {
        return details().version();
    }

    private void establishYoloWithSmhs() {
        establish.establish(new EstablishCountyProfileCommand(admin, County.YOLO));
        addOptIn.addOptIn(new AddOptInCommand(admin, version(), DeliverySystem.SMHS, JUL_2023, null));
    }

    @Test
    void cty1_an_admin_sets_up_the_profile_and_opts_in_with_dates_and_each_change_is_audited() {
        establishYoloWithSmhs();
        addOptIn.addOptIn(
                new AddOptInCommand(admin, version(), DeliverySystem.DMC, JUL_2023, LocalDate.of(2025, 6, 30)));
        addOptIn.addOptIn(
                new AddOptInCommand(admin, version(), DeliverySystem.DMC_ODS, LocalDate.of(2027, 1, 1), null));

        assertThat(details().optIns())
                .extracting(OptInSummary::deliverySystem, OptInSummary::standing)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DeliverySystem.SMHS, DatedStanding.IN_FORCE),
                        org.assertj.core.groups.Tuple.tuple(DeliverySystem.DMC, DatedStanding.PAST),
                        org.assertj.core.groups.Tuple.tuple(DeliverySystem.DMC_ODS, DatedStanding.FUTURE));
        assertThat(details().today()).isEqualTo(TODAY);
        assertThat(audit.all())
                .extracting(AuditEvent::action)
                .containsExactly(
                        AuditAction.COUNTY_PROFILE_ESTABLISHED,
                        AuditAction.COUNTY_OPT_IN_ADDED,
                        AuditAction.COUNTY_OPT_IN_ADDED,
                        AuditAction.COUNTY_OPT_IN_ADDED);
        assertThat(audit.all()).allSatisfy(event -> assertThat(event.actor()).isEqualTo(admin.id()));
    }

    @Test
    void cty1_dmc_overlapping_dmc_ods_is_refused_at_the_delivery_system_and_nothing_changes() {
        establishYoloWithSmhs();
        addOptIn.addOptIn(new AddOptInCommand(admin, version(), DeliverySystem.DMC_ODS, JUL_2023, null));
        long before = version();

        assertThatThrownBy(() -> addOptIn.addOptIn(
                        new AddOptInCommand(admin, before, DeliverySystem.DMC, LocalDate.of(2026, 1, 1), null)))
                .isInstanceOfSatisfying(CountyProfileException.DmcAndDmcOds.class, e -> {
                    assertThat(e.field()).isEqualTo("deliverySystem");
                    assertThat(e.code()).isEqualTo("county.dmc-and-dmc-ods");
                });
        assertThat(version()).isEqualTo(before);
        assertThat(details().optIns()).hasSize(2);
    }

    @Test
    void cty1_an_opt_in_without_a_system_or_start_or_ending_before_it_starts_is_refused_at_its_field() {
        establish.establish(new EstablishCountyProfileCommand(admin, County.YOLO));

        assertThatThrownBy(() -> addOptIn.addOptIn(new AddOptInCommand(admin, version(), null, JUL_2023, null)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("deliverySystem"));
        assertThatThrownBy(
                        () -> addOptIn.addOptIn(new AddOptInCommand(admin, version(), DeliverySystem.SMHS, null, null)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startsOn"));
        assertThatThrownBy(() -> addOptIn.addOptIn(
                        new AddOptInCommand(admin, version(), DeliverySystem.SMHS, JUL_2023, JUL_2023.minusDays(1))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("endsOn");
                    assertThat(e.code()).isEqualTo("invalid.endsOn.before-start");
                });
    }

    @Test
    void cty1_ending_an_opt_in_keeps_earlier_days_and_is_audited() {
        establishYoloWithSmhs();

        endOptIn.endOptIn(new EndOptInCommand(admin, version(), DeliverySystem.SMHS, LocalDate.of(2026, 6, 30)));

        OptInSummary ended = details().optIns().getFirst();
        assertThat(ended.endsOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ended.standing()).isEqualTo(DatedStanding.PAST);
        assertThat(audit.all().getLast().action()).isEqualTo(AuditAction.COUNTY_OPT_IN_ENDED);
        assertThatThrownBy(() -> endOptIn.endOptIn(new EndOptInCommand(admin, version(), DeliverySystem.SMHS, null)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
    }

    @Test
    void cty2_a_rate_is_approved_under_an_opt_in_and_ended_later() {
        establishYoloWithSmhs();

        approveRate.approveRate(
                new ApproveRateCommand(admin, version(), DeliverySystem.SMHS, LevelOfCare.SMHS_CRISIS, JUL_2023, null));
        RateSummary rate = details().rates().getFirst();
        endRate.endRate(new EndRateCommand(admin, version(), rate, LocalDate.of(2026, 6, 30)));

        assertThat(details().rates()).singleElement().satisfies(r -> {
            assertThat(r.level()).isEqualTo(LevelOfCare.SMHS_CRISIS);
            assertThat(r.endsOn()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(r.standing()).isEqualTo(DatedStanding.PAST);
        });
        assertThat(audit.all())
                .extracting(AuditEvent::action)
                .endsWith(AuditAction.COUNTY_RATE_APPROVED, AuditAction.COUNTY_RATE_ENDED);
        assertThatThrownBy(() -> endRate.endRate(new EndRateCommand(admin, version(), rate, TODAY)))
                .as("the rate as it was before it ended")
                .isInstanceOf(RateNotFoundException.class);
    }

    @Test
    void cty2_a_rate_without_a_level_or_under_a_system_not_opted_into_is_refused_with_words_at_its_field() {
        establishYoloWithSmhs();

        assertThatThrownBy(() -> approveRate.approveRate(
                        new ApproveRateCommand(admin, version(), DeliverySystem.SMHS, null, JUL_2023, null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("level");
                    assertThat(e.code()).isEqualTo("value.required");
                });
        assertThatThrownBy(() -> approveRate.approveRate(new ApproveRateCommand(
                        admin, version(), DeliverySystem.DMC_ODS, LevelOfCare.ASAM_1_0, JUL_2023, null)))
                .isInstanceOfSatisfying(CountyProfileException.NotOptedIn.class, e -> assertThat(e.field())
                        .isEqualTo("deliverySystem"));
        assertThatThrownBy(() -> approveRate.approveRate(new ApproveRateCommand(
                        admin, version(), DeliverySystem.SMHS, LevelOfCare.ASAM_1_0, JUL_2023, null)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("level"));
    }

    @Test
    void cert5_a_setting_changes_and_the_audit_says_from_what_to_what() {
        establishYoloWithSmhs();

        changeSetting.change(new ChangeCountySettingCommand(
                admin, version(), CountySetting.RENEWAL_WINDOW_DAYS, new SettingValue.Number(60)));

        SettingSummary renewal = setting(CountySetting.RENEWAL_WINDOW_DAYS);
        assertThat(renewal.current()).isEqualTo(new SettingValue.Number(60));
        assertThat(renewal.defaultValue()).isEqualTo(new SettingValue.Number(90));
        assertThat(renewal.isDefault()).isFalse();
        assertThat(audit.all().getLast()).satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.COUNTY_SETTING_CHANGED);
            assertThat(event.detail()).isEqualTo("CERT-5 renewalWindowDays: 90 -> 60");
        });
    }

    @Test
    void sup3_a_negative_number_of_days_is_refused_at_its_field_with_the_limits() {
        establishYoloWithSmhs();
        long before = version();

        assertThatThrownBy(() -> changeSetting.change(new ChangeCountySettingCommand(
                        admin, before, CountySetting.SUPERVISOR_TRAINING_GRACE_DAYS, new SettingValue.Number(-5))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("supervisorTrainingGraceDays");
                    assertThat(e.code()).isEqualTo("value.between");
                    assertThat(e.argValues()).endsWith(0, 60);
                });
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void sup3_a_shorter_grace_pulls_the_alert_day_in() {
        establishYoloWithSmhs();

        changeSetting.change(new ChangeCountySettingCommand(
                admin, version(), CountySetting.SUPERVISOR_TRAINING_GRACE_DAYS, new SettingValue.Number(0)));

        assertThat(setting(CountySetting.SUPERVISOR_TRAINING_ALERT_DAY).current())
                .isEqualTo(new SettingValue.Number(0));
    }

    static Stream<CountySetting> everySetting() {
        return Arrays.stream(CountySetting.values());
    }

    @ParameterizedTest
    @MethodSource("everySetting")
    void every_setting_of_the_catalogue_is_shown_and_can_be_set_back_to_its_default(CountySetting setting) {
        establishYoloWithSmhs();
        SettingSummary row = setting(setting);
        assertThat(row.setting().ruleId()).matches("[A-Z]+-[0-9]+");

        changeSetting.change(new ChangeCountySettingCommand(admin, version(), setting, row.defaultValue()));

        assertThat(setting(setting).current()).isEqualTo(row.defaultValue());
    }

    @Test
    void svc3_grp1_grp2_open_settings_carry_their_assumption_and_settings_of_kind_setting_none() {
        establishYoloWithSmhs();

        assertThat(setting(CountySetting.MINUTE_COUNTING).assumptions())
                .singleElement()
                .satisfies(
                        a -> assertThat(a.messageKey()).isEqualTo("assumption.svc-3.travel-and-documentation-count"));
        changeSetting.change(new ChangeCountySettingCommand(
                admin, version(), CountySetting.MINUTE_COUNTING, new SettingValue.Choice(MinuteCounting.CONTACT_ONLY)));
        assertThat(setting(CountySetting.MINUTE_COUNTING).assumptions())
                .singleElement()
                .satisfies(a -> assertThat(a.messageKey()).isEqualTo("assumption.svc-3.contact-only"));
        assertThat(details().settings())
                .filteredOn(row -> !row.setting().isOpen())
                .allSatisfy(row -> assertThat(row.assumptions()).isEmpty());
        assertThat(details().settings())
                .filteredOn(row -> row.setting().isOpen())
                .allSatisfy(row -> assertThat(row.assumptions()).isNotEmpty());
        assertThat(details().referenceAssumptions()).extracting(a -> a.ruleId()).containsOnly("SVC-2");
    }

    @Test
    void dir1_dir3_reference_data_says_who_may_direct_and_recommend_and_marks_the_assumed_entries() {
        establishYoloWithSmhs();

        List<CredentialPermission> permissions = details().credentialPermissions();

        assertThat(permissions)
                .filteredOn(p -> p.type() == CredentialType.CERTIFIED_SUD_COUNSELOR)
                .extracting(
                        CredentialPermission::deliverySystem,
                        CredentialPermission::mayDirect,
                        CredentialPermission::directAssumed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DeliverySystem.SMHS, false, false),
                        org.assertj.core.groups.Tuple.tuple(DeliverySystem.DMC, true, true),
                        org.assertj.core.groups.Tuple.tuple(DeliverySystem.DMC_ODS, true, true));
        assertThat(permissions)
                .filteredOn(
                        p -> p.type() == CredentialType.REGISTERED_NURSE && p.deliverySystem() == DeliverySystem.SMHS)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.mayRecommend()).isTrue();
                    assertThat(p.recommendAssumed()).isTrue();
                    assertThat(p.directAssumed()).isFalse();
                });
        assertThat(permissions)
                .filteredOn(p -> p.type() == CredentialType.LICENSED_VOCATIONAL_NURSE)
                .allSatisfy(p -> assertThat(p.mayRecommend()).isFalse());
    }

    @Test
    void a_change_made_on_a_stale_screen_is_refused() {
        establishYoloWithSmhs();
        long seen = version();
        changeSetting.change(new ChangeCountySettingCommand(
                admin, seen, CountySetting.MEASURABLE_GOALS, new SettingValue.Switch(false)));

        assertThatThrownBy(() -> changeSetting.change(new ChangeCountySettingCommand(
                        admin, seen, CountySetting.RENEWAL_WINDOW_DAYS, new SettingValue.Number(30))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(setting(CountySetting.RENEWAL_WINDOW_DAYS).current()).isEqualTo(new SettingValue.Number(90));
    }

    @Test
    void changes_before_the_profile_is_set_up_are_refused_and_a_second_profile_too() {
        assertThat(queries.profile(admin)).isEmpty();
        assertThatThrownBy(() -> addOptIn.addOptIn(new AddOptInCommand(admin, 0, DeliverySystem.SMHS, JUL_2023, null)))
                .isInstanceOf(CountyProfileMissingException.class);

        establish.establish(new EstablishCountyProfileCommand(admin, County.YOLO));

        assertThatThrownBy(() -> establish.establish(new EstablishCountyProfileCommand(admin, County.SAN_DIEGO)))
                .isInstanceOf(CountyProfileExistsException.class);
        assertThatThrownBy(() -> establish.establish(new EstablishCountyProfileCommand(admin, null)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("county"));
    }

    @Test
    void a_setting_refuses_a_value_of_the_wrong_type_before_any_use_case_runs() {
        assertThatThrownBy(() -> new ChangeCountySettingCommand(
                        admin, 0, CountySetting.RENEWAL_WINDOW_DAYS, new SettingValue.Switch(true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChangeCountySettingCommand(
                        admin, 0, CountySetting.MINUTE_COUNTING, new SettingValue.Choice(DeliverySystem.SMHS)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** CONF-1: Spring applies method security; here every use-case method is shown to be for admins only. */
    @Test
    void conf1_every_county_profile_use_case_is_for_admins_only() {
        List<Class<?>> services = List.of(
                EstablishCountyProfileService.class,
                AddOptInService.class,
                EndOptInService.class,
                ApproveRateService.class,
                EndRateService.class,
                ChangeCountySettingService.class,
                CountyProfileQueryService.class);
        for (Class<?> service : services) {
            for (Method method : service.getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
                    assertThat(method.getAnnotation(RolesAllowed.class))
                            .as("%s.%s", service.getSimpleName(), method.getName())
                            .isNotNull()
                            .extracting(RolesAllowed::value)
                            .isEqualTo(new String[] {Role.ADMIN_ROLE});
                }
            }
        }
    }

    private SettingSummary setting(CountySetting setting) {
        return details().settings().stream()
                .filter(row -> row.setting() == setting)
                .findFirst()
                .orElseThrow();
    }
}
