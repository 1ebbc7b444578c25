package vn.taphuan.bench.nation;

import java.util.List;

/**
 * A province of the map in force from 1 July 2025, with what the generator needs to give its learners a realistic
 * mix. The figures are generator parameters chosen to resemble the country (mountain provinces train mostly
 * ethnic-minority learners, the deltas hardly any), not statistics.
 *
 * @param tenantId       the tenant id the administrative-unit registry gives the province
 * @param name           its name
 * @param officialCode   the state's two-digit code (the first digits of its people's CCCD numbers)
 * @param loadWeight     its share of the nation's training, relative to the others
 * @param minorityShare  the share of its learners who belong to an ethnic minority
 * @param minorityGroups its largest minority groups, most numerous first
 */
public record Province(String tenantId, String name, String officialCode, double loadWeight, double minorityShare,
                       List<String> minorityGroups) {

    /** The three-digit province prefix of a CCCD number ({@code 001} for Hà Nội). */
    public String idPrefix() {
        return "0" + officialCode;
    }

    /** A short sign-in name for the province's users ({@code ha-noi} → {@code hanoi}). */
    public String login() {
        return tenantId.replace("-", "");
    }
}
