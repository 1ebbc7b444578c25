package vn.taphuan.kit.support;

/** A stand-in aggregate: plain fields, no persistence annotations. */
public class Probe {
    private String id;
    private String tenantId;
    private long version;
    private String title;
    /** Kept but never shown, like a full ID number of which only the last digits are displayed. */
    private String secret;

    Probe() {
    }

    public Probe(String id, String tenantId, String title) {
        this.id = id;
        this.tenantId = tenantId;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String secret() {
        return secret;
    }

    public Probe withSecret(String secret) {
        this.secret = secret;
        return this;
    }

    public void retitle(String title) {
        this.title = title;
    }
}
