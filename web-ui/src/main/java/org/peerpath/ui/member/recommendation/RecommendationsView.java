package org.peerpath.ui.member.recommendation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.recommendation.port.in.EndRecommendationCommand;
import org.peerpath.application.recommendation.port.in.EndRecommendationUseCase;
import org.peerpath.application.recommendation.port.in.MemberRecommendations;
import org.peerpath.application.recommendation.port.in.RecommendationQueries;
import org.peerpath.application.recommendation.port.in.RecommendationSummary;
import org.peerpath.application.recommendation.port.in.RecommenderTypeChoice;
import org.peerpath.application.recommendation.port.in.RecordRecommendationCommand;
import org.peerpath.application.recommendation.port.in.RecordRecommendationUseCase;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.credential.CredentialType;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.supervision.ExternalRecommender;
import org.peerpath.ui.member.tab.MemberTabView;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainErrors;
import org.peerpath.ui.shared.DomainMessages;
import org.peerpath.ui.shared.MainLayout;

/**
 * The Recommendations tab (DIR-3): who recommended peer services for the member, holding which credential type, under
 * which delivery system, from when to when. The form offers only the credential types the reference data lets
 * recommend under the chosen system and marks the assumed (OPEN) ones; the use case refuses any other type too.
 * Clinical: the care team and admins only (CONF-2).
 */
@Route(value = "members/:memberId/recommendations", layout = MainLayout.class)
@RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
public class RecommendationsView extends MemberTabView<MemberRecommendations> {

    private final RecommendationQueries recommendations;
    private final RecordRecommendationUseCase recordRecommendation;
    private final EndRecommendationUseCase endRecommendation;
    private List<RecommenderTypeChoice> offered = List.of();

    /** What the list shows, in its order. */
    List<RecommendationSummary> shown = List.of();

    final Div list = new Div();
    final ComboBox<DeliverySystem> system = new ComboBox<>();
    final Checkbox outside = new Checkbox();
    final ComboBox<StaffSummary> recommender = new ComboBox<>();
    final TextField outsideName = new TextField();
    final TextField outsideLicense = new TextField();
    final ComboBox<CredentialType> type = new ComboBox<>();
    final DatePicker recommendedOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final Button save = new Button();

    RecommendationsView(
            MemberQueries members,
            RecommendationQueries recommendations,
            RecordRecommendationUseCase recordRecommendation,
            EndRecommendationUseCase endRecommendation,
            CurrentUser currentUser) {
        super(members, currentUser, "recommendations.page-title");
        this.recommendations = recommendations;
        this.recordRecommendation = recordRecommendation;
        this.endRecommendation = endRecommendation;
    }

    @Override
    protected Optional<MemberRecommendations> load(MemberDetails member) {
        return recommendations.recommendations(currentUser.actor(), member.id());
    }

    @Override
    protected void draw(MemberDetails member, MemberRecommendations found) {
        H2 heading = new H2(getTranslation("recommendations.title"));
        heading.addClassName("section");
        add(heading, list(found), form(found));
    }

    /**
     * One card per recommendation, two lines that wrap, so that a phone never scrolls sideways: the system and the
     * dates, then who recommended with their credential (and license number when outside the program). An open one
     * can be ended here (DIR-3).
     */
    private Div list(MemberRecommendations found) {
        shown = found.recommendations();
        list.setId("recommendations");
        list.addClassName("recommendation-list");
        for (RecommendationSummary r : shown) {
            list.add(card(r, found));
        }
        Div section = new Div(list);
        if (shown.isEmpty()) {
            section.add(new Paragraph(getTranslation("recommendations.none")));
        }
        section.addClassName("section");
        return section;
    }

