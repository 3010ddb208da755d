package org.peerpath.ui.county;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.county.port.in.AddOptInCommand;
import org.peerpath.application.county.port.in.AddOptInUseCase;
import org.peerpath.application.county.port.in.ApproveRateCommand;
import org.peerpath.application.county.port.in.ApproveRateUseCase;
import org.peerpath.application.county.port.in.ChangeCountySettingCommand;
import org.peerpath.application.county.port.in.ChangeCountySettingUseCase;
import org.peerpath.application.county.port.in.CountyProfileDetails;
import org.peerpath.application.county.port.in.CountyProfileQueries;
import org.peerpath.application.county.port.in.CredentialPermission;
import org.peerpath.application.county.port.in.DatedStanding;
import org.peerpath.application.county.port.in.EndOptInCommand;
import org.peerpath.application.county.port.in.EndOptInUseCase;
import org.peerpath.application.county.port.in.EndRateCommand;
import org.peerpath.application.county.port.in.EndRateUseCase;
import org.peerpath.application.county.port.in.EstablishCountyProfileCommand;
import org.peerpath.application.county.port.in.EstablishCountyProfileUseCase;
import org.peerpath.application.county.port.in.OptInSummary;
import org.peerpath.application.county.port.in.RateSummary;
import org.peerpath.application.county.port.in.SettingSummary;
import org.peerpath.application.county.port.in.SettingValue;
import org.peerpath.county.Assumption;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.ui.form.UnsavedChangesGuard;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainErrors;
import org.peerpath.ui.shared.DomainMessages;

/**
 * The county's policy profile (CTY): dated opt-ins, dated approved rates, every setting of the catalogue with its
 * default and the assumptions of kind OPEN, and the reference data of who may direct and recommend (DIR-1, DIR-3).
 * Every change carries the version the admin saw, so a change made on a stale page is refused and what was typed
 * stays.
 */
@Route("admin/county")
@Menu(order = 10, title = "menu.county", icon = "vaadin:map-marker")
@RolesAllowed(Role.ADMIN_ROLE)
public class CountyProfileView extends Main implements BeforeLeaveObserver, HasDynamicTitle {

    final Select<DeliverySystem> optInSystem = new Select<>();
    final DatePicker optInStartsOn = new DatePicker();
    final DatePicker optInEndsOn = new DatePicker();
    final Button addOptIn = new Button();

    final Select<OptInSummary> openOptIn = new Select<>();
    final DatePicker optInLastDay = new DatePicker();
    final Button endOptIn = new Button();

    final Select<DeliverySystem> rateSystem = new Select<>();
    final ComboBox<LevelOfCare> rateLevel = new ComboBox<>();
    final DatePicker rateStartsOn = new DatePicker();
    final DatePicker rateEndsOn = new DatePicker();
    final Button approveRate = new Button();

    final Select<RateSummary> openRate = new Select<>();
    final DatePicker rateLastDay = new DatePicker();
    final Button endRate = new Button();

    final Map<String, SettingCard> settingCards = new HashMap<>();

    private final CountyProfileQueries queries;
    private final EstablishCountyProfileUseCase establish;
    private final AddOptInUseCase addOptInUseCase;
    private final EndOptInUseCase endOptInUseCase;
    private final ApproveRateUseCase approveRateUseCase;
    private final EndRateUseCase endRateUseCase;
    private final ChangeCountySettingUseCase changeSetting;
    private final CurrentUser currentUser;

    private final Div optInsList = new Div();
    private final Div ratesList = new Div();
    private final Div settingsList = new Div();
    private final Div referenceData = new Div();
    private final Paragraph intro = new Paragraph();
    private @Nullable CountyProfileDetails details;
    private final UnsavedChangesGuard leaving = UnsavedChangesGuard.of(this, this::hasUnsavedInput);

