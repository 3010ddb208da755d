package org.peerpath.ui.collateral;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.peerpath.application.collateral.port.in.CollateralDetails;
import org.peerpath.application.collateral.port.in.CollateralQueries;
import org.peerpath.application.collateral.port.in.MemberCollaterals;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.shared.Role;
import org.peerpath.ui.member.collateral.CollateralCards;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.MainLayout;

/**
 * Family contacts, for front desk when a mother calls: find the member by name, CIN or date of birth, then see each
 * family contact with how to reach them only while the member's authorization to share with that person is active
 * today, and otherwise "not authorized to share"; for a Part 2 member nothing hints at SUD treatment (COL-3). Each
 * look is audited by the query (COL-4).
 */
@Route(value = "family-contacts", layout = MainLayout.class)
@Menu(order = 3, title = "menu.family-contacts", icon = "vaadin:phone")
@RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE})
class FamilyContactsView extends Main implements HasDynamicTitle {

    private static final int MAX_FOUND = 20;

    private final MemberQueries members;
    private final CollateralQueries collaterals;
    private final CurrentUser currentUser;

    private final TextField search = new TextField();
    private final Grid<MemberSummary> found = new Grid<>();
    private final Paragraph noneFound = new Paragraph();
    private final Div contacts = new Div();

    FamilyContactsView(MemberQueries members, CollateralQueries collaterals, CurrentUser currentUser) {
        this.members = members;
        this.collaterals = collaterals;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_LARGE);

        H1 title = new H1(getTranslation("family-contacts.title"));
        Paragraph intro = new Paragraph(getTranslation("family-contacts.intro"));

        search.setLabel(getTranslation("family-contacts.search.label"));
        search.setPlaceholder(getTranslation("family-contacts.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setMaxLength(MemberFilter.MAX_SEARCH_LENGTH);
        search.setClearButtonVisible(true);
        search.setId("family-search");
        search.addClassName("family-search");
        Button find = new Button(getTranslation("family-contacts.search.button"), click -> find());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        find.setId("family-find");
        HorizontalLayout searchRow = new HorizontalLayout(search, find);
        searchRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        searchRow.addClassName("family-search-row");

        found.addColumn(MemberSummary::fullName)
                .setHeader(getTranslation("family-contacts.column.name"))
                .setFlexGrow(3);
        found.addColumn(MemberSummary::cin)
                .setHeader(getTranslation("family-contacts.column.cin"))
                .setFlexGrow(1);
        found.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        found.setAllRowsVisible(true);
        found.setAriaLabel(getTranslation("family-contacts.pick"));
        found.setId("family-members");
        found.setVisible(false);
        found.addItemClickListener(click -> showContacts(click.getItem()));

        noneFound.setText(getTranslation("family-contacts.none-found"));
        noneFound.setId("family-none-found");
        noneFound.setVisible(false);
        contacts.setId("family-contacts");
        contacts.addClassName("collateral-list");

        add(title, intro, searchRow, noneFound, found, contacts);
    }

    private void find() {
        contacts.removeAll();
        String text = search.getValue().strip();
        List<MemberSummary> matches = text.isEmpty()
                ? List.of()
                : members.allMembers(currentUser.actor(), text, PageSpec.first(MAX_FOUND))
                        .items();
        noneFound.setVisible(!text.isEmpty() && matches.isEmpty());
        found.setItems(matches);
        found.setVisible(!matches.isEmpty());
        // One match, or one that is exactly what was typed (a full name or a CIN), opens at once.
        List<MemberSummary> exact = matches.stream()
                .filter(m -> m.fullName().equalsIgnoreCase(text) || m.cin().equalsIgnoreCase(text))
                .toList();
        if (matches.size() == 1) {
            showContacts(matches.getFirst());
        } else if (exact.size() == 1) {
            showContacts(exact.getFirst());
        }
    }

    private void showContacts(MemberSummary member) {
        contacts.removeAll();
        MemberCollaterals shown =
                collaterals.collaterals(currentUser.actor(), member.id()).orElse(null);
        // The contact cards below are h3: this heading sits between them and the page's h1 (axe heading-order).
        H2 heading = new H2(getTranslation("family-contacts.of", member.fullName()));
        heading.setId("family-contacts-heading");
        contacts.add(heading);
        if (shown == null) {
            return;
        }
        List<CollateralDetails> current = shown.collaterals().stream()
                .filter(collateral -> !collateral.ended())
                .toList();
        if (current.isEmpty()) {
            contacts.add(new Paragraph(getTranslation("family-contacts.empty")));
        }
        current.forEach(collateral -> contacts.add(CollateralCards.card(collateral, this)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("family-contacts.title") + " · " + getTranslation("app.name");
    }
}
