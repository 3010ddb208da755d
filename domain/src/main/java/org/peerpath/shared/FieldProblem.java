package org.peerpath.shared;

/** An error that belongs next to one input of a form. */
public interface FieldProblem {

    /** The name of the input, e.g. {@code cin} or {@code dateOfBirth}. */
    String field();
}
