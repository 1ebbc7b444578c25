package vn.taphuan.kit.store;

import vn.taphuan.kit.problem.StaleVersion;

/** An update lost the race: the aggregate's stored version is no longer the one the command read. */
public class StaleAggregate extends StaleVersion {

    public StaleAggregate(String id, long expectedVersion) {
        super(id, expectedVersion);
    }
}
