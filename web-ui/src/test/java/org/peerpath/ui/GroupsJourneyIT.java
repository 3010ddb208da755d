package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue H journey (b) in real headless Chromium, on a desktop and a 390 px phone: peer.ava signs in and lands on her
 * work queue (issue H.5), records a group of 4 members from it and gets 4 H0025 services and notes, the minutes
 * divided by the county's strategy (GRP-2: 60 min / 4 = 15 min, 1 unit each), each member's claim check shown
 * (CHECK-1); Paloma's service is linked to one of her goals, so her check says nothing of GOAL-3. Every page: nothing scrolls sideways, axe-core finds 0 critical or serious violations.
 */
class GroupsJourneyIT extends JourneySupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 900", "phone, 390, 844"})
    void grp1_grp2_goal3_ava_records_a_group_of_four_from_her_work_queue_and_sees_each_members_claim_check(
            String device, int width, int height) {
        Page ava = person(width, height);
        signIn(ava, "peer.ava", DEMO_PASSWORD);
        ava.waitForURL(url("/work-queue"));
        assertThat(ava.locator("#record-service")).isVisible();
        assertThat(ava.locator("#queue-notes")).containsText("Notes due today or overdue");
        assertThat(ava.locator("#queue-not-seen")).containsText("Members not seen in 30 days");
        assertThat(ava.locator("#queue-not-claimable")).containsText("Services that cannot be claimed");
        fits(ava, "work queue");
        shootWhole(ava, "h-work-queue-" + device);

        ava.locator("#record-group").click();
        ava.waitForURL(url("/services/group/new"));
        ava.locator("#group-topic input").fill("Coping with stress");
        ava.locator("#lead-minutes input").fill("60");
        Locator boxes = ava.locator("#group-attendees vaadin-checkbox");
        // Paloma, whose Plan of Care is complete, and three more members of the caseload
        boxes.filter(new Locator.FilterOptions().setHasText("Paloma"))
                .locator("input")
                .check();
        for (int i = 0, chosen = 1; chosen < 4; i++) {
            Locator box = boxes.nth(i).locator("input");
            if (!box.isChecked()) {
                box.check();
                chosen++;
            }
        }
        Locator words = ava.locator(".attendee-words textarea");
        assertThat(words).hasCount(4);
        for (int i = 0; i < 4; i++) {
            words.nth(i).fill("Shared what helps on a hard day (" + (i + 1) + ")");
        }
        ava.locator("#group-narrative textarea").fill("We practised three ways to calm down and made a plan.");
        ava.locator("#group-narrative textarea").press("Tab");
        assertThat(ava.locator("#attendee-checks .attendee-check")).hasCount(4);
        // GOAL-3: Paloma's goals in her words; her check warns until the group is linked to one of them
        Locator palomasCheck = ava.locator("#attendee-checks .attendee-check")
                .filter(new Locator.FilterOptions().setHasText("Paloma"));
        assertThat(palomasCheck).containsText("GOAL-3");
        Locator palomasGoals = ava.locator(".group-attendee")
                .filter(new Locator.FilterOptions().setHasText("Paloma"))
                .locator(".attendee-goals");
        assertThat(palomasGoals).containsText("I want to have my own apartment");
        palomasGoals
                .locator("vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("I want to sleep better"))
                .locator("input")
                .check();
        assertThat(palomasCheck).not().containsText("GOAL-3");
        assertThat(ava.locator("#attendee-checks")).containsText("H0025");
        fits(ava, "group form");
        shootWhole(ava, "h-group-form-" + device);

        ava.locator("#save-group").click();
        assertThat(ava.locator("#group-saved")).hasText("4 services and notes saved");
        Locator saved = ava.locator("#saved-checks .attendee-check");
        assertThat(saved).hasCount(4);
        assertThat(saved.filter(new Locator.FilterOptions().setHasText("Paloma")))
                .not()
                .containsText("GOAL-3");
        for (int i = 0; i < 4; i++) {
            assertThat(saved.nth(i)).containsText("H0025 · 1 unit · 15 min");
            assertThat(saved.nth(i)).hasAttribute("data-units", "1");
            // each member's claim check: claimable, or every reason with its rule ID
            String ready = saved.nth(i).getAttribute("data-ready");
            if ("false".equals(ready)) {
                assertThat(saved.nth(i).locator(".check-findings li").first()).isVisible();
            }
            System.out.println("group service " + (i + 1) + " @" + device + ": "
                    + saved.nth(i).innerText().replace('\n', ' '));
        }
        fits(ava, "group saved");
        shootWhole(ava, "h-group-saved-" + device);

        ava.locator("#back-to-queue").click();
        ava.waitForURL(url("/work-queue"));
        assertThat(ava.locator("#queue-notes")).isVisible();
        close(ava);
    }

    /** The whole page for the README: the layout scrolls inside itself, so the window is made as tall as the content. */
    private static void shootWhole(Page page, String name) {
        int width = page.viewportSize().width;
        int height = page.viewportSize().height;
        Object content = page.evaluate(
                "() => Math.max(...[...document.querySelectorAll('main, vaadin-app-layout')].map(e => e.scrollHeight))");
        page.setViewportSize(width, Math.max(height, ((Number) content).intValue() + 120));
        screenshotForReadme(page, name, false);
        page.setViewportSize(width, height);
    }

    private static void fits(Page page, String what) {
        assertThat(page.locator("h1")).isVisible();
        settle(page);
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue())
                .as(what + ": sideways scroll in px")
                .isLessThanOrEqualTo(0);
        AxeFigures figures = axe(page);
        System.out.println("axe " + what + ": " + figures);
        assertThat(figures.blocking())
                .as(what + ": critical and serious axe violations")
                .isEmpty();
    }
}
