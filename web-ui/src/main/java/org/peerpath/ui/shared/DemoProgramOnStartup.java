package org.peerpath.ui.shared;

import org.peerpath.application.demo.port.in.DemoProgram;
import org.peerpath.application.demo.port.in.DemoSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the demo program into a database without accounts, only when asked (C.8): with {@code --demo} (which
 * {@code ./peerpath run} passes) or {@code peerpath.demo=true}. {@code java -jar peerpath.jar} alone never does.
 * The data is loaded before the web server takes requests, so the demo sign-ins work from the first page.
 */
@Component
class DemoProgramOnStartup implements SmartInitializingSingleton, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProgramOnStartup.class);

    private final DemoProgram demo;
    private final boolean wanted;
    private final String baseUrl;

    DemoProgramOnStartup(
            DemoProgram demo,
            ApplicationArguments arguments,
            @Value("${peerpath.demo:false}") boolean demoSetting,
            @Value("${peerpath.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.demo = demo;
        this.wanted = arguments.containsOption("demo") || demoSetting;
        this.baseUrl = baseUrl;
    }

    /** Before the web server starts. */
    @Override
    public void afterSingletonsInstantiated() {
        if (wanted && demo.loadIntoEmptyDatabase()) {
            log.info("Loaded the demo program (fictional county, 40 members)");
        }
    }

    /** Once the app is up: where to sign in. */
    @Override
    public void run(ApplicationArguments args) {
        if (!wanted) {
            return;
        }
        StringBuilder text = new StringBuilder("\n\n  PeerPath is ready at ")
                .append(baseUrl)
                .append("\n  Demo sign-ins (password for all: ")
                .append(demo.signIns().getFirst().password())
                .append("):\n");
        for (DemoSignIn signIn : demo.signIns()) {
            text.append("    %-14s %-12s %s%n"
                    .formatted(signIn.username(), signIn.roles().iterator().next(), signIn.displayName()));
        }
        log.info(text.toString());
    }
}
