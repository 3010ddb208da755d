package org.peerpath.persistence.shared;

/**
 * Which database the app runs on, decided once from its settings (C.8). Nothing is started by surprise: a server
 * when {@code PEERPATH_DB_URL} names one, an embedded PostgreSQL only in a folder someone chose (or, in tests, a
 * temporary one they asked for), and otherwise the app refuses to start with one line saying what to set.
 */
public enum DatabaseChoice {
    /** {@code spring.datasource.url} names a PostgreSQL server. */
    EXTERNAL_SERVER,
    /** An embedded PostgreSQL keeping its data in {@code peerpath.embedded-db.data-dir}. */
    EMBEDDED_IN_FOLDER,
    /** An embedded PostgreSQL in a temporary folder, removed at stop: only with {@code peerpath.embedded-db.temporary}. */
    EMBEDDED_TEMPORARY;

    static final String NO_DATABASE = "PeerPath has no database to use: set PEERPATH_DB_URL (with PEERPATH_DB_USER and"
            + " PEERPATH_DB_PASSWORD) for your PostgreSQL server, or PEERPATH_DATA_DIR for an embedded PostgreSQL"
            + " that keeps its data in that folder.";

    static final String NO_EMBEDDED_DATABASE = "PeerPath has no database to use: this build has no embedded PostgreSQL"
            + " (built with -Dpeerpath.external-db), so set PEERPATH_DB_URL, PEERPATH_DB_USER and PEERPATH_DB_PASSWORD.";

    /**
     * @param url the configured server ({@code spring.datasource.url}), blank for none
     * @param dataDir the embedded database's folder ({@code peerpath.embedded-db.data-dir}), blank for none
     * @param temporary whether a throwaway embedded database was asked for ({@code peerpath.embedded-db.temporary})
     * @param embeddedAvailable whether this build carries the embedded PostgreSQL
     * @throws NoDatabaseChosenException when nothing says which database to use
     */
    public static DatabaseChoice decide(String url, String dataDir, boolean temporary, boolean embeddedAvailable) {
        if (!url.isBlank()) {
            return EXTERNAL_SERVER;
        }
        if (!embeddedAvailable) {
            throw new NoDatabaseChosenException(NO_EMBEDDED_DATABASE);
        }
        if (!dataDir.isBlank()) {
            return EMBEDDED_IN_FOLDER;
        }
        if (temporary) {
            return EMBEDDED_TEMPORARY;
        }
        throw new NoDatabaseChosenException(NO_DATABASE);
    }

    /** Raised when the settings name no database (before anything starts), or one it must not use. */
    public static final class NoDatabaseChosenException extends IllegalStateException {
        NoDatabaseChosenException(String message) {
            super(message);
        }
    }
}
