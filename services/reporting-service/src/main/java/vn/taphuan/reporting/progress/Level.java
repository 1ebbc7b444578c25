package vn.taphuan.reporting.progress;

/** The level a trained person works at; {@code COMMUNITY} for community members. */
public enum Level {
    PROVINCE, DISTRICT, COMMUNE, VILLAGE, COMMUNITY
}
