package org.peerpath.application.service.port.out;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.peerpath.service.PeerService;
import org.peerpath.shared.ServiceId;

/** Where a keyset page of services ends: its last service's date of service and ID (newest first). */
public record ServiceKey(LocalDate dateOfService, ServiceId id) {

    public ServiceKey {
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(id, "id");
    }

    public static ServiceKey of(PeerService service) {
        return new ServiceKey(Objects.requireNonNull(service.asDraft().dateOfService()), service.id());
    }

    /** The opaque text of a page key, for {@code PageSpec.afterKey}. */
    public String text() {
        return dateOfService + "_" + id.value();
    }

    public static ServiceKey parse(String text) {
        int cut = text.indexOf('_');
        return new ServiceKey(
                LocalDate.parse(text.substring(0, cut)), new ServiceId(UUID.fromString(text.substring(cut + 1))));
    }
}
