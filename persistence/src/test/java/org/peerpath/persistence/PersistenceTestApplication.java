package org.peerpath.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots only the persistence adapters, on an embedded PostgreSQL in a temporary folder. */
@SpringBootApplication
public class PersistenceTestApplication {}
