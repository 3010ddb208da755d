package org.peerpath.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Leaving a form with unsaved input asks first (issue C item 4): a dialog with Stay and Leave. A view keeps one guard,
 * says what counts as unsaved input (typed and not saved), and hands its {@code beforeLeave} to the guard. Leaving
 * with nothing typed, or after saving, does not ask.
 *
 * <p>The texts come from the bundle under a prefix ({@code <prefix>.title}, {@code .text}, {@code .stay},
 * {@code .leave}); {@link #DEFAULT_TEXTS} says it in general words.
 */
public final class UnsavedChangesGuard {

    public static final String DEFAULT_TEXTS = "unsaved.leave";
    public static final String DIALOG_ID = "leave-unsaved";

    private final Component view;
    private final BooleanSupplier unsavedInput;
    private final String texts;

    private UnsavedChangesGuard(Component view, BooleanSupplier unsavedInput, String texts) {
        this.view = view;
        this.unsavedInput = unsavedInput;
        this.texts = texts;
    }

    /** A guard for the view, asking in general words when {@code unsavedInput} says there is some. */
    public static UnsavedChangesGuard of(Component view, BooleanSupplier unsavedInput) {
        return new UnsavedChangesGuard(view, unsavedInput, DEFAULT_TEXTS);
    }

    /** The same guard asking in the form's own words, from the keys under {@code prefix}. */
    public UnsavedChangesGuard withTexts(String prefix) {
        return new UnsavedChangesGuard(view, unsavedInput, prefix);
    }

    /** True when any of the fields holds something (a value, a choice, a date). */
    public static boolean anyFilled(HasValue<?, ?>... fields) {
        return Stream.of(fields).anyMatch(field -> !field.isEmpty());
    }

    /** Call from the view's {@code beforeLeave}: with unsaved input, the navigation waits for Stay or Leave. */
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!unsavedInput.getAsBoolean()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId(DIALOG_ID);
        ask.setHeader(view.getTranslation(texts + ".title"));
        ask.setText(view.getTranslation(texts + ".text"));
        ask.setCancelable(true);
        ask.setCancelText(view.getTranslation(texts + ".stay"));
        ask.setConfirmText(view.getTranslation(texts + ".leave"));
        ask.setConfirmButtonTheme("error primary");
        ask.addConfirmListener(confirmed -> leave.proceed());
        ask.open();
    }
}
