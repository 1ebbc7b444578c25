package vn.taphuan.localstack;

/** Loads the demo dataset through the services' APIs, once. */
final class DemoData {

    private final LocalStack stack;

    DemoData(LocalStack stack) {
        this.stack = stack;
    }

    void loadOnce() {
        LocalStack.log("demo data: not yet written");
    }
}
