package org.peerpath.ui.member.service;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.peerpath.application.claim.port.in.ClaimCheckResult;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.service.port.in.AddAddendumCommand;
import org.peerpath.application.service.port.in.AddAddendumUseCase;
import org.peerpath.application.service.port.in.CosignNoteCommand;
import org.peerpath.application.service.port.in.CosignNoteUseCase;
import org.peerpath.application.service.port.in.SavedService;
import org.peerpath.application.service.port.in.ServiceFormQueries;
import org.peerpath.application.service.port.in.SignNoteCommand;
import org.peerpath.application.service.port.in.SignNoteUseCase;
import org.peerpath.application.service.port.in.VoidServiceCommand;
import org.peerpath.application.service.port.in.VoidServiceUseCase;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.service.Addendum;
import org.peerpath.service.ProgressNote;
import org.peerpath.service.ServiceDraft;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.shared.ServiceId;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.member.MemberHeader;
import org.peerpath.ui.member.tab.TabPage;
import org.peerpath.ui.member.workspace.MemberWorkspaceTabs;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DomainErrors;
import org.peerpath.ui.shared.FindingList;
import org.peerpath.ui.shared.MainLayout;

/**
 * A saved service opened (issue H): what was recorded, its claim check for its date of service (CHECK-1), the note
 * signed and then locked with its addenda (SVC-8, SVC-9), voiding with a reason (SVC-9: it stays here, marked voided)
 * and the supervisor's co-sign when the county asks for it (SVC-10). Opening it is audited (CONF-4).
 */
