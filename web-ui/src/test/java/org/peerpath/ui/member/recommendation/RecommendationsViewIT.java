package org.peerpath.ui.member.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.recommendation.port.in.RecommendationSummary;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.credential.CredentialType;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Recommendations tab (DIR-3): only types that may recommend are offered, and any other is refused at its field. */
@SpringBootTest
@WithUserDetails("peer.ava")
class RecommendationsViewIT extends SpringBrowserlessTest {

    private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

    @Autowired
    MemberQueries members;

    @Autowired
    CurrentUser currentUser;

    private MemberSummary avas(String search) {
        return members.myCaseload(currentUser.actor(), search, PageSpec.first(20))
                .items()
                .getFirst();
    }

    private RecommendationsView open(MemberSummary member) {
        return navigate(
                RecommendationsView.class, Map.of("memberId", member.id().toString()));
    }

    private void fill(RecommendationsView view, String system, String type) {
        test(view.system).selectItem(system);
        test(view.recommender).selectItem("Dr. Ellis Okafor-Hale, LCSW");
        test(view.type).selectItem(type);
        view.recommendedOn.setValue(DAY);
    }

    @Test
    void dir3_a_recommendation_by_a_type_that_may_not_recommend_under_the_system_is_refused_at_the_type() {
        RecommendationsView view = open(avas("Wren"));
        fill(view, "Drug Medi-Cal ODS", "nurse practitioner (NP)");
        test(view.system).selectItem("Specialty Mental Health");

        test(view.save).click();

        assertThat(view.type.isInvalid()).isTrue();
        assertThat(view.type.getErrorMessage())
                .isEqualTo("This credential type may not recommend peer services under this delivery system");
        assertThat(open(avas("Wren")).shown).isEmpty();
    }

    @Test
    void dir3_the_form_offers_only_the_types_that_may_recommend_and_marks_the_assumed_ones() {
        RecommendationsView view = open(avas("Wren"));

        test(view.system).selectItem("Specialty Mental Health");

        assertThat(view.type.getListDataView().getItems())
                .containsExactly(
                        CredentialType.PHYSICIAN,
                        CredentialType.PSYCHOLOGIST,
                        CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER,
                        CredentialType.LICENSED_MARRIAGE_AND_FAMILY_THERAPIST,
                        CredentialType.LICENSED_PROFESSIONAL_CLINICAL_COUNSELOR,
                        CredentialType.REGISTERED_NURSE);
        assertThat(view.type.getItemLabelGenerator().apply(CredentialType.REGISTERED_NURSE))
                .isEqualTo("registered nurse (RN) · assumed");
        test(view.type).selectItem("registered nurse (RN) · assumed");
        assertThat(view.type.getHelperText())
                .isEqualTo(
                        "assumed: a registered nurse (RN) may recommend peer services under Specialty Mental Health (SMHS)");
    }

    @Test
    void dir3_an_end_before_the_recommendation_date_is_named_at_the_end() {
        RecommendationsView view = open(avas("Zinnia"));
        fill(view, "Specialty Mental Health", "physician");
        view.endsOn.setValue(DAY.minusDays(1));

        test(view.save).click();

        assertThat(view.endsOn.getErrorMessage()).isEqualTo("End date cannot be before the recommendation date");
    }

    @Test
    void dir3_a_saved_recommendation_is_listed_with_who_recommended_and_their_credential() {
        MemberSummary member = avas("Zinnia");
        RecommendationsView view = open(member);
        fill(view, "Specialty Mental Health", "licensed clinical social worker (LCSW)");

        test(view.save).click();

        assertThat(open(member).shown)
                .extracting(RecommendationSummary::recommenderName, RecommendationSummary::recommenderType)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "Dr. Ellis Okafor-Hale, LCSW", CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER));
    }

    @Test
    void dir3_the_demo_member_who_moved_between_levels_shows_ellis_recommendation() {
        RecommendationsView view = open(avas("Dmitri"));

        assertThat(view.shown)
                .extracting(RecommendationSummary::recommenderName)
                .containsExactly("Dr. Ellis Okafor-Hale, LCSW");
    }

    @Test
    void dir3_an_outside_professional_without_license_number_is_named_at_the_license_field() {
        RecommendationsView view = open(avas("Wren"));
        test(view.system).selectItem("Specialty Mental Health");
        view.outside.setValue(true);
        test(view.type).selectItem("physician");
        view.recommendedOn.setValue(DAY);
        view.outsideName.setValue("Dr. Imani Outsider");

        test(view.save).click();

        assertThat(view.outsideLicense.isInvalid()).isTrue();
        assertThat(view.outsideLicense.getErrorMessage())
                .isEqualTo("Write the license number of the professional who recommended");
    }

    @Test
    void dir3_an_outside_professional_is_listed_with_the_license_and_ended_later_with_words_for_an_early_end() {
        MemberSummary member = avas("Zinnia");
        RecommendationsView view = open(member);
        test(view.system).selectItem("Specialty Mental Health");
        view.outside.setValue(true);
        test(view.type).selectItem("physician");
        view.recommendedOn.setValue(DAY);
        view.outsideName.setValue("Dr. Imani Outsider");
        view.outsideLicense.setValue("A123456");
        test(view.save).click();

        RecommendationsView after = open(member);
        int index = after.shown.indexOf(after.shown.stream()
                .filter(RecommendationSummary::outside)
                .findFirst()
                .orElseThrow());
        assertThat(after.list.getElement().getTextRecursively())
                .contains("Dr. Imani Outsider")
                .contains("A123456");
        com.vaadin.flow.component.datepicker.DatePicker endOn =
                within(after, com.vaadin.flow.component.datepicker.DatePicker.class, "end-on-" + index);
        com.vaadin.flow.component.button.Button end =
                within(after, com.vaadin.flow.component.button.Button.class, "end-recommendation-" + index);
        endOn.setValue(DAY.minusDays(1));
        test(end).click();
        assertThat(endOn.isInvalid()).isTrue();
        assertThat(endOn.getErrorMessage()).isEqualTo("End date cannot be before the recommendation date");

        endOn.setValue(DAY.plusDays(30));
        test(end).click();
        assertThat(open(member).shown)
                .filteredOn(RecommendationSummary::outside)
                .singleElement()
                .satisfies(r -> assertThat(r.endsOn()).isEqualTo(DAY.plusDays(30)));
    }

    private static <T extends com.vaadin.flow.component.Component> T within(
            com.vaadin.flow.component.Component root, Class<T> type, String id) {
        return descendants(root)
                .filter(type::isInstance)
                .filter(c -> c.getId().orElse("").equals(id))
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(root), root.getChildren().flatMap(RecommendationsViewIT::descendants));
    }
}