    private Div card(RecommendationSummary r, MemberRecommendations found) {
        Span systemBadge = new Span(r.deliverySystem().name().replace('_', '-'));
        systemBadge.addClassNames("badge", "badge-delivery-system");
        systemBadge.setTitle(
                getTranslation("delivery-system." + r.deliverySystem().name()));
        Span dates = new Span(getTranslation(
                r.endsOn() == null ? "recommendations.card.open" : "recommendations.card.ended",
                r.recommendedOn(),
                r.endsOn() == null ? "" : r.endsOn()));
        Div first = new Div(systemBadge, dates);
        first.addClassName("recommendation-line");
        String who = getTranslation(
                r.outside() ? "recommendations.card.by-outside" : "recommendations.card.by",
                r.recommenderName(),
                typeName(r.recommenderType()),
                r.licenseNumber() == null ? "" : r.licenseNumber());
        Div second = new Div(new Span(who));
        second.addClassName("recommendation-line");
        Div card = new Div(first, second);
        card.addClassName("recommendation-card");
        if (r.endsOn() == null) {
            DatePicker endOn = new DatePicker(getTranslation("recommendations.field.end-on"));
            DatePickers.localize(endOn, this);
            endOn.setId("end-on-" + shown.indexOf(r));
            Button end = new Button(getTranslation("recommendations.end"));
            end.setId("end-recommendation-" + shown.indexOf(r));
            end.addThemeVariants(ButtonVariant.LUMO_SMALL);
            end.addClickListener(click -> {
                endOn.setInvalid(false);
                try {
                    endRecommendation.end(new EndRecommendationCommand(
                            currentUser.actor(), found.member(), r.key(), endOn.getValue(), found.version()));
                    DomainErrors.notifySuccess(getTranslation("recommendations.ended"));
                    getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                } catch (ConcurrentChangeException stale) {
                    DomainErrors.notifyError(getTranslation(ConcurrentChangeException.CODE));
                } catch (DomainException refused) {
                    DomainErrors.show(refused, Map.of("endsOn", endOn));
                }
            });
            FlexLayout row = new FlexLayout(endOn, end);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.addClassNames(LumoUtility.Gap.SMALL);
            card.add(row);
        }
        return card;
    }

