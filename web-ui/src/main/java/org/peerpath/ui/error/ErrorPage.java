package org.peerpath.ui.error;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.peerpath.ui.home.HomeView;

/** One sentence and a way home, inside the menu frame, so that no address is a dead end. */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private final String titleKey;

    ErrorPage(String id, String titleKey, String textKey) {
        this.titleKey = titleKey;
        addClassNames("page", "error-page", LumoUtility.MaxWidth.SCREEN_MEDIUM);
        H1 title = new H1(getTranslation(titleKey));
        title.addClassName("view-title");
        title.setId(id);
        Paragraph text = new Paragraph(getTranslation(textKey));
        RouterLink home = new RouterLink(getTranslation("error.go-home"), HomeView.class);
        home.setId("error-go-home");
        add(title, text, home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
