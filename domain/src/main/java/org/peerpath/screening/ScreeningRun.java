package org.peerpath.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;
import org.peerpath.shared.Text;

/** SCR-3: one screening run against a list file an admin uploaded, with every result it produced. */
public record ScreeningRun(
        UUID id,
        ScreeningList list,
        String fileName,
        StaffId uploadedBy,
        LocalDate ranOn,
        List<ScreeningResult> results) {

    public ScreeningRun(
            UUID id,
            ScreeningList list,
            @Nullable String fileName,
            StaffId uploadedBy,
            @Nullable LocalDate ranOn,
            List<ScreeningResult> results) {
        this.id = Objects.requireNonNull(id, "id");
        this.list = Objects.requireNonNull(list, "list");
        this.fileName = Text.required(Field.FILE_NAME, fileName, 255);
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.ranOn = Dates.required(Field.RAN_ON, ranOn);
        this.results = List.copyOf(results);
        if (this.results.stream()
                .anyMatch(r -> r.list() != list || !r.screenedOn().equals(ranOn))) {
            throw new InvalidValueException(Field.RESULTS, Message.RESULTS_EVERY_RESULT_RUN_AGAINST);
        }
    }

    /** SCR-2: the name-only matches of this run, to be reviewed. */
    public List<ScreeningResult> reviewTasks() {
        return results.stream().filter(ScreeningResult::isReviewTask).toList();
    }
}
