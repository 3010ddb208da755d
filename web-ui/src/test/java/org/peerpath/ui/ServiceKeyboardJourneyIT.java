package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue H.7 "the form works from the keyboard alone", in real headless Chromium on a desktop and on a 390 px phone:
 * after signing in, Ava records an individual service from the work queue to saved with the keyboard only (Tab to move,
 * typing, Space for a checkbox, arrow keys and Enter in a combo box, Enter on a button; no mouse click). The number of
 * key presses is printed; axe-core finds 0 critical and 0 serious violations on the form and the saved service.
 */
class ServiceKeyboardJourneyIT extends JourneySupport {

    /** Tab presses before a control is given up as unreachable. */
    private static final int MAX_TABS = 150;

    private int keys;
    private int tabs;
    private final List<String> blocking = new ArrayList<>();

    private static String device(int width) {
        return width == PHONE_WIDTH ? "phone" : "desktop";
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void h7_ava_records_an_individual_service_from_the_work_queue_with_the_keyboard_alone(int width) {
        String device = device(width);
        Page page = signIn("peer.ava", width);
        page.navigate(url("/work-queue"));
        assertThat(page.locator("#record-service")).isVisible();
        String note = "Keyboard only: practised the bus route with Juniper (" + device + ")";
        keys = 0;
        tabs = 0;

        // the work queue's button
        tabTo(page, "#record-service");
        press(page, "Enter");
        page.waitForURL("**/services/new");

        // choose the member in the combo box: type, arrow down to the item, Enter
        tabTo(page, "#service-member");
        typeKeys(page, "Juniper");
        chooseItem(page, "Juniper");
        page.waitForURL("**/members/*/services/new");
        assertThat(page.locator("#claim-check")).containsText("H0038");

        // the first service component: Space ticks it
        tabTo(page, "#service-components");
        press(page, " ");
        assertThat(page.locator("#service-components vaadin-checkbox").first()).hasAttribute("checked", "");

        tabTo(page, "#contact-minutes");
        typeKeys(page, "45");

        tabTo(page, "#service-place");
        typeKeys(page, "Office");
        chooseItem(page, "11 · Office");
        assertThat(page.locator("#check-line")).containsText("11");

        tabTo(page, "#service-note");
        typeKeys(page, note);
        axe(page, "service form (keyboard)", device);
        screenshot(page, "h7-keyboard-form-" + device);

        tabTo(page, "#save-service");
        press(page, "Enter");
        page.waitForURL("**/members/*/services/*-*");
        assertThat(page.locator("#saved-note")).hasText(note);
        System.out.printf(
                "H.7 keyboard only @%s: %d key presses (%d of them Tab) from the work queue to a saved service%n",
                device, keys, tabs);
        axe(page, "saved service (keyboard)", device);
        screenshot(page, "h7-keyboard-saved-" + device);
        assertThat(blocking).as("critical or serious axe violations").isEmpty();
    }

    /** Presses Tab until the focus is inside {@code selector}; fails if it never gets there. */
    private void tabTo(Page page, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (focusedIn(page, selector)) {
                return;
            }
            press(page, "Tab");
            tabs++;
        }
        throw new AssertionError(selector + " cannot be reached with Tab (" + MAX_TABS + " presses)");
    }

    private static boolean focusedIn(Page page, String selector) {
        return Boolean.TRUE.equals(
                page.evaluate("s => { const e = document.activeElement; return !!e && !!e.closest(s); }", selector));
    }

    /** In an open combo box: arrow down until the highlighted item reads {@code text}, then Enter. */
    private void chooseItem(Page page, String text) {
        assertThat(page.locator("vaadin-combo-box-item").first()).isVisible();
        for (int i = 0; i < 20; i++) {
            press(page, "ArrowDown");
            String focused = (String) page.evaluate("() => { const f = document.querySelector("
                    + "'vaadin-combo-box-item[focused]'); return f ? f.textContent : ''; }");
            if (focused != null && focused.contains(text)) {
                press(page, "Enter");
                return;
            }
        }
        throw new AssertionError("no combo box item \"" + text + "\" reached with the arrow keys");
    }

    private void press(Page page, String key) {
        page.keyboard().press(key);
        keys++;
    }

    private void typeKeys(Page page, String text) {
        page.keyboard().type(text);
        keys += text.length();
    }

    private void axe(Page page, String what, String device) {
        AxeFigures figures = axe(page);
        System.out.printf("axe %s @%s: %s%n", what, device, figures);
        figures.blocking().forEach(b -> blocking.add(what + " @" + device + ": " + b));
    }
}
