package org.peerpath.ui.workforce;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.application.workforce.port.in.StaffDirectoryEntry;
import org.peerpath.application.workforce.port.in.WorkforceQueries;
import org.peerpath.shared.Role;
import org.peerpath.ui.security.CurrentUser;

/**
 * The staff directory (issue F, ADMIN): every person with their roles, NPI, program site and certification status
 * today; a name opens the staff record. Rows read on two lines, so a phone needs no sideways scrolling.
 */
@Route("admin/workforce")
@Menu(order = 9.5, title = "menu.workforce", icon = "vaadin:diploma")
@RolesAllowed(Role.ADMIN_ROLE)
public class WorkforceDirectoryView extends Main implements HasDynamicTitle {

    final Grid<StaffDirectoryEntry> staff = new Grid<>();

    WorkforceDirectoryView(WorkforceQueries queries, CurrentUser currentUser) {
        addClassNames("page", "workforce-directory-view", LumoUtility.MaxWidth.SCREEN_LARGE);
        staff.addComponentColumn(this::row).setHeader(getTranslation("workforce.directory.column"));
        staff.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        staff.setAllRowsVisible(true);
        staff.setId("workforce-grid");
        staff.setAriaLabel(getTranslation("workforce.directory.title"));
        staff.setItems(queries.directory(currentUser.actor()));
        Paragraph hint = new Paragraph(getTranslation("workforce.directory.hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(new H1(getTranslation("workforce.directory.title")), hint, staff);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workforce.directory.title");
    }

    private Component row(StaffDirectoryEntry entry) {
        RouterLink name = new RouterLink(
                entry.displayName(),
                StaffRecordView.class,
                new RouteParameters("staffId", entry.id().value().toString()));
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Div first = new Div(name);
        first.addClassNames("badge-row", LumoUtility.AlignItems.CENTER);
        entry.roles().stream().sorted().forEach(role -> {
            Span badge = new Span(getTranslation("role." + role.name()));
            badge.addClassNames("badge", "badge-delivery-system");
            first.add(badge);
        });
        if (entry.certificationToday() != null) {
            first.add(WorkforceTexts.statusBadge(this, entry.certificationToday()));
        }
        if (!entry.enabled()) {
            Span disabled = new Span(getTranslation("staff.disabled"));
            disabled.addClassNames("badge", "badge-disabled");
            first.add(disabled);
        }
        Span second = new Span(getTranslation(
                "workforce.directory.second-line",
                entry.username(),
                entry.npi() == null ? getTranslation("workforce.npi.none") : entry.npi(),
                entry.programSite() == null ? getTranslation("workforce.site.none") : entry.programSite()));
        second.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div row = new Div(first, second);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        return row;
    }
}
