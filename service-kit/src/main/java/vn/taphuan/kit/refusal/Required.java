package vn.taphuan.kit.refusal;

/** A field that must be given was not ({@code là bắt buộc}): the most common reason, shared by every service. */
public record Required() implements Reason {
}
