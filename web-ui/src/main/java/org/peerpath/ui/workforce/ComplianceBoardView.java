package org.peerpath.ui.workforce;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.peerpath.application.workforce.port.in.ComplianceRow;
import org.peerpath.application.workforce.port.in.WorkforceQueries;
import org.peerpath.shared.Role;
import org.peerpath.ui.security.CurrentUser;

/**
 * The compliance board (issue F): one row per peer (every enabled peer for ADMIN, one's own peers today for a
 * SUPERVISOR), green, amber or red with every reason as a rule ID and sentence, and the next due date. "Red only"
 * keeps the peers who cannot deliver claimable services today. Each row reads on a 390 px phone without scrolling
 * sideways.
 */
@Route("compliance")
@Menu(order = 5, title = "menu.compliance", icon = "vaadin:dashboard")
@RolesAllowed({Role.ADMIN_ROLE, Role.SUPERVISOR_ROLE})
public class ComplianceBoardView extends Main implements HasDynamicTitle {

    final Grid<ComplianceRow> board = new Grid<>();
    final Checkbox redOnly = new Checkbox();
    final Paragraph counts = new Paragraph();
    private final List<ComplianceRow> rows;

    ComplianceBoardView(WorkforceQueries queries, CurrentUser currentUser) {
        addClassNames("page", "compliance-board-view", LumoUtility.MaxWidth.SCREEN_LARGE);
        rows = queries.complianceBoard(currentUser.actor());
        board.addComponentColumn(this::row).setHeader(getTranslation("workforce.board.column"));
        board.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        board.setAllRowsVisible(true);
        board.setId("compliance-grid");
        board.setAriaLabel(getTranslation("workforce.board.title"));
        redOnly.setLabel(getTranslation("workforce.board.red-only"));
        redOnly.setId("red-only");
        redOnly.addValueChangeListener(change -> show());
        counts.setId("compliance-counts");
        counts.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(new H1(getTranslation("workforce.board.title")), counts, redOnly, board);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workforce.board.title");
    }

    private void show() {
        List<ComplianceRow> shown = redOnly.getValue()
                ? rows.stream()
                        .filter(r -> r.rating() == ComplianceRow.Rating.RED)
                        .toList()
                : rows;
        board.setItems(shown);
        long red = rows.stream()
                .filter(r -> r.rating() == ComplianceRow.Rating.RED)
                .count();
        long amber = rows.stream()
                .filter(r -> r.rating() == ComplianceRow.Rating.AMBER)
                .count();
        counts.setText(
                rows.isEmpty()
                        ? getTranslation("workforce.board.empty")
                        : getTranslation("workforce.board.counts", rows.size(), red, amber));
    }

    private Component row(ComplianceRow row) {
        Span name = new Span(row.displayName());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Div first = new Div(WorkforceTexts.ratingBadge(this, row.rating()), name);
        first.addClassNames("badge-row", LumoUtility.AlignItems.CENTER);
        Div cell = new Div(first);
        if (!row.reasons().isEmpty()) {
            UnorderedList reasons = new UnorderedList();
            reasons.addClassNames("compliance-reasons", LumoUtility.FontSize.SMALL);
            row.reasons().forEach(reason -> reasons.add(new ListItem(WorkforceTexts.reason(this, reason))));
            cell.add(reasons);
        }
        Span due = new Span(
                row.nextDue() == null
                        ? getTranslation("workforce.board.nothing-due")
                        : getTranslation("workforce.board.next-due", row.nextDue()));
        due.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        cell.add(due);
        cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        return cell;
    }
}
