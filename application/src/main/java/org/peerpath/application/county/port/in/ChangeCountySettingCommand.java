package org.peerpath.application.county.port.in;

import java.util.Objects;
import org.peerpath.application.shared.Actor;

/** @param version the profile's version the admin saw */
public record ChangeCountySettingCommand(Actor actor, long version, CountySetting setting, SettingValue value) {

    public ChangeCountySettingCommand {
        Objects.requireNonNull(setting, "setting");
        if (!setting.accepts(value)) {
            throw new IllegalArgumentException(setting + " does not hold " + value);
        }
    }
}