    private Div form(MemberRecommendations found) {
        system.setLabel(getTranslation("recommendations.field.system"));
        system.setId("recommendation-system");
        system.setItems(DeliverySystem.values());
        system.setItemLabelGenerator(s -> getTranslation("delivery-system." + s.name()));
        recommender.setLabel(getTranslation("recommendations.field.by"));
        recommender.setId("recommendation-by");
        recommender.setItems(found.recommenders());
        recommender.setItemLabelGenerator(StaffSummary::displayName);
        recommender.setHelperText(getTranslation("recommendations.field.by.hint"));
        // DIR-3: a professional outside the program, by name and license number, instead of a staff account.
        outside.setLabel(getTranslation("recommendations.field.outside"));
        outside.setId("recommendation-outside");
        outsideName.setLabel(getTranslation("recommendations.field.outside-name"));
        outsideName.setId("recommendation-outside-name");
        outsideName.setMaxLength(ExternalRecommender.NAME_MAX_LENGTH * 2);
        outsideLicense.setLabel(getTranslation("recommendations.field.outside-license"));
        outsideLicense.setId("recommendation-outside-license");
        outsideLicense.setMaxLength(ExternalRecommender.LICENSE_MAX_LENGTH * 2);
        outsideName.setVisible(false);
        outsideLicense.setVisible(false);
        outside.addValueChangeListener(change -> {
            recommender.setVisible(!change.getValue());
            outsideName.setVisible(change.getValue());
            outsideLicense.setVisible(change.getValue());
        });
        type.setLabel(getTranslation("recommendations.field.type"));
        type.setId("recommendation-type");
        type.setItems(List.of());
        type.setItemLabelGenerator(this::typeLabel);
        type.setHelperText(getTranslation("recommendations.field.type.hint"));
        // DIR-3: the types the reference data lets recommend under the chosen system. A type chosen before the system
        // changed stays shown, so that the refusal names it at the field rather than the choice vanishing unseen.
        system.addValueChangeListener(change -> {
            CredentialType chosen = type.getValue();
            offered = change.getValue() == null ? List.of() : recommendations.recommenderTypesUnder(change.getValue());
            type.setItems(offered.stream().map(RecommenderTypeChoice::type).toList());
            type.setValue(chosen);
            showAssumption();
        });
        type.addValueChangeListener(change -> showAssumption());
        recommendedOn.setLabel(getTranslation("recommendations.field.date"));
        recommendedOn.setId("recommendation-date");
        DatePickers.localize(recommendedOn, this);
        endsOn.setLabel(getTranslation("recommendations.field.end"));
        endsOn.setId("recommendation-end");
        DatePickers.localize(endsOn, this);

        Binder<RecommendationFormData> binder = new Binder<>();
        binder.forField(system)
                .asRequired(getTranslation("recommendations.system.required"))
                .bind(RecommendationFormData::getDeliverySystem, RecommendationFormData::setDeliverySystem);
        binder.forField(recommender)
                .withValidator(
                        chosen -> outside.getValue() || chosen != null, getTranslation("recommendations.by.required"))
                .bind(RecommendationFormData::getRecommendedBy, RecommendationFormData::setRecommendedBy);
        binder.forField(type)
                .asRequired(getTranslation("recommendations.type.required"))
                .bind(RecommendationFormData::getRecommenderType, RecommendationFormData::setRecommenderType);
        binder.forField(recommendedOn)
                .asRequired(getTranslation("recommendations.date.required"))
                .bind(RecommendationFormData::getRecommendedOn, RecommendationFormData::setRecommendedOn);
        binder.forField(endsOn).bind(RecommendationFormData::getEndsOn, RecommendationFormData::setEndsOn);

        save.setText(getTranslation("recommendations.save"));
        save.setId("save-recommendation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            RecommendationFormData data = new RecommendationFormData();
            outsideName.setInvalid(false);
            outsideLicense.setInvalid(false);
            if (!binder.writeBeanIfValid(data) || (!outside.getValue() && data.getRecommendedBy() == null)) {
                return;
            }
            try {
                recordRecommendation.record(new RecordRecommendationCommand(
                        currentUser.actor(),
                        found.member(),
                        data.getDeliverySystem(),
                        outside.getValue() || data.getRecommendedBy() == null
                                ? null
                                : data.getRecommendedBy().id(),
                        data.getRecommenderType(),
                        data.getRecommendedOn(),
                        data.getEndsOn(),
                        found.version(),
                        outside.getValue(),
                        outsideName.getValue(),
                        outsideLicense.getValue()));
                DomainErrors.notifySuccess(getTranslation("recommendations.saved"));
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            } catch (ConcurrentChangeException stale) {
                // Someone changed the recommendations since this page was shown: nothing is overwritten.
                DomainErrors.notifyError(getTranslation(ConcurrentChangeException.CODE));
            } catch (DomainException refused) {
                DomainErrors.show(
                        refused,
                        Map.of(
                                "deliverySystem", system,
                                "recommendedBy", recommender,
                                "recommenderType", type,
                                "recommendedOn", recommendedOn,
                                "endsOn", endsOn,
                                "outsideName", outsideName,
                                "outsideLicense", outsideLicense));
            }
        });

        FlexLayout row = new FlexLayout(
                system, outside, recommender, outsideName, outsideLicense, type, recommendedOn, endsOn, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassNames(LumoUtility.Gap.MEDIUM);
        Div section = new Div(
                new H3(getTranslation("recommendations.add.title")),
                new Paragraph(getTranslation("recommendations.add.hint")),
                row);
        section.addClassName("section");
        return section;
    }

    /** DIR-3, OPEN entries: the chosen type's assumption in the catalogue's words, under the field. */
    private void showAssumption() {
        CredentialType chosen = type.getValue();
        DeliverySystem chosenSystem = system.getValue();
        boolean assumed = chosen != null && chosenSystem != null && isAssumed(chosen);
        type.setHelperText(
                assumed
                        ? DomainMessages.of("assumption.dir-3.may-recommend", List.of(chosen, chosenSystem))
                        : getTranslation("recommendations.field.type.hint"));
    }

    private boolean isAssumed(CredentialType credentialType) {
        return offered.stream().anyMatch(choice -> choice.type() == credentialType && choice.assumed());
    }

    private String typeLabel(CredentialType credentialType) {
        return isAssumed(credentialType)
                ? getTranslation("recommendations.type-assumed", typeName(credentialType))
                : typeName(credentialType);
    }

    private String typeName(@Nullable CredentialType credentialType) {
        return credentialType == null ? "" : getTranslation("enum.CredentialType." + credentialType.name());
    }
}
