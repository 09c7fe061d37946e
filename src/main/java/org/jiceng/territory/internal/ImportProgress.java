package org.jiceng.territory.internal;

/** Told how far the reading has gone, so a long import of the whole country is not silent. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (file, rows, finished) -> {
    };

    /**
     * Called every {@link DivisionReader#PROGRESS_EVERY} rows of a file and once when the file is finished.
     *
     * @param file     the file's name as shown in messages
     * @param rows     data rows read from that file so far
     * @param finished whether the file has been read to its end
     */
    void rowsRead(String file, long rows, boolean finished);

    /** Every file has been read and staged; the checks and the writing into the table follow. */
    default void allRead(long rows) {
    }
}
