package org.peerpath.county;

/** A setting no source we hold confirms (kind OPEN); the admin screen shows it as "assumed: ...". */
public record Assumption(String ruleId, String setting, String text) {}
