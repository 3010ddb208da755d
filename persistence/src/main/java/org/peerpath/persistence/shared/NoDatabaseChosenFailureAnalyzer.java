package org.peerpath.persistence.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refusal to start without a database as its one line, without a stack trace. */
public class NoDatabaseChosenFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseChoice.NoDatabaseChosenException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseChoice.NoDatabaseChosenException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "See README.md, \"The database\". ./peerpath run sets PEERPATH_DATA_DIR for you.",
                cause);
    }
}
