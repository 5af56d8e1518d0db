package vn.vneidlink.mock;

/** A host and a path on it, e.g. a portal's callback ({@code dichvucong.quangtri.gov.vn} + {@code /sso}). */
record HostPath(String host, String path) {

    /** scheme://host + path. */
    String url(MockContext ctx) {
        return ctx.url(host, path);
    }
}
