package org.peerpath.ui.member;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.ui.shared.KeysetPager;

/**
 * A searchable, lazily loaded list of members. Each row is two lines, so that it reads on a phone without sideways
 * scrolling: the name and badges, then age, CIN and (where asked for) the primary peer. A click, or Enter on a focused
 * row, opens the member's page. The search text lives in the address ({@code ?q=}), so it survives Back.
 */
final class MemberGrid extends Composite<VerticalLayout> {

    static final String SEARCH_PARAMETER = "q";

    private final TextField search = new TextField();
    private final Span count = new Span();
    private final Grid<MemberSummary> grid = new Grid<>();
    private final KeysetPager<MemberSummary> pager;
    private final boolean showPrimaryPeer;
    private @Nullable Function<String, Long> counter;

    MemberGrid(BiFunction<PageSpec, String, Slice<MemberSummary>> pages, boolean showPrimaryPeer) {
        this.pager = new KeysetPager<>(pages);
        this.showPrimaryPeer = showPrimaryPeer;

        search.setLabel(getTranslation("members.search.label"));
        search.setPlaceholder(getTranslation("members.search.placeholder"));
        search.setHelperText(getTranslation("members.search.helper"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxWidth("26rem");
        search.setWidthFull();
        search.setMaxLength(MemberFilter.MAX_SEARCH_LENGTH);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("member-search");
        search.addValueChangeListener(change -> {
            refresh();
            if (change.isFromClient()) {
                keepSearchInAddress(change.getValue());
            }
        });

        count.setId("member-count");
        count.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        count.getElement().setAttribute("aria-live", "polite");
        count.setVisible(false);

        grid.addComponentColumn(this::row).setHeader(getTranslation("members.column.member"));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit(), search.getValue()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("members.empty"));
        grid.setAriaLabel(getTranslation("members.grid.label"));
        grid.setId("member-grid");
        grid.addItemClickListener(click -> open(click.getItem()));
        // Enter on a focused body row opens it, as a click does: the row's first cell gets a click, which the grid
        // turns into the item click above.
        grid.getElement()
                .executeJs("this.addEventListener('keydown', e => {"
                        + " if (e.key !== 'Enter') return;"
                        + " const row = e.composedPath().find(n => n.localName === 'tr'"
                        + "   && n.parentElement && n.parentElement.id === 'items');"
                        + " const cell = row && row.querySelector('td');"
                        + " if (cell) { e.preventDefault(); cell.click(); } })");
        grid.setSizeFull();

        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().setWidthFull();
        getContent().addClassNames(LumoUtility.Flex.GROW, LumoUtility.MinHeight.NONE, LumoUtility.Gap.SMALL);
        getContent().add(search, count, grid);
        getContent().setFlexGrow(1, grid);
    }

    /** Shows "N members" above the list, counted for the current search. */
    MemberGrid withCount(Function<String, Long> counter) {
        this.counter = counter;
        updateCount();
        return this;
    }

    /** Puts the search text from the address into the box, e.g. after Back from a member's page. */
    void showSearch(String text) {
        String typed = text.length() > MemberFilter.MAX_SEARCH_LENGTH
                ? text.substring(0, MemberFilter.MAX_SEARCH_LENGTH)
                : text;
        if (!typed.equals(search.getValue())) {
            search.setValue(typed);
        }
    }

    private void refresh() {
        pager.reset();
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        if (counter == null) {
            return;
        }
        long found = counter.apply(search.getValue());
        count.setText(
                search.getValue().isBlank()
                        ? getTranslation("members.count", found)
                        : getTranslation(
                                "members.count.found", found, search.getValue().strip()));
        count.setVisible(true);
    }

    /** Replaces (not pushes) the address, so Back leaves the list instead of stepping through keystrokes. */
    private void keepSearchInAddress(String text) {
        UI.getCurrent().getPage().getHistory().replaceState(null, addressWith(text));
    }

    private Location addressWith(String text) {
        String path = UI.getCurrent().getActiveViewLocation().getPath();
        return text.isBlank()
                ? new Location(path)
                : new Location(path, QueryParameters.simple(Map.of(SEARCH_PARAMETER, text.strip())));
    }

    private void open(MemberSummary member) {
        grid.getUI()
                .ifPresent(ui -> ui.navigate(
                        MemberView.class,
                        new RouteParameters("memberId", member.id().toString())));
    }

    private Div row(MemberSummary member) {
        Span name = new Span(member.fullName());
        name.addClassName("member-name");
        Div first = new Div(name);
        first.addClassName("member-row-first");
        if (member.epsdt()) {
            first.add(Badges.epsdt(this));
        }
        member.deliverySystems().stream().sorted().forEach(system -> first.add(Badges.deliverySystem(system, this)));

        Span facts = new Span(getTranslation("members.row.age-cin", member.age(), member.cin()));
        facts.addClassName("member-row-facts");
        Div second = new Div(facts);
        second.addClassName("member-row-second");
        if (showPrimaryPeer) {
            Span peer = new Span(
                    member.primaryPeerName() == null
                            ? getTranslation("members.no-primary-peer")
                            : getTranslation("members.row.primary-peer", member.primaryPeerName()));
            peer.addClassName("member-row-peer");
            second.add(peer);
        }
        Div row = new Div(first, second);
        row.addClassName("member-row");
        return row;
    }
}
