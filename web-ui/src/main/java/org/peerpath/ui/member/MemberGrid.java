package org.peerpath.ui.member;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.function.BiFunction;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.ui.shared.KeysetPager;

/** A searchable, lazily loaded list of members; a click opens the member's page. */
final class MemberGrid extends Composite<VerticalLayout> {

    private final TextField search = new TextField();
    private final Grid<MemberSummary> grid = new Grid<>();
    private final KeysetPager<MemberSummary> pager;

    MemberGrid(BiFunction<PageSpec, String, Slice<MemberSummary>> pages, boolean showPrimaryPeer) {
        pager = new KeysetPager<>(pages);

        search.setLabel(getTranslation("members.search.label"));
        search.setPlaceholder(getTranslation("members.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        search.setMaxLength(MemberFilter.MAX_SEARCH_LENGTH);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("member-search");
        search.addValueChangeListener(change -> {
            pager.reset();
            grid.getDataProvider().refreshAll();
        });

        grid.addComponentColumn(this::nameCell)
                .setHeader(getTranslation("members.column.name"))
                .setFlexGrow(3);
        grid.addColumn(MemberSummary::age)
                .setHeader(getTranslation("members.column.age"))
                .setFlexGrow(0)
                .setWidth("6rem");
        grid.addColumn(MemberSummary::cin)
                .setHeader(getTranslation("members.column.cin"))
                .setFlexGrow(1);
        grid.addComponentColumn(MemberGrid::deliverySystems)
                .setHeader(getTranslation("members.column.delivery-systems"))
                .setFlexGrow(2);
        if (showPrimaryPeer) {
            grid.addColumn(member -> member.primaryPeerName() == null
                            ? getTranslation("members.no-primary-peer")
                            : member.primaryPeerName())
                    .setHeader(getTranslation("members.column.primary-peer"))
                    .setFlexGrow(2);
        }
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit(), search.getValue()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("members.empty"));
        grid.setAriaLabel(getTranslation("members.grid.label"));
        grid.setId("member-grid");
        grid.addItemClickListener(click -> grid.getUI()
                .ifPresent(ui -> ui.navigate(
                        MemberView.class,
                        new RouteParameters("memberId", click.getItem().id().toString()))));
        grid.setSizeFull();

        getContent().setPadding(false);
        getContent().setWidthFull();
        getContent().addClassNames(LumoUtility.Flex.GROW, LumoUtility.MinHeight.NONE);
        getContent().add(search, grid);
        getContent().setFlexGrow(1, grid);
    }

    private HorizontalLayout nameCell(MemberSummary member) {
        Span name = new Span(member.fullName());
        name.addClassName("member-name");
        HorizontalLayout cell = new HorizontalLayout(name);
        cell.setSpacing(true);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        if (member.epsdt()) {
            cell.add(Badges.epsdt(this));
        }
        return cell;
    }

    private static Div deliverySystems(MemberSummary member) {
        Div badges = new Div();
        badges.addClassName("badge-row");
        member.deliverySystems().stream().sorted().forEach(system -> badges.add(Badges.deliverySystem(system)));
        return badges;
    }
}
