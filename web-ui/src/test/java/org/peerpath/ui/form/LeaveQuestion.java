package org.peerpath.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Stay-or-Leave question of {@link UnsavedChangesGuard} as a browserless view test sees it (issue C item 4): one
 * place for what every guarded form shows, so each form's test says only what it types and where it goes.
 */
public final class LeaveQuestion {

    private LeaveQuestion() {}

    /** The open question, if leaving asked one. */
    public static Optional<ConfirmDialog> asked() {
        UI ui = UI.getCurrent();
        // An opened dialog joins the UI just before the response is written.
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return descendants(ui)
                .filter(ConfirmDialog.class::isInstance)
                .map(ConfirmDialog.class::cast)
                .filter(dialog -> dialog.getId().orElse("").equals(UnsavedChangesGuard.DIALOG_ID))
                .filter(ConfirmDialog::isOpened)
                .findFirst();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(LeaveQuestion::descendants));
    }

    /**
     * Leaving {@code view} for {@code route} asks: Stay keeps the view with its input, leaving again and choosing Leave
     * goes. Returns the question's title.
     */
    public static String leavingAsksThenStaysThenLeaves(Component view, String route) {
        UI ui = UI.getCurrent();
        ui.navigate(route);
        ConfirmDialog ask = asked().orElseThrow(() -> new AssertionError("leaving with unsaved input did not ask"));
        String title = new ConfirmDialogTester(ask).getHeader();
        new ConfirmDialogTester(ask).cancel();
        assertThat(ui.getCurrentView()).as("Stay keeps the form").isSameAs(view);

        ui.navigate(route);
        new ConfirmDialogTester(asked().orElseThrow()).confirm();
        assertThat(ui.getCurrentView()).as("Leave goes").isNotSameAs(view);
        return title;
    }

    /** Leaving {@code view} for {@code route} asks: Stay keeps the view with its input. */
    public static void leavingAsksAndStays(Component view, String route) {
        UI ui = UI.getCurrent();
        ui.navigate(route);
        new ConfirmDialogTester(asked().orElseThrow(() -> new AssertionError("leaving with unsaved input did not ask")))
                .cancel();
        assertThat(ui.getCurrentView()).as("Stay keeps the form").isSameAs(view);
    }

    /** Leaving {@code view} for {@code route} goes at once, without a question. */
    public static void leavingDoesNotAsk(Component view, String route) {
        UI ui = UI.getCurrent();
        ui.navigate(route);
        assertThat(asked()).as("a question before leaving").isEmpty();
        assertThat(ui.getCurrentView()).isNotSameAs(view);
    }
}
