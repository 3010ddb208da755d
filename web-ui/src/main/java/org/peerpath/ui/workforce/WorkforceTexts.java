package org.peerpath.ui.workforce;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.workforce.port.in.ComplianceRow;
import org.peerpath.credential.CertificationStanding;
import org.peerpath.credential.CertificationStatus;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainMessages;

/** Words and badges the workforce screens share. */
final class WorkforceTexts {

    private WorkforceTexts() {}

    static String date(Component within, @Nullable LocalDate date) {
        if (date == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale())
                .format(date);
    }

    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    static DatePicker datePicker(Component within, String labelKey, String id) {
        DatePicker picker = new DatePicker(within.getTranslation(labelKey));
        DatePickers.localize(picker, within);
        picker.setId(id);
        return picker;
    }

    static Span statusBadge(Component within, CertificationStatus status) {
        Span badge = new Span(within.getTranslation("workforce.status." + status.name()));
        badge.addClassNames("badge", status == CertificationStatus.ACTIVE ? "compliance-green" : "compliance-red");
        return badge;
    }

    static Span ratingBadge(Component within, ComplianceRow.Rating rating) {
        Span badge = new Span(within.getTranslation("workforce.rating." + rating.name()));
        badge.addClassNames("badge", "compliance-" + rating.name().toLowerCase());
        return badge;
    }

    /** "Active until …", "Lapsed since …", "Suspended since … (reason)". */
    static String standing(Component within, CertificationStanding standing) {
        return switch (standing.status()) {
            case ACTIVE -> within.getTranslation("workforce.standing.active", standing.expiresOn());
            case NOT_YET_ISSUED -> within.getTranslation("workforce.standing.not-yet-issued");
            default ->
                standing.reason() == null
                        ? within.getTranslation("workforce.standing.since", standing.since())
                        : within.getTranslation("workforce.standing.since-reason", standing.since(), standing.reason());
        };
    }

    /** A board reason: rule ID and sentence; domain alert keys are numbered, the workforce ones too. */
    static String reason(Component within, ComplianceRow.Reason reason) {
        return reason.ruleId() + " · " + DomainMessages.of(reason.messageKey(), reason.args());
    }

    /** CERT-6: "14 of 20 h · 3 of 6 h law & ethics". */
    static String progress(Component within, BigDecimal hours, BigDecimal lawAndEthics) {
        return within.getTranslation("workforce.ce.progress", hours(hours), "20", hours(lawAndEthics), "6");
    }
}
