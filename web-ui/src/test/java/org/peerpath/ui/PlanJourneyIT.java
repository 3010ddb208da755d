package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.member.MemberId;
import org.peerpath.shared.County;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue G in real headless Chromium, on a desktop and on a 390 px phone, with two or three people in their own
 * browsers.
 *
 * <p>Peer-written (POC-2, POC-4, POC-6, GOAL-1, GOAL-2): Ava writes a Plan of Care with two goals and signs it; Dana
 * finds it in her co-sign queue and returns it with a comment; Ava reads the comment, fixes the goal and signs again;
 * Dana co-signs; the plan is locked; Ava records progress three times and the goal's chart and the overview of all
 * goals show the trend.
 *
 * <p>BHP-written (POC-3): Ellis writes a plan on Ava's behalf and signs it; it is not complete after Ava's review, only
 * after Dana's too. axe-core finds no critical or serious violation on any page measured.
 */
class PlanJourneyIT extends JourneySupport {

    @Autowired
    ActingAs actingAs;

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Los_Angeles"));

    @Autowired
    MemberQueries members;

    private final List<String> blocking = new ArrayList<>();

    /** Each size writes the plan of another of Ava's members, since both runs share one database. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, Ottilie", "phone, 390, Marisol"})
    void poc2_poc4_goal2_a_plan_written_returned_fixed_cosigned_locked_and_charted(
            String device, int width, String givenName) {
        Page ava = signIn("peer.ava", width);
        ava.navigate(url("/caseload"));
        ava.locator("#member-search input").fill(givenName);
        assertThat(ava.locator("#member-grid .member-name").first()).containsText(givenName);
        ava.locator("#member-grid .member-name").first().click();
        ava.waitForURL("**/members/*");
        String member = ava.url();
        ava.locator("#tab-plan").click();
        ava.waitForURL(member + "/plan");
        String plan = ava.url().replaceFirst("^https?://[^/]+", "");

        // Ava writes the plan with two goals in the member's words and signs it.
        ava.locator("#plan-start").click();
        assertThat(ava.locator("#plan-status")).hasText("Draft");
        assertThat(ava.locator("#plan-narrative textarea"))
                .hasValue(Pattern.compile(".*met with person in care to develop the Plan of Care.*", Pattern.DOTALL));
        ava.locator("#plan-amount input").fill("Up to 4 units a week");
        ava.locator("#plan-duration input").fill("6 months");
        ava.locator("#plan-scope input").fill("Engagement and skill building");
        goal(ava, 0, "I want my own apartment", "Applications sent", "3 applications", TODAY.plusMonths(3));
        ava.locator("#plan-add-goal").click();
        goal(ava, 1, "I want to sleep better", "Nights slept through", "Most nights", TODAY.plusMonths(2));
        measure(ava, plan + " (editor)", "peer.ava", width);
        screenshot(ava, "g-plan-editor-" + device);
        ava.locator("#plan-sign").click();
        assertThat(ava.locator("#plan-status")).hasText("Signed, waiting for sign-off");

        // Dana finds it in her queue and returns it with a comment.
        Page dana = signIn("super.dana", width);
        dana.navigate(url("/co-sign"));
        assertThat(dana.locator("#co-sign-queue")).containsText(givenName);
        assertThat(dana.locator("#co-sign-queue")).containsText("signed today");
        measure(dana, "/co-sign", "super.dana", width);
        screenshot(dana, "g-co-sign-queue-" + device);
        dana.locator(".co-sign-member", new Page.LocatorOptions().setHasText(givenName))
                .click();
        dana.waitForURL("**/plan");
        dana.locator("#plan-return-comment textarea").fill("Goal 2: say what \"most nights\" means, e.g. 5 a week.");
        dana.locator("#plan-return").click();
        assertThat(dana.locator("#plan-status")).hasText("Returned for changes");

