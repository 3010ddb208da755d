package org.peerpath.supervision;

import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.Text;

/** The program site where someone works (CTY-5). */
public record ProgramSite(String name) {

    public ProgramSite(@Nullable String name) {
        this.name = Text.required(Field.PROGRAM_SITE, name, 120);
    }
}
