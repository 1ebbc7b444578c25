package vn.taphuan.bench.nation;

/**
 * A generated learner, as an attendance sheet names them. None of them is a real person.
 *
 * @param number     the learner's number within the province (their identity: the same number is the same person)
 * @param nationalId a 12-digit CCCD number: province prefix, century and gender, year of birth, then the number
 */
public record Learner(int number, String fullName, boolean woman, int birthYear, String ethnicity, boolean minority,
                      String jobTitle, String unitCode, String nationalId) {
}
