package org.peerpath.application.county.port.in;

import java.util.List;
import org.peerpath.county.Assumption;

/** One county setting: its value now, the catalogue's default, and the assumptions it rests on (kind OPEN). */
public record SettingSummary(
        CountySetting setting, SettingValue current, SettingValue defaultValue, List<Assumption> assumptions) {

    public SettingSummary {
        assumptions = List.copyOf(assumptions);
    }

    public boolean isDefault() {
        return current.equals(defaultValue);
    }
}
