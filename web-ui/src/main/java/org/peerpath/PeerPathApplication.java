package org.peerpath;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** PeerPath: case management for Medi-Cal peer support services. Scans every layer under {@code org.peerpath}. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class PeerPathApplication implements AppShellConfigurator {

    /**
     * Vaadin's connection indicator (it says when the server is out of reach) is announced as a status, a live
     * region; otherwise it is the one piece of every page outside a landmark (axe: region).
     */
    private static final String CONNECTION_INDICATOR_IS_A_STATUS = """
            (() => {
              const mark = () => {
                const indicator = document.querySelector('vaadin-connection-indicator');
                if (indicator) indicator.setAttribute('role', 'status');
                return !!indicator;
              };
              if (!mark()) {
                const watch = new MutationObserver(() => { if (mark()) watch.disconnect(); });
                watch.observe(document.body, {childList: true, subtree: true});
              }
            })();
            """;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(
                TargetElement.BODY,
                Inline.Position.APPEND,
                CONNECTION_INDICATOR_IS_A_STATUS,
                Inline.Wrapping.JAVASCRIPT);
    }

    public static void main(String[] args) {
        SpringApplication.run(PeerPathApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
