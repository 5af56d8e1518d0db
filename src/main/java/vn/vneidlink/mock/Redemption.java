package vn.vneidlink.mock;

/** The outcome of redeeming an authorization code: the value, or why the code was refused. */
record Redemption<T>(T value, String problem) {

    static <T> Redemption<T> ok(T value) {
        return new Redemption<>(value, null);
    }

    static <T> Redemption<T> refused(String problem) {
        return new Redemption<>(null, problem);
    }

    boolean isOk() {
        return problem == null;
    }
}
