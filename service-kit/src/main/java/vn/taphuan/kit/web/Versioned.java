package vn.taphuan.kit.web;

/**
 * An answer about one versioned resource: the kit sends its {@link #version()} as the answer's {@code ETag}
 * ({@link VersionTags}), which the caller sends back in {@code If-Match} to change it.
 */
public interface Versioned {

    /** The resource's stored version. */
    long version();
}
