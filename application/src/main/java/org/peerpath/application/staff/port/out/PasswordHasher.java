package org.peerpath.application.staff.port.out;

/** Out port: one-way password hashing (bcrypt in production). */
public interface PasswordHasher {

    String hash(CharSequence rawPassword);
}