        // Ava reads the comment, fixes the goal and signs again.
        ava.reload();
        assertThat(ava.locator("#plan-return-note")).containsText("say what \"most nights\" means");
        screenshot(ava, "g-plan-returned-" + device);
        ava.locator("#goal-target-1 input").fill("5 nights a week");
        ava.locator("#plan-sign").click();
        assertThat(ava.locator("#plan-status")).hasText("Signed, waiting for sign-off");

        // Dana co-signs: the plan is complete and locked.
        dana.navigate(url("/co-sign"));
        dana.locator(".co-sign-member", new Page.LocatorOptions().setHasText(givenName))
                .click();
        dana.waitForURL("**/plan");
        dana.locator("#plan-cosign").click();
        assertThat(dana.locator("#plan-status")).hasText("Complete");
        assertThat(dana.locator("#plan-locked")).isVisible();
        assertThat(dana.locator("#plan-history")).containsText("Dana Whitfield returned it");
        assertThat(dana.locator("#plan-history")).containsText("Dana Whitfield co-signed it");

        // Ava sees it locked and records progress on the first goal three times: the charts show the trend.
        ava.reload();
        assertThat(ava.locator("#plan-locked")).isVisible();
        assertThat(ava.locator("#plan-editor")).hasCount(0);
        assertThat(ava.locator("#plan-goal-list")).containsText("5 nights a week");
        assertThat(ava.locator("#plan-version-services-1")).containsText("Version 1, in force since");
        progress(ava, TODAY.minusDays(20), 3, "Looked at listings together");
        progress(ava, TODAY.minusDays(10), 5, "Two applications sent");
        progress(ava, TODAY, 8, "A viewing next week");
        progress(ava, 1, TODAY.minusDays(5), 6, "Slept through four nights");
        assertThat(ava.locator("#progress-0 svg[role='img']")).hasCount(1);
        assertThat(ava.locator("#progress-0 circle")).hasCount(3);
        assertThat(ava.locator("#progress-0 svg"))
                .hasAttribute("aria-label", Pattern.compile("Ratings over 3 entries: 3 on .*, 8 on .*"));
        assertThat(ava.locator("#progress-0 table tbody tr")).hasCount(3);
        assertThat(ava.locator("#plan-overview svg[role='img']"))
                .hasAttribute("aria-label", Pattern.compile("Ratings of 2 goals in 4 entries, from .* to .*"));
        assertThat(ava.locator("#plan-overview-table tbody tr")).hasCount(4);
        assertThat(ava.locator("#plan-overview .series-1 polyline")).hasCount(1);
        for (String chart : List.of("#progress-0 svg", "#plan-overview svg[role='img']")) {
            double chartWidth =
                    ((Number) ava.locator(chart).evaluate("svg => svg.getBoundingClientRect().width")).doubleValue();
            assertThat(chartWidth).isLessThanOrEqualTo(width);
        }
        ava.locator("#plan-overview").scrollIntoViewIfNeeded();
        measure(ava, plan + " (complete, charts)", "peer.ava", width);
        screenshot(ava, "g-plan-progress-" + device);
        ava.locator("#plan-overview")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("g-plan-overview-" + device + ".png")));
        assertThat(blocking)
                .as("critical or serious axe violations:\n" + String.join("\n", blocking))
                .isEmpty();
    }

    /**
     * POC-3: a plan Ellis writes on Ava's behalf is complete only after both reviews: after Ava's it still waits, and
     * the page says whose review is missing; after Dana's it is complete and locked.
     */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void poc3_a_plan_written_by_the_bhp_is_complete_only_after_both_reviews(int width) {
        String given = width == PHONE_WIDTH ? "Rosalind" : "Bartholomew";
        MemberId id = actingAs.newMemberOf("peer.ava", given, "Reviewfield", County.SANTA_CRUZ);
        String plan = "/members/" + id.value() + "/plan";

        // Ellis writes the plan on Ava's behalf and signs it.
        Page ellis = signIn("bhp.ellis", width);
        ellis.navigate(url(plan));
        ellis.locator("#plan-start").click();
        assertThat(ellis.locator("#plan-status")).hasText("Draft");
        ellis.locator("#plan-amount input").fill("Up to 2 units a week");
        ellis.locator("#plan-duration input").fill("3 months");
        ellis.locator("#plan-scope input").fill("Linkage to housing services");
        goal(ellis, 0, "I want to keep my appointments", "Appointments kept", "All of them", TODAY.plusMonths(2));
        ellis.locator("#plan-sign").click();
        assertThat(ellis.locator("#plan-status")).hasText("Signed, waiting for sign-off");
        assertThat(ellis.locator(".plan-status-line"))
                .containsText("for the peer (reviewed by the peer and the supervisor)");
        assertThat(ellis.locator("#plan-reviews")).hasText("Peer’s review: waiting. Supervisor’s review: waiting.");

        // Ava reviews it: one review is not enough.
        Page ava = signIn("peer.ava", width);
        ava.navigate(url(plan));
        ava.locator("#plan-review").click();
        assertThat(ava.locator("#plan-reviews")).hasText("Peer’s review: done. Supervisor’s review: waiting.");
        assertThat(ava.locator("#plan-status")).hasText("Signed, waiting for sign-off");
        assertThat(ava.locator("#plan-locked")).hasCount(0);
        measure(ava, plan + " (peer reviewed)", "peer.ava", width);
        screenshot(ava, "g-plan-bhp-one-review-" + width);

        // Dana reviews it too: now it is complete and locked.
        Page dana = signIn("super.dana", width);
        dana.navigate(url(plan));
        assertThat(dana.locator("#plan-reviews")).hasText("Peer’s review: done. Supervisor’s review: waiting.");
        dana.locator("#plan-review").click();
        assertThat(dana.locator("#plan-status")).hasText("Complete");
        assertThat(dana.locator("#plan-locked")).isVisible();
        assertThat(dana.locator("#plan-history")).containsText("reviewed it as the peer");
        assertThat(dana.locator("#plan-history")).containsText("Dana Whitfield reviewed it as the supervisor");
        measure(dana, plan + " (both reviewed)", "super.dana", width);
        screenshot(dana, "g-plan-bhp-complete-" + width);
        assertThat(blocking)
                .as("critical or serious axe violations:\n" + String.join("\n", blocking))
                .isEmpty();
    }

    private static void goal(Page page, int index, String words, String measure, String target, LocalDate date) {
        page.locator("#goal-words-" + index + " textarea").fill(words);
        page.locator("#goal-measure-" + index + " input").fill(measure);
        page.locator("#goal-target-" + index + " input").fill(target);
        date(page, "#goal-date-" + index, date);
    }

    private static void progress(Page page, LocalDate on, int rating, String note) {
        progress(page, 0, on, rating, note);
    }

    private static void progress(Page page, int goal, LocalDate on, int rating, String note) {
        int before = page.locator("#progress-" + goal + " table tbody tr").count();
        date(page, "#progress-date-" + goal, on);
        page.locator("#progress-rating-" + goal + " input").fill(String.valueOf(rating));
        page.locator("#progress-note-" + goal + " input").fill(note);
        page.locator("#progress-record-" + goal).click();
        assertThat(page.locator("#progress-" + goal + " table tbody tr")).hasCount(before + 1);
    }

    /**
     * Sets a date picker's value as the picker itself does when a day is chosen: on a 390 px phone its calendar opens
     * full screen over the form, which typing into it would leave open.
     */
    private static void date(Page page, String picker, LocalDate date) {
        page.locator(picker).evaluate("(picker, day) => { picker.value = day; }", date.toString());
        assertThat(page.locator(picker + " input")).hasValue(US.format(date));
    }

    /** axe-core on the page at rest; critical and serious violations are collected and fail the journey at its end. */
    private void measure(Page page, String path, String user, int width) {
        AxeFigures figures = axe(page);
        figures.blocking().forEach(found -> blocking.add(path + " as " + user + " @" + width + ": " + found));
        System.out.printf("axe %s as %s @%d: %s%n", path, user, width, figures);
    }
}
