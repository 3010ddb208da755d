package org.peerpath.ui.member.tab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What the delivery-system, level-of-care and recommendation pages of a member share besides the workspace's header and
 * tabs: the calm "not found or not yours" box.
 */
public final class TabPage {

    private TabPage() {}

    /** Not found, not visible to this person, or not theirs to see: all read the same (MEM-3). */
    public static Component notFound(Component within) {
        Div box = new Div(
                new H1(within.getTranslation("member.not-found.title")),
                new Paragraph(within.getTranslation("member.not-found.text")));
        box.setId("member-not-found");
        return box;
    }
}
