package org.peerpath.application.screening.port.in;

/** SCR-1..3: ADMIN imports an exclusion list file and screens everyone against it, in one run. */
public interface ImportScreeningListUseCase {

    /**
     * Reads the whole file, matches every row and stores the run with every result, or stores nothing.
     *
     * @throws ScreeningFileException when the format is unknown or a line is malformed (the first bad line is named)
     */
    RunSummary importList(ImportScreeningListCommand command);
}
