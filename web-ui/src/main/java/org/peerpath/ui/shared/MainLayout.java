package org.peerpath.ui.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.peerpath.ui.language.LanguageSwitch;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.security.SignedInStaff;

/** The frame of every signed-in page: the menu (only the views the user may open) and the sign-out. */
@Layout
@AnonymousAllowed // the layout itself shows nothing; each view inside it declares its own roles
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String CONTENT_ID = "main-content";

    private final Anchor skip = new Anchor("#" + CONTENT_ID, "");

    /**
     * Everything on the page sits in a landmark (axe: region): the bar on top in a banner ({@code <header>}), the
     * drawer in the navigation ({@code <nav>}), the view in its own {@code <main>}.
     */
    MainLayout(CurrentUser currentUser) {
        setPrimarySection(Section.DRAWER);
        Header banner = new Header(skipLink(), new DrawerToggle(), userBar(currentUser));
        banner.addClassName("app-banner");
        addToNavbar(banner);
        Nav drawer = new Nav(brand(), new Scroller(menu()));
        drawer.getElement().setAttribute("aria-label", getTranslation("menu.label"));
        drawer.addClassName("app-drawer");
        addToDrawer(drawer);
    }

    /** Keyboard users jump past the menu; the link shows only when it has focus. */
    private Anchor skipLink() {
        skip.setText(getTranslation("layout.skip-to-content"));
        skip.addClassName("skip-link");
        skip.setId("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement()
                .executeJs("this.addEventListener('click', e => { e.preventDefault(); " + FOCUS_HEADING + " })");
        return skip;
    }

    /** The view's h1, else the view itself, takes focus (views keep their own ids, so it is found by place). */
    private static final String FOCUS_HEADING =
            "const main = document.querySelector('vaadin-app-layout > :not([slot])');"
                    + " const h = main && (main.querySelector('h1') || main);"
                    + " if (h) { if (!h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');"
                    + " h.focus({preventScroll: true}); }";

    /**
     * After every navigation, focus goes to the new view's heading, so a screen reader announces where we are; the
     * skip link points at the view (its own id, else {@value #CONTENT_ID}), so its target exists (axe: skip-link).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component view = getContent();
        if (view != null) {
            String target = view.getId().orElseGet(() -> {
                view.setId(CONTENT_ID);
                return CONTENT_ID;
            });
            skip.setHref("#" + target);
        }
        getElement().executeJs("requestAnimationFrame(() => { " + FOCUS_HEADING + " })");
    }

    private Div brand() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassNames("brand-title", LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
        Span program = new Span(getTranslation("app.program"));
        program.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div brand = new Div(name, program);
        brand.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.MEDIUM);
        return brand;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        String title = getTranslation(entry.title());
        return entry.icon() == null
                ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }

    private Div userBar(CurrentUser currentUser) {
        Div bar = new Div();
        bar.addClassName("user-bar");
        bar.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.MEDIUM,
                LumoUtility.Margin.Left.AUTO,
                LumoUtility.Padding.Horizontal.MEDIUM);
        SignedInStaff staff = currentUser.staff();
        // On a phone only the first name shows (a title like "Dr." keeps the word after it), never a cut name.
        String name = staff.displayName();
        int firstName = name.indexOf(' ', name.startsWith("Dr. ") ? 4 : 0);
        Span who = new Span();
        if (firstName < 0) {
            who.setText(name);
        } else {
            Span rest = new Span(name.substring(firstName));
            rest.addClassName("signed-in-rest");
            who.add(new Span(name.substring(0, firstName)), rest);
        }
        who.addClassNames(LumoUtility.FontWeight.MEDIUM);
        who.setId("signed-in-as");
        who.setTitle(staff.displayName());
        Button signOut = new Button(
                getTranslation("menu.sign-out"), new Icon(VaadinIcon.SIGN_OUT), click -> currentUser.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        signOut.setAriaLabel(getTranslation("menu.sign-out"));
        bar.add(who, new LanguageSwitch(), signOut);
        return bar;
    }
}
