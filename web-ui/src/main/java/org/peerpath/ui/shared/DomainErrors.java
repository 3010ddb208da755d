package org.peerpath.ui.shared;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/**
 * The one place where an expected {@link DomainException} becomes something a person sees: a message under the
 * field it concerns, or a notification when it concerns no field of the form.
 */
public final class DomainErrors {

    private DomainErrors() {}

    public static void show(DomainException error, Map<String, ? extends HasValidation> fieldsByName) {
        if (error instanceof FieldProblem problem && fieldsByName.containsKey(problem.field())) {
            HasValidation field = fieldsByName.get(problem.field());
            field.setErrorMessage(DomainMessages.of(error));
            field.setInvalid(true);
            return;
        }
        notifyError(DomainMessages.of(error));
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
