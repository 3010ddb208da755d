package org.peerpath.ui.shared;

import org.peerpath.application.demo.port.in.DemoProgram;
import org.peerpath.application.demo.port.in.DemoSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the demo program into an empty database: always on the embedded database (unless
 * {@code peerpath.demo=false}), on a configured server only when started with {@code --demo}.
 */
@Component
class DemoProgramOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProgramOnStartup.class);

    private final DemoProgram demo;
    private final boolean embeddedDatabase;
    private final boolean demoOnEmbedded;
    private final String baseUrl;

    DemoProgramOnStartup(
            DemoProgram demo,
            @Value("${spring.datasource.url:}") String datasourceUrl,
            @Value("${peerpath.demo:true}") boolean demoOnEmbedded,
            @Value("${peerpath.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.demo = demo;
        this.embeddedDatabase = datasourceUrl.isBlank();
        this.demoOnEmbedded = demoOnEmbedded;
        this.baseUrl = baseUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = args.containsOption("demo") || (embeddedDatabase && demoOnEmbedded);
        if (!wanted) {
            return;
        }
        if (demo.loadIntoEmptyDatabase()) {
            log.info("Loaded the demo program (fictional county, 40 members)");
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
