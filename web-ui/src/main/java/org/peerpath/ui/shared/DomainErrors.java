package org.peerpath.ui.shared;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where an expected {@link DomainException} becomes something a person sees: a message under the
 * field it concerns, or a notification when it concerns no field of the form.
 *
 * <p>The convention, for every refusal that reaches a user: the exception's {@link DomainException#code() code} is
 * the bundle key, and its {@link DomainException#args() named arguments} fill the text's named placeholders.
 * {@code new DuplicateCinException(cin)} has code {@code member.duplicate-cin} and args {@code {cin=91234567A}};
 * the bundles hold {@code member.duplicate-cin=A member with CIN {cin} is already enrolled} and its Spanish. The
 * whole map goes to {@code getTranslation(code, args)} as the only parameter, and {@link BundleI18NProvider} fills
 * {@code {cin}} from it (dates and numbers in the UI's locale). {@link Throwable#getMessage()} is for the log, never
 * for the screen: a code with no text shows the calm {@code error.refused} and is logged, so that the missing text
 * gets written.
 */
public final class DomainErrors {

    private static final Logger log = LoggerFactory.getLogger(DomainErrors.class);

    private DomainErrors() {}

    public static void show(DomainException error, Map<String, ? extends HasValidation> fieldsByName) {
        String text = text(error);
        if (error instanceof FieldProblem problem && fieldsByName.containsKey(problem.field())) {
            HasValidation field = fieldsByName.get(problem.field());
            field.setErrorMessage(text);
            field.setInvalid(true);
            return;
        }
        notifyError(text);
    }

    /**
     * The refusal in the words of the current UI's language. The domain's own messages are numbered ({0}, {1}) and
     * rendered by {@link DomainMessages}; the other layers' codes fill named placeholders from their argument map.
     */
    public static String text(DomainException error) {
        UI ui = UI.getCurrent();
        String text = error.message().isPresent()
                ? DomainMessages.of(error)
                : error.isKeyed()
                        ? ui.getTranslation(error.code(), error.args())
                        : BundleI18NProvider.missing(error.code());
        if (text.equals(BundleI18NProvider.missing(error.code()))) {
            log.warn("No text for refusal {} ({})", error.code(), error.getMessage());
            return ui.getTranslation("error.refused");
        }
        return text;
    }

    public static void notifyError(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void notifySuccess(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
