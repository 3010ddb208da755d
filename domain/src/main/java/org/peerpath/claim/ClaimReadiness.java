package org.peerpath.claim;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** CHECK-1: every finding about a service; READY only when none blocks. */
public record ClaimReadiness(List<Finding> findings) {

    public ClaimReadiness {
        findings = List.copyOf(findings);
    }

    public boolean isReady() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.BLOCK);
    }

    public List<Finding> blocking() {
        return of(Severity.BLOCK);
    }

    public List<Finding> warnings() {
        return of(Severity.WARN);
    }

    /** The rule IDs with findings of {@code severity}, sorted. */
    public Set<String> ruleIds(Severity severity) {
        TreeSet<String> ids = new TreeSet<>();
        of(severity).forEach(f -> ids.add(f.ruleId()));
        return ids;
    }

    private List<Finding> of(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }
}
