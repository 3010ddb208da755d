package org.peerpath.service;

/** SVC-5: how the member gave their telehealth consent. Medi-Cal accepts verbal or written consent. */
public enum ConsentMethod {
    VERBAL,
    WRITTEN
}
