package vn.taphuan.kit.support;

import java.util.ArrayList;
import java.util.List;

/** A stand-in aggregate with nested state: a list of entries, each with a list of its own and an optional field. */
public class Roster {
    private String id;
    private String tenantId;
    private long version;
    private String title;
    private String note;
    private List<Entry> entries = new ArrayList<>();

    Roster() {
    }

    public Roster(String id, String tenantId, String title) {
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

    public void retitle(String title) {
        this.title = title;
    }

    public void note(String note) {
        this.note = note;
    }

    public String note() {
        return note;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** One learner on the roster. */
    public static class Entry {
        private String name;
        private String status;
        private String remark;
        private List<Integer> marks = new ArrayList<>();

        Entry() {
        }

        public Entry(String name, String status) {
            this.name = name;
            this.status = status;
        }

        public String name() {
            return name;
        }

        public void status(String status) {
            this.status = status;
        }

        public void remark(String remark) {
            this.remark = remark;
        }

        public List<Integer> marks() {
            return marks;
        }
    }
}