    CountyProfileView(
            CountyProfileQueries queries,
            EstablishCountyProfileUseCase establish,
            AddOptInUseCase addOptIn,
            EndOptInUseCase endOptIn,
            ApproveRateUseCase approveRate,
            EndRateUseCase endRate,
            ChangeCountySettingUseCase changeSetting,
            CurrentUser currentUser,
            CountyHolidaysSection holidays) {
        this.queries = queries;
        this.establish = establish;
        this.addOptInUseCase = addOptIn;
        this.endOptInUseCase = endOptIn;
        this.approveRateUseCase = approveRate;
        this.endRateUseCase = endRate;
        this.changeSetting = changeSetting;
        this.currentUser = currentUser;
        addClassNames("page", "county-profile", LumoUtility.MaxWidth.SCREEN_LARGE);
        H1 title = new H1(getTranslation("county.title"));
        title.setId("county-title");
        add(title);
        Optional<CountyProfileDetails> profile = queries.profile(currentUser.actor());
        if (profile.isEmpty()) {
            showSetUp();
            return;
        }
        intro.setId("county-intro");
        add(intro, optInsSection(), ratesSection(), settingsSection(), holidays, referenceSection());
        show(profile.get());
    }

    // ---- no profile yet

    private void showSetUp() {
        ComboBox<County> county = new ComboBox<>(getTranslation("county.missing.county"));
        county.setItems(County.values());
        county.setItemLabelGenerator(County::displayName);
        county.setId("set-up-county");
        Button setUp = new Button(getTranslation("county.missing.submit"));
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setUp.setId("set-up-profile");
        setUp.addClickListener(click -> {
            try {
                establish.establish(new EstablishCountyProfileCommand(currentUser.actor(), county.getValue()));
                DomainErrors.notifySuccess(getTranslation("county.established"));
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (DomainException refused) {
                DomainErrors.show(refused, Map.of("county", county));
            }
        });
        Div box = new Div(
                new H2(getTranslation("county.missing.title")),
                new Paragraph(getTranslation("county.missing.text")),
                county,
                setUp);
        box.setId("county-missing");
        box.addClassName("county-card");
        add(box);
    }

    // ---- sections

    private Section optInsSection() {
        optInsList.setId("county-opt-ins");
        optInsList.addClassName("county-list");

        localize(optInStartsOn, "county.field.starts-on");
        localize(optInEndsOn, "county.field.ends-on");
        optInEndsOn.setHelperText(getTranslation("county.field.ends-on.helper"));
        optInSystem.setLabel(getTranslation("county.field.delivery-system"));
        optInSystem.setItems(DeliverySystem.values());
        optInSystem.setItemLabelGenerator(this::systemText);
        optInSystem.setId("opt-in-system");
        optInStartsOn.setId("opt-in-starts-on");
        optInEndsOn.setId("opt-in-ends-on");
        addOptIn.setText(getTranslation("county.opt-in.add"));
        addOptIn.setId("add-opt-in");
        addOptIn.addClickListener(click -> addOptIn());

        openOptIn.setLabel(getTranslation("county.field.open-opt-in"));
        openOptIn.setItemLabelGenerator(
                optIn -> systemText(optIn.deliverySystem()) + " · " + period(optIn.startsOn(), optIn.endsOn()));
        openOptIn.setId("open-opt-in");
        localize(optInLastDay, "county.field.last-day");
        optInLastDay.setId("opt-in-last-day");
        endOptIn.setText(getTranslation("county.opt-in.end"));
        endOptIn.setId("end-opt-in");
        endOptIn.addClickListener(click -> endOptIn());

        return section(
                "county-section-opt-ins",
                "county.opt-ins.title",
                "county.opt-ins.intro",
                optInsList,
                formBox("county.opt-in.add.title", form(optInSystem, optInStartsOn, optInEndsOn), addOptIn),
                formBox("county.opt-in.end.title", form(openOptIn, optInLastDay), endOptIn));
    }

    private Section ratesSection() {
        ratesList.setId("county-rates");
        ratesList.addClassName("county-list");

        rateSystem.setLabel(getTranslation("county.field.delivery-system"));
        rateSystem.setItems(DeliverySystem.values());
        rateSystem.setItemLabelGenerator(this::systemText);
        rateSystem.setId("rate-system");
        rateSystem.addValueChangeListener(change -> rateLevel.setItems(levelsUnder(change.getValue())));
        rateLevel.setLabel(getTranslation("county.field.level"));
        rateLevel.setItems(levelsUnder(null));
        rateLevel.setItemLabelGenerator(this::levelText);
        rateLevel.setId("rate-level");
        localize(rateStartsOn, "county.field.starts-on");
        localize(rateEndsOn, "county.field.ends-on");
        rateEndsOn.setHelperText(getTranslation("county.field.ends-on.helper"));
        rateStartsOn.setId("rate-starts-on");
        rateEndsOn.setId("rate-ends-on");
        approveRate.setText(getTranslation("county.rate.add"));
        approveRate.setId("approve-rate");
        approveRate.addClickListener(click -> approveRate());

        openRate.setLabel(getTranslation("county.field.open-rate"));
        openRate.setItemLabelGenerator(rate -> systemText(rate.deliverySystem()) + " · " + levelText(rate.level())
                + " · " + period(rate.startsOn(), rate.endsOn()));
        openRate.setId("open-rate");
        localize(rateLastDay, "county.field.last-day");
        rateLastDay.setId("rate-last-day");
        endRate.setText(getTranslation("county.rate.end"));
        endRate.setId("end-rate");
        endRate.addClickListener(click -> endRate());

        return section(
                "county-section-rates",
                "county.rates.title",
                "county.rates.intro",
                ratesList,
                formBox("county.rate.add.title", form(rateSystem, rateLevel, rateStartsOn, rateEndsOn), approveRate),
                formBox("county.rate.end.title", form(openRate, rateLastDay), endRate));
    }

    private Section settingsSection() {
        settingsList.setId("county-settings");
        settingsList.addClassName("county-cards");
        return section("county-section-settings", "county.settings.title", "county.settings.intro", settingsList);
    }

    private Section referenceSection() {
        referenceData.setId("county-reference");
        return section("county-section-reference", "county.reference.title", "county.reference.intro", referenceData);
    }

    private Section section(String id, String titleKey, String introKey, Component... content) {
        Section section = new Section();
        section.setId(id);
        section.addClassName("county-section");
        section.add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)));
        section.add(content);
        return section;
    }

    private Div formBox(String titleKey, FormLayout form, Button submit) {
        Div box = new Div(new H3(getTranslation(titleKey)), form, submit);
        box.addClassName("county-form");
        return box;
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private void localize(DatePicker picker, String labelKey) {
        picker.setLabel(getTranslation(labelKey));
        DatePickers.localize(picker, this);
    }

    // ---- showing the profile

    private void reload() {
        queries.profile(currentUser.actor()).ifPresent(this::show);
    }

    private void show(CountyProfileDetails profile) {
        this.details = profile;
        intro.setText(getTranslation("county.intro", profile.county().displayName(), profile.today()));

        optInsList.removeAll();
        if (profile.optIns().isEmpty()) {
            optInsList.add(new Paragraph(getTranslation("county.opt-ins.empty")));
        }
        profile.optIns()
                .forEach(optIn -> optInsList.add(row(
                        systemText(optIn.deliverySystem()),
                        period(optIn.startsOn(), optIn.endsOn()),
                        optIn.standing())));
        openOptIn.setItems(
                profile.optIns().stream().filter(OptInSummary::isOpen).toList());

        ratesList.removeAll();
        if (profile.rates().isEmpty()) {
            ratesList.add(new Paragraph(getTranslation("county.rates.empty")));
        }
        profile.rates()
                .forEach(rate -> ratesList.add(row(
                        systemText(rate.deliverySystem()) + " · " + levelText(rate.level()),
                        period(rate.startsOn(), rate.endsOn()),
                        rate.standing())));
        openRate.setItems(
                profile.rates().stream().filter(rate -> rate.endsOn() == null).toList());

        settingsList.removeAll();
        settingCards.clear();
        for (SettingSummary setting : profile.settings()) {
            SettingCard card = new SettingCard(setting);
            card.addSaveListener(save -> changeSetting(card, save.value()));
            settingCards.put(setting.setting().key(), card);
            settingsList.add(card);
        }
        for (Assumption assumption : profile.referenceAssumptions()) {
            Div card = new Div();
            card.addClassName("county-card");
            Span rule = new Span(assumption.ruleId());
            rule.addClassNames("badge", "badge-rule");
            Span title = new Span(getTranslation("county.setting.unit-basis"));
            title.addClassName("county-card-title");
            Div heading = new Div(title, rule);
            heading.addClassName("county-card-heading");
            Span assumed = new Span(DomainMessages.of(assumption.messageKey(), assumption.args()));
            assumed.addClassName("county-assumed");
            card.add(heading, new Span(getTranslation("county.setting.reference-only")), assumed);
            settingsList.add(card);
        }

        referenceData.removeAll();
        for (DeliverySystem system : DeliverySystem.values()) {
            referenceData.add(new H3(systemText(system)), permissionsTable(system, profile.credentialPermissions()));
        }
    }

    private Div row(String what, String when, DatedStanding standing) {
        Span name = new Span(what);
        name.addClassName("county-row-what");
        Span dates = new Span(when);
        dates.addClassName("county-row-when");
        Span badge = new Span(getTranslation("county.standing." + standing.name()));
        badge.addClassNames("badge", "badge-standing-" + standing.name().toLowerCase(Locale.ROOT));
        Div row = new Div(name, dates, badge);
        row.addClassNames("county-row", "county-row-" + standing.name().toLowerCase(Locale.ROOT));
        return row;
    }

    private NativeTable permissionsTable(DeliverySystem system, List<CredentialPermission> permissions) {
        NativeTable table = new NativeTable();
        table.addClassName("county-table");
        table.setId("reference-" + system.name().toLowerCase(Locale.ROOT));
        NativeTableRow header = table.getHead().addRow();
        header.addHeaderCell().setText(getTranslation("county.reference.type"));
        header.addHeaderCell().setText(getTranslation("county.reference.directs"));
        header.addHeaderCell().setText(getTranslation("county.reference.recommends"));
        permissions.stream().filter(p -> p.deliverySystem() == system).forEach(p -> {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell()
                    .setText(getTranslation("enum.CredentialType." + p.type().name()));
            answer(row.addDataCell(), p.mayDirect(), p.directAssumed());
            answer(row.addDataCell(), p.mayRecommend(), p.recommendAssumed());
        });
        return table;
    }

    private void answer(NativeTableCell cell, boolean yes, boolean assumed) {
        cell.add(new Span(getTranslation(yes ? "county.reference.yes" : "county.reference.no")));
        if (assumed) {
            Span hint = new Span(getTranslation("county.assumed"));
            hint.addClassName("county-assumed");
            cell.add(hint);
        }
    }

    // ---- changes

    private long version() {
        return details == null ? 0 : details.version();
    }

    void addOptIn() {
        clearErrors(optInSystem, optInStartsOn, optInEndsOn);
        DeliverySystem system = optInSystem.getValue();
        LocalDate startsOn = optInStartsOn.getValue();
        run(
                () -> addOptInUseCase.addOptIn(
                        new AddOptInCommand(currentUser.actor(), version(), system, startsOn, optInEndsOn.getValue())),
                Map.of("deliverySystem", optInSystem, "startsOn", optInStartsOn, "endsOn", optInEndsOn),
                () -> {
                    DomainErrors.notifySuccess(getTranslation("county.opt-in.added", systemText(system), startsOn));
                    optInSystem.clear();
                    optInStartsOn.clear();
                    optInEndsOn.clear();
                });
    }

    void endOptIn() {
        clearErrors(openOptIn, optInLastDay);
        OptInSummary optIn = openOptIn.getValue();
        if (optIn == null) {
            required(openOptIn);
            return;
        }
        LocalDate lastDay = optInLastDay.getValue();
        run(
                () -> endOptInUseCase.endOptIn(
                        new EndOptInCommand(currentUser.actor(), version(), optIn.deliverySystem(), lastDay)),
                Map.of("endsOn", optInLastDay, "deliverySystem", openOptIn),
                () -> {
                    DomainErrors.notifySuccess(
                            getTranslation("county.opt-in.ended", systemText(optIn.deliverySystem()), lastDay));
                    optInLastDay.clear();
                });
    }

    void approveRate() {
        clearErrors(rateSystem, rateLevel, rateStartsOn, rateEndsOn);
        LevelOfCare level = rateLevel.getValue();
        run(
                () -> approveRateUseCase.approveRate(new ApproveRateCommand(
                        currentUser.actor(),
                        version(),
                        rateSystem.getValue(),
                        level,
                        rateStartsOn.getValue(),
                        rateEndsOn.getValue())),
                Map.of(
                        "deliverySystem",
                        rateSystem,
                        "level",
                        rateLevel,
                        "startsOn",
                        rateStartsOn,
                        "endsOn",
                        rateEndsOn),
                () -> {
                    DomainErrors.notifySuccess(getTranslation("county.rate.added", levelText(level)));
                    rateLevel.clear();
                    rateStartsOn.clear();
                    rateEndsOn.clear();
                });
    }

    void endRate() {
        clearErrors(openRate, rateLastDay);
        RateSummary rate = openRate.getValue();
        if (rate == null) {
            required(openRate);
            return;
        }
        LocalDate lastDay = rateLastDay.getValue();
        run(
                () -> endRateUseCase.endRate(new EndRateCommand(currentUser.actor(), version(), rate, lastDay)),
                Map.of("endsOn", rateLastDay),
                () -> {
                    DomainErrors.notifySuccess(getTranslation("county.rate.ended", levelText(rate.level()), lastDay));
                    rateLastDay.clear();
                });
    }

    private void changeSetting(SettingCard card, SettingValue value) {
        run(
                () -> changeSetting.change(
                        new ChangeCountySettingCommand(currentUser.actor(), version(), card.setting, value)),
                Map.of(card.setting.key(), card.field()),
                () -> DomainErrors.notifySuccess(getTranslation(
                        "county.setting.saved", getTranslation("county.setting." + card.setting.key()))));
    }

    /** Runs a change; on success shows the profile as stored now, else the refusal at its field and keeps the input. */
    private void run(Runnable change, Map<String, ? extends HasValidation> fields, Runnable done) {
        try {
            change.run();
        } catch (DomainException refused) {
            DomainErrors.show(refused, fields);
            return;
        }
        done.run();
        reload();
    }

    private void required(HasValidation field) {
        field.setErrorMessage(getTranslation("county.choose-one"));
        field.setInvalid(true);
    }

    private static void clearErrors(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
        }
    }

    // ---- texts

    private static List<LevelOfCare> levelsUnder(@Nullable DeliverySystem system) {
        return Arrays.stream(LevelOfCare.values())
                .filter(level -> system == null || level.belongsTo(system))
                .toList();
    }

    private String systemText(DeliverySystem system) {
        return getTranslation("enum.DeliverySystem." + system.name());
    }

    private String levelText(LevelOfCare level) {
        return getTranslation("enum.LevelOfCare." + level.name());
    }

    private String period(LocalDate startsOn, @Nullable LocalDate endsOn) {
        return endsOn == null
                ? getTranslation("county.period.open", startsOn)
                : getTranslation("county.period.closed", startsOn, endsOn);
    }

    /**
     * A value typed into a form of the profile or a setting changed, and not saved. Choosing which open opt-in or rate
     * to end is not input by itself; the last day typed is.
     */
    boolean hasUnsavedInput() {
        return UnsavedChangesGuard.anyFilled(
                        optInSystem,
                        optInStartsOn,
                        optInEndsOn,
                        optInLastDay,
                        rateSystem,
                        rateLevel,
                        rateStartsOn,
                        rateEndsOn,
                        rateLastDay)
                || settingCards.values().stream().anyMatch(SettingCard::changed);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        leaving.beforeLeave(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("county.title") + " · " + getTranslation("app.name");
    }
}
