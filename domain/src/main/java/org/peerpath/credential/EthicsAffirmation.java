package org.peerpath.credential;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.Text;

/** A signed agreement to the Medi-Cal Peer Support Specialist Code of Ethics, with its version (CERT-2, CERT-6). */
public record EthicsAffirmation(LocalDate signedOn, String codeVersion) {

    public EthicsAffirmation(@Nullable LocalDate signedOn, @Nullable String codeVersion) {
        this.signedOn = Dates.required(Field.SIGNED_ON, signedOn);
        this.codeVersion = Text.required(Field.CODE_VERSION, codeVersion, 20);
    }
}
