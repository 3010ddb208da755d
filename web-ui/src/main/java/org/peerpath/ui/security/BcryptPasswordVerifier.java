package org.peerpath.ui.security;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.staff.port.out.PasswordVerifier;
import org.springframework.security.crypto.password.PasswordEncoder;

/** bcrypt checks; with no account it checks against a throwaway hash, so that a missing username takes as long. */
final class BcryptPasswordVerifier implements PasswordVerifier {

    private final PasswordEncoder encoder;
    private final String throwaway;

    BcryptPasswordVerifier(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.throwaway = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public boolean matches(CharSequence rawPassword, @Nullable String passwordHash) {
        if (passwordHash == null) {
            encoder.matches(rawPassword, throwaway);
            return false;
        }
        return encoder.matches(rawPassword, passwordHash);
    }
}
