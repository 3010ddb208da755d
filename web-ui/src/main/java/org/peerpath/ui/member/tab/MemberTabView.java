package org.peerpath.ui.member.tab;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.ui.member.MemberHeader;
import org.peerpath.ui.member.workspace.MemberWorkspaceTabs;
import org.peerpath.ui.security.CurrentUser;

/**
 * One tab of the member workspace: reads the member of the route, loads the tab's data, and either draws the header,
 * the tabs and the tab's content or the calm "not found or not yours" box (MEM-3). A tab only says what it loads and
 * how it draws it.
 *
 * @param <T> what the tab loads for the member (its query's result)
 */
public abstract class MemberTabView<T> extends Main implements BeforeEnterObserver, HasDynamicTitle {

    protected final MemberQueries members;
    protected final CurrentUser currentUser;
    private final String titleKey;
    private String title = "";

    /** {@code titleKey}: the bundle key of the page title, which takes the member's full name. */
    protected MemberTabView(MemberQueries members, CurrentUser currentUser, String titleKey) {
        this.members = members;
        this.currentUser = currentUser;
        this.titleKey = titleKey;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<MemberDetails> member =
                MemberWorkspaceTabs.memberIdOf(event).flatMap(id -> members.member(currentUser.actor(), id));
        Optional<T> data = member.flatMap(this::load);
        if (member.isEmpty() || data.isEmpty()) {
            title = getTranslation("member.not-found.title");
            add(TabPage.notFound(this));
            return;
        }
        title = getTranslation(titleKey, member.get().fullName());
        add(new MemberHeader(member.get()), new MemberWorkspaceTabs(member.get().id(), getClass()));
        draw(member.get(), data.get());
    }

    /** The tab's data for the member; empty when the acting person may not see it (drawn as "not found"). */
    protected abstract Optional<T> load(MemberDetails member);

    /** Adds the tab's content below the header and the tabs. */
    protected abstract void draw(MemberDetails member, T data);

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
