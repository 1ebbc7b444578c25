package vn.taphuan.reporting.progress;

public enum Gender {
    FEMALE, MALE, OTHER
}
