package vn.taphuan.kit.refusal;

/**
 * Why the domain refuses something, as data: a code and typed arguments — a record whose components are the
 * arguments. The words are not here: {@link Catalogue} finds them under the code in the message catalogues
 * ({@code messages_vi.properties}, {@code messages_en.properties}) and fills in the components by name, formatted
 * as the pages write them. A service keeps its reasons as records of a sealed interface per feature, so that a test
 * can walk them all ({@link CatalogueCheck}).
 */
public interface Reason {

    /** The key of its messages: the record's name in kebab case, e.g. {@code AllocationExceedsEstimate} → {@code allocation-exceeds-estimate}. */
    default String code() {
        return codeOf(getClass());
    }

    static String codeOf(Class<?> type) {
        String name = type.getSimpleName();
        StringBuilder code = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    code.append('-');
                }
                code.append(Character.toLowerCase(c));
            } else {
                code.append(c);
            }
        }
        return code.toString();
    }
}
