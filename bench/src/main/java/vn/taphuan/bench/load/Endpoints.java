package vn.taphuan.bench.load;

/** Where the four services answer. */
public record Endpoints(String plan, String enrolment, String budget, String reporting) {
}
