package org.peerpath.ui.member.recommendation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
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
import org.peerpath.ui.language.Languages;
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
    private List<RecommenderTypeChoice> offered = List.of();

    final Grid<RecommendationSummary> grid = new Grid<>();
    final ComboBox<DeliverySystem> system = new ComboBox<>();
    final ComboBox<StaffSummary> recommender = new ComboBox<>();
    final ComboBox<CredentialType> type = new ComboBox<>();
    final DatePicker recommendedOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final Button save = new Button();

    RecommendationsView(
            MemberQueries members,
            RecommendationQueries recommendations,
            RecordRecommendationUseCase recordRecommendation,
            CurrentUser currentUser) {
        super(members, currentUser, "recommendations.page-title");
        this.recommendations = recommendations;
        this.recordRecommendation = recordRecommendation;
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

    private Div list(MemberRecommendations found) {
        grid.setId("recommendations");
        grid.addColumn(r ->
                        getTranslation("delivery-system." + r.deliverySystem().name()))
                .setHeader(getTranslation("recommendations.column.system"))
                .setAutoWidth(true);
        grid.addColumn(RecommendationSummary::recommenderName)
                .setHeader(getTranslation("recommendations.column.by"))
                .setAutoWidth(true);
        grid.addColumn(r -> typeName(r.recommenderType()))
                .setHeader(getTranslation("recommendations.column.type"))
                .setAutoWidth(true);
        grid.addColumn(r -> date(r.recommendedOn()))
                .setHeader(getTranslation("recommendations.column.date"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.endsOn() == null ? getTranslation("recommendations.open") : date(r.endsOn()))
                .setHeader(getTranslation("recommendations.column.end"))
                .setAutoWidth(true);
        grid.setItems(found.recommendations());
        grid.setAllRowsVisible(true);
        Div section = new Div(grid);
        if (found.recommendations().isEmpty()) {
            section.add(new Paragraph(getTranslation("recommendations.none")));
        }
        section.addClassName("section");
        return section;
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
                .asRequired(getTranslation("recommendations.by.required"))
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
            if (!binder.writeBeanIfValid(data) || data.getRecommendedBy() == null) {
                return;
            }
            try {
                recordRecommendation.record(new RecordRecommendationCommand(
                        currentUser.actor(),
                        found.member(),
                        data.getDeliverySystem(),
                        data.getRecommendedBy().id(),
                        data.getRecommenderType(),
                        data.getRecommendedOn(),
                        data.getEndsOn(),
                        found.version()));
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
                                "endsOn", endsOn));
            }
        });

        FlexLayout row = new FlexLayout(system, recommender, type, recommendedOn, endsOn, save);
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

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Languages.supported(getLocale()))
                .format(day);
    }
}
