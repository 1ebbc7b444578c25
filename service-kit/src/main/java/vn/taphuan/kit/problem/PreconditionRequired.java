package vn.taphuan.kit.problem;

import java.util.List;

/**
 * A write that replaces what the caller read came without the version it read (HTTP 428): without it a concurrent
 * change would be overwritten unseen.
 */
public class PreconditionRequired extends ProblemException {

    public PreconditionRequired(String header) {
        super("precondition-required", new ServiceReason.WriteNeedsReadVersion(header),
                List.of(FieldViolation.of(header, new ServiceReason.RequiredSendReadVersion())));
    }

    @Override
    public String code() {
        return "precondition-required";
    }

    @Override
    public int status() {
        return 428;
    }
}
