package org.peerpath.service;

/** SVC-1: what a peer service consists of; a service has one or more. */
public enum ServiceComponent {
    EDUCATIONAL_SKILL_BUILDING_GROUP,
    ENGAGEMENT,
    THERAPEUTIC_ACTIVITY
}
