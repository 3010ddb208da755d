package org.peerpath.service;

import org.peerpath.shared.DomainException;

/** A change to a service, note or group that the rules forbid (SVC-9, GRP-1). */
public abstract sealed class ServiceException extends DomainException {

    ServiceException(String code, String message) {
        super(code, message);
    }

    /** SVC-9: a signed note is never edited; corrections are addenda. */
    public static final class NoteSigned extends ServiceException {
        NoteSigned() {
            super("service.note-signed", "This note is signed: add an addendum to correct it");
        }
    }

    /** SVC-9: an addendum corrects a signed note; sign the note first. */
    public static final class NoteNotSigned extends ServiceException {
        NoteNotSigned() {
            super("service.note-not-signed", "Write and sign the note first; addenda correct signed notes");
        }
    }

    /** SVC-9: a voided service stays on record as it was; nothing changes it again. */
    public static final class Voided extends ServiceException {
        Voided() {
            super("service.voided", "This service was voided and can no longer change");
        }
    }
}
