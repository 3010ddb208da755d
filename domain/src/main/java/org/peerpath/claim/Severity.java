package org.peerpath.claim;

/** CHECK-1: a BLOCK keeps a service from being claimed; a WARN is shown but does not. */
public enum Severity {
    BLOCK,
    WARN
}
