package org.peerpath.service;

import org.peerpath.shared.DomainException;
import org.peerpath.shared.Message;

/** A change to a service, note or group that the rules forbid (SVC-9, GRP-1). */
public abstract sealed class ServiceException extends DomainException {

    ServiceException(Message message) {
        super(message);
    }

    /** SVC-9: a signed note is never edited; corrections are addenda. */
    public static final class NoteSigned extends ServiceException {
        NoteSigned() {
            super(Message.SERVICE_NOTE_SIGNED);
        }
    }

    /** SVC-9: an addendum corrects a signed note; sign the note first. */
    public static final class NoteNotSigned extends ServiceException {
        NoteNotSigned() {
            super(Message.SERVICE_NOTE_NOT_SIGNED);
        }
    }

    /** SVC-9: a voided service stays on record as it was; nothing changes it again. */
    public static final class Voided extends ServiceException {
        Voided() {
            super(Message.SERVICE_VOIDED);
        }
    }
}
