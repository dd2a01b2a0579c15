package org.uca.bootstrap;

/**
 * No published credentials outside a demo. A store that {@code --demo} made is marked as a demo store, and its
 * accounts have the passwords the README prints: UCA refuses to start on it without {@code --demo}. And
 * {@code --demo} refuses a store that holds anything it did not make (a store not marked as a demo store that holds
 * any member of staff, account, resident or case), so real records never share a store with published passwords.
 */
final class DemoStore {

    private DemoStore() {
    }

    /**
     * Lets UCA start on this store with or without {@code --demo}, marking it as a demo store when {@code demo} (before
     * the demo loads anything).
     *
     * @throws CannotStart saying why and what to do
     */
    static void admit(Backend backend, boolean demo) {
        if (demo) {
            if (!backend.isDemoStore() && backend.holdsRecords()) {
                throw new CannotStart("--demo refuses this store: it holds staff, accounts, residents or cases that"
                        + " the demo did not make (" + backend.describe() + "). Start the demo on a store of its own"
                        + " (set UCA_DATA_DIR to an empty folder, or UCA_STORE=memory).");
            }
            backend.markAsDemoStore();
        } else if (backend.isDemoStore()) {
            throw new CannotStart("This store was made with --demo and its accounts have the passwords the README"
                    + " publishes (" + backend.describe() + "). Start it with --demo, or run UCA for real on a new"
                    + " store (set UCA_DATA_DIR to an empty folder, or UCA_JDBC_URL to a new database).");
        }
    }
}
