package org.peerpath.ui.member.service;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
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
import org.jspecify.annotations.Nullable;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.service.port.in.AddAddendumCommand;
import org.peerpath.application.service.port.in.AddAddendumUseCase;
import org.peerpath.application.service.port.in.PeerServiceQueries;
import org.peerpath.application.service.port.in.ServiceFilter;
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.application.service.port.in.SignNoteCommand;
import org.peerpath.application.service.port.in.SignNoteUseCase;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.member.MemberId;
import org.peerpath.service.ServiceCode;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.member.MemberHeader;
import org.peerpath.ui.member.tab.TabPage;
import org.peerpath.ui.member.workspace.MemberWorkspaceTabs;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainErrors;
import org.peerpath.ui.shared.FindingList;
import org.peerpath.ui.shared.KeysetPager;
import org.peerpath.ui.shared.MainLayout;

/**
 * The Services tab: the member's services newest first, lazily keyset-paged, each with whether it can be claimed and,
 * if not, every reason by rule ID in plain words (CHECK-1). Clinical: the care team and admins (CONF-2); the peer
 * records a new one from here.
 */
@Route(value = "members/:memberId/services", layout = MainLayout.class)
@RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
public class ServicesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberQueries members;
    private final PeerServiceQueries services;
    private final SignNoteUseCase signNote;
    private final AddAddendumUseCase addAddendum;
    private final CurrentUser currentUser;
    private String title = "";

    final Grid<ServiceSummary> grid = new Grid<>();
    final Button record = new Button();
    final Select<ServiceCode> code = new Select<>();
    final Select<Boolean> claimable = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Paragraph noMatch = new Paragraph();
    private @Nullable MemberId shown;

    ServicesView(
            MemberQueries members,
            PeerServiceQueries services,
            SignNoteUseCase signNote,
            AddAddendumUseCase addAddendum,
            CurrentUser currentUser) {
        this.members = members;
        this.services = services;
        this.signNote = signNote;
        this.addAddendum = addAddendum;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_LARGE);
        code.addValueChangeListener(change -> filter());
        claimable.addValueChangeListener(change -> filter());
        from.addValueChangeListener(change -> filter());
        to.addValueChangeListener(change -> filter());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<MemberDetails> member =
                MemberWorkspaceTabs.memberIdOf(event).flatMap(id -> members.member(currentUser.actor(), id));
        Optional<Slice<ServiceSummary>> first =
                member.flatMap(m -> services.servicesOf(currentUser.actor(), m.id(), PageSpec.first(1)));
        if (member.isEmpty() || first.isEmpty()) {
            title = getTranslation("member.not-found.title");
            add(TabPage.notFound(this));
            return;
        }
        MemberId id = member.get().id();
        title = getTranslation("services.page-title", member.get().fullName());
        H2 heading = new H2(getTranslation("services.title"));
        heading.addClassName("section");
        add(new MemberHeader(member.get()), new MemberWorkspaceTabs(id, ServicesView.class), heading);
        if (currentUser.actor().has(Role.PEER)) {
            record.setText(getTranslation("services.record"));
            record.setId("record-service");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                    ServiceFormView.class,
                    new RouteParameters("memberId", id.value().toString()))));
            add(record);
        }
        if (first.get().items().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("services.none"));
            none.setId("services-none");
            add(none);
            return;
        }
        if (!currentUser.actor().has(Role.PEER)) {
            add(SavedServiceView.writtenForThePeer(this));
        }
        grid.setId("service-list");
        grid.removeAllColumns();
        grid.addColumn(new ComponentRenderer<>(this::row)).setHeader(getTranslation("services.column.service"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addClassName("service-grid");
        noMatch.setText(getTranslation("history.no-match"));
        noMatch.setId("services-no-match");
        shown = null; // clearing the filters of a member shown before must not list anything yet
        code.clear();
        claimable.clear();
        from.clear();
        to.clear();
        shown = id;
        add(filters(), noMatch, grid);
        showServices(id, ServiceFilter.ANY);
    }

    /** Issue H.6: filters by code, claim answer and dates of service; a range that reads backwards gets words at "from". */
    private Div filters() {
        code.setLabel(getTranslation("history.filter.code"));
        code.setId("filter-code");
        code.setItems(ServiceCode.values());
        code.setEmptySelectionAllowed(true);
        code.setEmptySelectionCaption(getTranslation("history.filter.any"));
        code.setItemLabelGenerator(c ->
                c == null ? getTranslation("history.filter.any") : getTranslation("history.filter.code." + c.name()));
        claimable.setLabel(getTranslation("history.filter.claimable"));
        claimable.setId("filter-claimable");
        claimable.setItems(Boolean.TRUE, Boolean.FALSE);
        claimable.setEmptySelectionAllowed(true);
        claimable.setEmptySelectionCaption(getTranslation("history.filter.any"));
        claimable.setItemLabelGenerator(c -> c == null
                ? getTranslation("history.filter.any")
                : getTranslation(c ? "services.claimable.yes" : "services.claimable.no"));
        from.setLabel(getTranslation("history.filter.from"));
        from.setId("filter-from");
        DatePickers.localize(from, this);
        to.setLabel(getTranslation("history.filter.to"));
        to.setId("filter-to");
        DatePickers.localize(to, this);
        Div bar = new Div(code, claimable, from, to);
        bar.addClassNames("form-row", "history-filters");
        bar.setId("service-filters");
        return bar;
    }

    private void filter() {
        MemberId id = shown;
        if (id == null) {
            return;
        }
        from.setInvalid(false);
        ServiceFilter filter;
        try {
            filter = new ServiceFilter(code.getValue(), claimable.getValue(), from.getValue(), to.getValue());
        } catch (ServiceFilter.FromAfterTo backwards) {
            DomainErrors.show(backwards, Map.of("from", from));
            return;
        }
        showServices(id, filter);
    }

    private void showServices(MemberId id, ServiceFilter filter) {
        KeysetPager<ServiceSummary> pager =
                new KeysetPager<>((page, search) -> services.servicesOf(currentUser.actor(), id, filter, page)
                        .orElseGet(() -> new Slice<>(java.util.List.of(), null)));
        boolean none = services.servicesOf(currentUser.actor(), id, filter, PageSpec.first(1))
                .map(first -> first.items().isEmpty())
                .orElse(true);
        noMatch.setVisible(none);
        grid.setVisible(!none);
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit(), ""));
    }

    Div row(ServiceSummary s) {
        // the date opens the saved service: what was recorded, its check, the note, void and co-sign (SVC-9, SVC-10)
        RouterLink when = new RouterLink(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Languages.supported(getLocale()))
                        .format(s.dateOfService()),
                SavedServiceView.class,
                new RouteParameters(Map.of(
                        "memberId", s.member().value().toString(),
                        "serviceId", s.id().value().toString())));
        when.addClassName("service-date");
        Span what = new Span(getTranslation(
                "services.row.summary",
                s.code().name(),
                s.units(),
                s.contactMinutes(),
                getTranslation("services.modality." + s.modality().name()),
                s.placeOfService()));
        Span claimable = new Span(getTranslation(s.claimable() ? "services.claimable.yes" : "services.claimable.no"));
        claimable.addClassNames("badge", s.claimable() ? "badge-standing-current" : "badge-block");
        Div head = new Div(when, claimable, what);
        head.addClassName("service-row-head");
        Div row = new Div(head);
        row.addClassName("service-row");
        if (s.crisis()) {
            Span crisis = new Span(getTranslation("services.crisis"));
            crisis.addClassNames("badge", "badge-warn");
            head.add(crisis);
        }
        if (!s.reasons().isEmpty()) {
            row.add(FindingList.row(s.reasons()));
        }
        if (s.note() != null) {
            Paragraph note = new Paragraph(s.note());
            note.addClassName("service-note");
            row.add(note);
            notes(s, row);
        }
        return row;
    }

    /** SVC-8, SVC-9: the peer signs the note, which locks it; after that, corrections are addenda. */
    private void notes(ServiceSummary s, Div row) {
        boolean peer = currentUser.actor().has(Role.PEER);
        if (!s.noteSigned()) {
            if (peer) {
                Button sign = new Button(getTranslation("services.note.sign"));
                sign.addClassName("sign-note");
                sign.addClickListener(click -> change(
                        () -> signNote.sign(new SignNoteCommand(currentUser.actor(), s.id(), s.version())),
                        "services.note.signed-done",
                        Map.of()));
                row.add(sign);
            }
            return;
        }
        Span signed = new Span(getTranslation("services.note.signed"));
        signed.addClassNames("badge", "badge-standing-current");
        row.add(signed);
        for (String addendum : s.addenda()) {
            Paragraph text = new Paragraph(getTranslation("services.addendum.prefix", addendum));
            text.addClassNames("service-note", "service-addendum");
            row.add(text);
        }
        if (peer) {
            TextField text = new TextField(getTranslation("services.addendum.label"));
            text.addClassName("addendum-text");
            Button add = new Button(getTranslation("services.addendum.add"));
            add.addClassName("add-addendum");
            add.addClickListener(click -> change(
                    () -> addAddendum.add(
                            new AddAddendumCommand(currentUser.actor(), s.id(), text.getValue(), s.version())),
                    "services.addendum.added",
                    Map.of("addendum", text)));
            Div form = new Div(text, add);
            form.addClassName("form-row");
            row.add(form);
        }
    }

    private void change(Runnable change, String doneKey, Map<String, ? extends HasValidation> fields) {
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

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
