package org.uca.application.port.out;

/**
 * The store stopped answering while it committed a change (the connection was lost during the commit): the change
 * may have been saved or not, and no one can tell from here. Never report this as "nothing was changed"; what was
 * saved is for the person to check before trying again. A failure before the commit is {@link StorageUnavailable}.
 */
public final class OutcomeUnknown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutcomeUnknown(Throwable cause) {
        super("The database stopped answering while the change was being saved, so it may have been saved.", cause);
    }
}
