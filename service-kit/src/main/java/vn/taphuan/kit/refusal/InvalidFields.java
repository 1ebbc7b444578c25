package vn.taphuan.kit.refusal;

/** The detail of a refusal that only lists bad fields: how many there are. */
public record InvalidFields(int count) implements Reason {
}
