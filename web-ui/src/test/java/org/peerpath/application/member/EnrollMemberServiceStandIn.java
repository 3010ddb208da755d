package org.peerpath.application.member;

/**
 * Stands for a use-case service in the architecture fixture: the real services are package-private, so a view
 * could not even name them, but a public one in a feature package must still be refused.
 */
public class EnrollMemberServiceStandIn {}