@Route(value = "members/:memberId/services/:serviceId", layout = MainLayout.class)
@RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
public class SavedServiceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberQueries members;
    private final ServiceFormQueries queries;
    private final SignNoteUseCase signNote;
    private final AddAddendumUseCase addAddendum;
    private final VoidServiceUseCase voidService;
    private final CosignNoteUseCase cosignNote;
    private final CurrentUser currentUser;
    private String title = "";

    final Paragraph status = new Paragraph();
    final Paragraph note = new Paragraph();
    final UnorderedList addenda = new UnorderedList();
    final Button sign = new Button();
    final TextArea addendum = new TextArea();
    final Button addAddendumButton = new Button();
    final TextField voidReason = new TextField();
    final Button voidButton = new Button();
    final Button cosign = new Button();
    final Aside check = new Aside();
    final FindingList findings = FindingList.checkPanel();
    final Div facts = new Div();

    SavedServiceView(
            MemberQueries members,
            ServiceFormQueries queries,
            SignNoteUseCase signNote,
            AddAddendumUseCase addAddendum,
            VoidServiceUseCase voidService,
            CosignNoteUseCase cosignNote,
            CurrentUser currentUser) {
        this.members = members;
        this.queries = queries;
        this.signNote = signNote;
        this.addAddendum = addAddendum;
        this.voidService = voidService;
        this.cosignNote = cosignNote;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_XLARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<MemberDetails> details =
                MemberWorkspaceTabs.memberIdOf(event).flatMap(id -> members.member(currentUser.actor(), id));
        Optional<SavedService> found = details.flatMap(m -> serviceIdOf(event)
                .flatMap(id -> queries.open(currentUser.actor(), id))
                .filter(s -> s.details().member().equals(m.id())));
        if (found.isEmpty()) {
            title = getTranslation("member.not-found.title");
            add(TabPage.notFound(this));
            return;
        }
        MemberDetails m = details.orElseThrow();
        SavedService s = found.get();
        ServiceDraft d = s.details();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Languages.supported(getLocale()))
                .format(d.dateOfService());
        title = getTranslation("services.saved.page-title", m.fullName(), date);
        H2 heading = new H2(getTranslation("services.saved.title", date));
        heading.addClassName("section");
        status.setId("service-status");
        status.setText(getTranslation("services.status." + s.status().name()));
        status.addClassNames("badge", s.voided() ? "badge-block" : "badge-standing-current");
        Div head = new Div(heading, status);
        head.addClassName("service-row-head");
        add(new MemberHeader(m), new MemberWorkspaceTabs(m.id(), ServicesView.class), head);
        if (s.voided()) {
            Paragraph voided = new Paragraph(getTranslation("services.voided.banner", s.voidReason()));
            voided.setId("void-banner");
            voided.addClassName("void-banner");
            add(voided);
        }
        facts(s);
        show(s.check(), s.mayChange());
        Div layout = new Div(new Div(section("services.saved.what", facts), noteSection(s)), check);
        layout.addClassName("service-layout");
        add(layout);
        if (s.mayChange() && !s.voided()) {
            add(voidSection(s));
        }
        RouterLink all = new RouterLink(
                getTranslation("services.saved.all"),
                ServicesView.class,
                new RouteParameters("memberId", m.id().value().toString()));
        all.setId("all-services");
        add(new Paragraph(all));
    }

    private static Optional<ServiceId> serviceIdOf(BeforeEnterEvent event) {
        try {
            return event.getRouteParameters()
                    .get("serviceId")
                    .map(UUID::fromString)
                    .map(ServiceId::new);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void facts(SavedService s) {
        ServiceDraft d = s.details();
        facts.removeAll();
        facts.setId("service-facts");
        facts.addClassName("service-facts");
        var minutes = d.minutes();
        facts.add(
                fact("services.check.code", d.code() == null ? "–" : d.code().name()),
                fact(
                        "services.saved.minutes",
                        minutes == null
                                ? "–"
                                : getTranslation(
                                        "services.saved.minutes.value",
                                        minutes.contact(),
                                        minutes.travel(),
                                        minutes.documentation())),
                fact(
                        "services.field.components",
                        d.components().stream()
                                .map(c -> getTranslation("services.component." + c.name()))
                                .sorted()
                                .collect(Collectors.joining(", "))),
                fact(
                        "services.field.modality",
                        (d.modality() == null
                                        ? "–"
                                        : getTranslation("services.modality."
                                                + d.modality().name()))
                                + (d.placeOfService() == null
                                        ? ""
                                        : " · " + d.placeOfService().code())),
                fact(
                        "services.field.present",
                        d.memberPresent()
                                ? getTranslation("services.saved.yes")
                                : getTranslation("services.saved.absent", d.absenceReason())),
                fact(
                        "services.field.collaterals",
                        s.collaterals().isEmpty()
                                ? getTranslation("services.check.none")
                                : String.join(", ", s.collaterals())),
                fact(
                        "services.saved.agencies",
                        d.agencyContacts().isEmpty()
                                ? getTranslation("services.check.none")
                                : d.agencyContacts().stream()
                                        .map(a -> a.organization() + " ("
                                                + getTranslation("services.agency-purpose."
                                                        + a.purpose().name())
                                                + ")")
                                        .collect(Collectors.joining(", "))),
                fact(
                        "services.field.delivery-system",
                        d.deliverySystem() == null ? "–" : getTranslation("delivery-system." + d.deliverySystem())),
                fact(
                        "services.saved.setting",
                        s.check()
                                .combinedWith()
                                .map(l -> getTranslation(
                                        "services.setting.combined", getTranslation("enum.LevelOfCare." + l.name())))
                                .orElseGet(() -> getTranslation("services.setting.standalone"))),
                fact(
                        "services.field.transition",
                        d.transition() == null
                                ? getTranslation("services.check.none")
                                : getTranslation(
                                        "services.field.transition.item",
                                        getTranslation("enum.LevelOfCare."
                                                + d.transition().from().name()),
                                        getTranslation("enum.LevelOfCare."
                                                + d.transition().to().name()))),
                fact(
                        "services.field.goals",
                        s.goals().isEmpty() ? getTranslation("services.check.none") : String.join("; ", s.goals())),
                fact("services.field.crisis", getTranslation(d.crisis() ? "services.saved.yes" : "services.saved.no")));
    }

    /** SVC-8..10: the note, read-only; signing locks it; addenda after; the supervisor's co-sign when asked. */
    private Section noteSection(SavedService s) {
        Section section = section("services.form.note");
        note.setId("saved-note");
        note.addClassName("service-note");
        note.setText(s.note() == null ? getTranslation("services.saved.no-note") : s.note());
        section.add(note);
        boolean open = s.mayChange() && !s.voided();
        if (!s.noteSigned()) {
            if (open && s.note() != null) {
                sign.setText(getTranslation("services.note.sign"));
                sign.setId("sign-note");
                sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                sign.addClickListener(click -> change(
                        () -> signNote.sign(new SignNoteCommand(currentUser.actor(), s.id(), s.version())),
                        "services.note.signed-done",
                        Map.of()));
                section.add(sign);
            }
            return section;
        }
        Span signed = new Span(getTranslation("services.note.signed"));
        signed.setId("note-signed");
        signed.addClassNames("badge", "badge-standing-current");
        section.add(new Paragraph(signed));
        // SVC-10: a co-signed note says so, and by whom, even after the county turns the setting off
        if (s.noteCosigned() || s.cosignAsked()) {
            Span cosigned = new Span(s.noteCosigned() ? cosignedBy(s) : getTranslation("services.note.cosign-waiting"));
            cosigned.setId("note-cosign-status");
            cosigned.addClassNames("badge", s.noteCosigned() ? "badge-standing-current" : "badge-standing-past");
            section.add(new Paragraph(cosigned));
        }
        addenda.removeAll();
        addenda.setId("addenda");
        for (Addendum a : s.addenda()) {
            ListItem item = new ListItem(getTranslation("services.addendum.prefix", a.text()));
            item.addClassNames("service-note", "service-addendum");
            addenda.add(item);
        }
        section.add(addenda);
        if (open) {
            addendum.setLabel(getTranslation("services.addendum.label"));
            addendum.setId("addendum-text");
            addendum.setMaxLength(ProgressNote.MAX_LENGTH);
            addAddendumButton.setText(getTranslation("services.addendum.add"));
            addAddendumButton.setId("add-addendum");
            addAddendumButton.addClickListener(click -> change(
                    () -> addAddendum.add(
                            new AddAddendumCommand(currentUser.actor(), s.id(), addendum.getValue(), s.version())),
                    "services.addendum.added",
                    Map.of("addendum", addendum, "text", addendum, "note", addendum)));
            section.add(addendum, addAddendumButton);
        }
        if (s.mayCosign()) {
            cosign.setText(getTranslation("services.note.cosign"));
            cosign.setId("cosign-note");
            cosign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            cosign.addClickListener(click -> change(
                    () -> cosignNote.cosign(new CosignNoteCommand(currentUser.actor(), s.id(), s.version())),
                    "services.note.cosigned-done",
                    Map.of()));
            section.add(cosign);
        }
        return section;
    }

    /** SVC-9: voiding needs a reason; the service stays on record, marked voided, and leaves the claims. */
    private Section voidSection(SavedService s) {
        Section section = section("services.void.title");
        section.add(new Paragraph(getTranslation("services.void.help")));
        voidReason.setLabel(getTranslation("services.void.reason"));
        voidReason.setId("void-reason");
        voidReason.setMaxLength(500);
        voidButton.setText(getTranslation("services.void.button"));
        voidButton.setId("void-service");
        voidButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        voidButton.addClickListener(click -> change(
                () -> voidService.voidService(
                        new VoidServiceCommand(currentUser.actor(), s.id(), s.version(), voidReason.getValue())),
                "services.void.done",
                Map.of("voidReason", voidReason)));
        Div row = new Div(voidReason, voidButton);
        row.addClassName("form-row");
        section.add(row);
        return section;
    }

    private void change(Runnable change, String doneKey, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            change.run();
            DomainErrors.notifySuccess(getTranslation(doneKey));
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        } catch (ConcurrentChangeException stale) {
            DomainErrors.notifyError(getTranslation(ConcurrentChangeException.CODE));
        } catch (DomainException refused) {
            DomainErrors.show(refused, fields);
        }
    }

    private void show(ClaimCheckResult result, boolean readerGaveIt) {
        check.removeAll();
        check.setId("claim-check");
        check.addClassName("claim-check");
        check.getElement().setAttribute("aria-label", getTranslation("services.check.label"));
        boolean ready = result.isReady();
        Paragraph verdict = new Paragraph(getTranslation(ready ? "services.check.ready" : "services.check.not-ready"));
        verdict.setId("check-verdict");
        verdict.getElement().setAttribute("data-ready", String.valueOf(ready));
        verdict.addClassNames("check-verdict", ready ? "check-ready" : "check-not-ready");
        Div line = new Div(
                fact("services.check.code", result.code().name()),
                fact("services.check.units", result.units() == null ? "–" : String.valueOf(result.units())),
                fact(
                        "services.check.modifiers",
                        result.modifiers().isEmpty()
                                ? getTranslation("services.check.none")
                                : String.join(", ", result.modifiers())),
                fact("services.check.place", result.placeOfService() == null ? "–" : result.placeOfService()));
        line.setId("check-line");
        line.addClassName("check-line");
        findings.show(result.findings());
        check.add(new H3(getTranslation("services.check.title")), verdict, line, findings);
        if (!readerGaveIt && !result.findings().isEmpty()) {
            check.add(writtenForThePeer(this));
        }
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("member-fact-label");
        Span text = new Span(value);
        text.addClassName("member-fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("member-fact");
        return fact;
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... parts) {
        Section section = new Section(new H3(getTranslation(titleKey)));
        section.add(parts);
        section.addClassName("section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    /** SVC-10: who co-signed the note and, when it was kept, when. */
    private String cosignedBy(SavedService s) {
        if (s.noteCosignedAt() == null) {
            return getTranslation("cosign.note.cosigned-by", s.noteCosignedBy());
        }
        String at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Languages.supported(getLocale()))
                .format(s.noteCosignedAt());
        return getTranslation("cosign.note.cosigned-by-at", s.noteCosignedBy(), at);
    }

    /**
     * CHECK-1: the findings speak to the peer who gave the service ("your supervisor"); a supervisor, BHP or admin
     * reading them is told who "you" is.
     */
    static Paragraph writtenForThePeer(com.vaadin.flow.component.Component within) {
        Paragraph note = new Paragraph(within.getTranslation("services.check.written-for-peer"));
        note.addClassName("hint");
        note.setId("check-written-for-peer");
        return note;
    }
}
