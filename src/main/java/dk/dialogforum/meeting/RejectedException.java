package dk.dialogforum.meeting;

/** Thrown inside the engine when a command does not fit the state; it never leaves the engine. */
final class RejectedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Rejection rejection;

    RejectedException(Rejection.Code code, Object... args) {
        super(code.name(), null, false, false);
        this.rejection = Rejection.of(code, args);
    }

    Rejection rejection() {
        return rejection;
    }
}
