package org.uca.application.port.out;

import io.vavr.control.Option;
import org.uca.domain.people.StaffId;

/**
 * The staff directory as administrators keep it: whole records, searched and paged, added and changed. Changes are
 * written inside the caller's unit of work.
 */
public interface StaffRecords {

    Option<StaffRecord> record(StaffId id);

    /**
     * Records whose name, email, team or job title contain the text (any case), by name; an empty text lists
     * everyone.
     */
    Page<StaffRecord> searchStaff(String text, int page, int size);

    /** An id for a new member of staff, never used before. */
    StaffId nextId();

    /** Adds a new member of staff (their role comes with an account, later). */
    void add(StaffRecord record);

    /** Changes a member of staff's name, email, team, job title, authority level and date they left. */
    void update(StaffRecord record);
}
