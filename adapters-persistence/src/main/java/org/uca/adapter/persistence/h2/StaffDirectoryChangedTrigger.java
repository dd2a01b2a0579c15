package org.uca.adapter.persistence.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Moves the staff directory's generation on after any change to the directory or to an account, in the changing
 * transaction, as a PostgreSQL trigger does there: whoever keeps staff entries between requests sees the change on
 * its next look-up. Installed by the H2 migration on {@code staff_member} and {@code staff_account}.
 */
public final class StaffDirectoryChangedTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement(
                "update staff_directory_generation set generation = generation + 1 where id = 1")) {
            s.executeUpdate();
        }
    }
}
