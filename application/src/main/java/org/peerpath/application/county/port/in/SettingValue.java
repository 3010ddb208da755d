package org.peerpath.application.county.port.in;

import java.util.List;
import java.util.Objects;

/** The value of one county setting, typed by what the setting holds ({@link CountySetting.Type}). */
public sealed interface SettingValue {

    /** A number of days, hours or people. */
    record Number(int value) implements SettingValue {}

    /** Several numbers of days, e.g. the alert days of CERT-10. */
    record Numbers(List<Integer> values) implements SettingValue {
        public Numbers {
            values = List.copyOf(values);
        }
    }

    /** On or off. */
    record Switch(boolean on) implements SettingValue {}

    /** One of the choices the setting offers ({@link CountySetting#choices()}). */
    record Choice(Enum<?> value) implements SettingValue {
        public Choice {
            Objects.requireNonNull(value, "value");
        }
    }
}
