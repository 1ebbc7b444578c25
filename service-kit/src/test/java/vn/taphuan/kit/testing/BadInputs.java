package vn.taphuan.kit.testing;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.taphuan.kit.testing.AccessIsolationSuite.Call;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bad versions of the calls a service's isolation suite describes, made from the call and its handler, so that every
 * endpoint — a new one included — is tried with them: a page beyond the maximum, a body whose numbers are written as
 * text or with decimals where whole numbers go, a key given twice, an upload without its file, a method the path
 * does not take. Each names the field a refusal must name.
 */
final class BadInputs {

    /** A page size no list endpoint allows. */
    static final int OVERSIZE_PAGE = 100_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();
    private static final Set<Class<?>> WHOLE = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
            Short.class, BigInteger.class);
    private static final Set<Class<?>> DECIMAL = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class);
    private static final List<String> METHODS = List.of("PATCH", "DELETE", "PUT", "POST", "GET");

    /** A bad version of a call, and the field its refusal must name. */
    record Bad(String what, Call call, String field) {
    }

    /** Whether the handler takes a page {@code size} parameter (a list endpoint). */
    static boolean isList(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> "size".equals(requestParameterName(p)));
    }

    /** The call asking for a page of {@link #OVERSIZE_PAGE} items. */
    static Bad oversizePage(Call call) {
        String others = call.query() == null ? "" : Arrays.stream(call.query().split("&"))
                .filter(pair -> !pair.startsWith("size=")).collect(Collectors.joining("&"));
        String query = (others.isEmpty() ? "" : others + "&") + "size=" + OVERSIZE_PAGE;
        return new Bad("a page of " + OVERSIZE_PAGE, call.query(query), "size");
    }

    /** The parts an upload handler requires. */
    static List<String> requiredParts(HandlerMethod handler) {
        List<String> parts = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
            if (part != null && part.required()) {
                parameter.initParameterNameDiscovery(NAMES);
                parts.add(!part.name().isEmpty() ? part.name() : !part.value().isEmpty() ? part.value()
                        : parameter.getParameterName());
            } else if (part == null && MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                parts.add(requestParameterName(parameter));
            }
        }
        return parts;
    }

    /** The upload with none of its parts: one part of another name instead. */
    static Call withoutParts(Call call) {
        return call.multipart("not-the-expected-part", "notes.txt", "x".getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    /**
     * A method the pattern does not take (405), chosen among those the API does not use there; null when it takes
     * them all.
     */
    static String unknownMethod(String pattern, Set<String> endpoints) {
        for (String method : METHODS) {
            if (!endpoints.contains(method + " " + pattern)) {
                return method;
            }
        }
        return null;
    }

    /**
     * Bad versions of a JSON body: each number written as text, each whole number with decimals (where the handler
     * reads a whole number), and the first key given twice.
     */
    static List<Bad> badBodies(HandlerMethod handler, Call call) {
        if (call.body() == null || call.contentType() == null || !call.contentType().startsWith("application/json")) {
            return List.of();
        }
        JsonNode body;
        try {
            body = JSON.readTree(call.body());
        } catch (RuntimeException notJson) {
            return List.of();
        }
        if (!(body instanceof ObjectNode object) || object.isEmpty()) {
            return List.of();
        }
        List<Bad> bad = new ArrayList<>();
        Type type = bodyType(handler);
        List<Leaf> leaves = new ArrayList<>();
        if (type != null) {
            numbers(object, type, "", leaves);
        }
        for (Leaf leaf : leaves) {
            JsonNode value = leaf.node();
            bad.add(new Bad("the number " + leaf.path() + " as text",
                    call.json(replaced(object, leaf.path(), JSON.getNodeFactory().stringNode(value.asString()))),
                    leaf.path()));
            if (WHOLE.contains(leaf.type())) {
                bad.add(new Bad("the whole number " + leaf.path() + " with decimals",
                        call.json(replaced(object, leaf.path(), JSON.getNodeFactory().numberNode(
                                new BigDecimal(value.asString()).add(new BigDecimal("0.5"))))),
                        leaf.path()));
            }
        }
        String first = object.propertyNames().iterator().next();
        String twice = "{" + JSON.writeValueAsString(first) + ":" + JSON.writeValueAsString(object.get(first)) + ","
                + JSON.writeValueAsString(object).substring(1);
        bad.add(new Bad("the key " + first + " given twice", call.json(twice), first));
        return bad;
    }

    /** Bodies no handler can take, to show that a role which may not call the endpoint hears so first. */
    static List<Call> unreadable(HandlerMethod handler, Call call) {
        List<Call> calls = new ArrayList<>();
        if (call.isMultipart()) {
            calls.add(withoutParts(call));
        } else if (call.contentType() != null && call.contentType().startsWith("application/json")) {
            calls.add(call.json("{}"));
            calls.add(call.json("{"));
            badBodies(handler, call).stream().findFirst().ifPresent(first -> calls.add(first.call()));
        }
        if (isList(handler)) {
            calls.add(oversizePage(call).call());
        }
        return calls;
    }

    private record Leaf(String path, Class<?> type, JsonNode node) {
    }

    /** The numbers in {@code node} that the handler reads into a number type, each with its JSON path. */
    private static void numbers(JsonNode node, Type type, String path, List<Leaf> leaves) {
        Class<?> raw = raw(type);
        if (raw == null) {
            return;
        }
        if (node.isNumber()) {
            if (WHOLE.contains(raw) || DECIMAL.contains(raw)) {
                leaves.add(new Leaf(path, raw, node));
            }
        } else if (node.isObject()) {
            if (Map.class.isAssignableFrom(raw)) {
                Type values = argument(type, 1);
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    numbers(entry.getValue(), values, join(path, entry.getKey()), leaves);
                }
            } else if (raw.isRecord()) {
                for (RecordComponent component : raw.getRecordComponents()) {
                    JsonNode child = node.get(component.getName());
                    if (child != null) {
                        numbers(child, component.getGenericType(), join(path, component.getName()), leaves);
                    }
                }
            }
        } else if (node.isArray() && !node.isEmpty()) {
            Type elements = raw.isArray() ? raw.getComponentType()
                    : type instanceof GenericArrayType array ? array.getGenericComponentType()
                    : Collection.class.isAssignableFrom(raw) ? argument(type, 0) : null;
            if (elements != null) {
                numbers(node.get(0), elements, path + "[0]", leaves);
            }
        }
    }

    /** A copy of {@code body} with the value at {@code path} replaced. */
    private static String replaced(ObjectNode body, String path, JsonNode value) {
        ObjectNode copy = body.deepCopy();
        JsonNode parent = copy;
        List<String> steps = steps(path);
        for (int i = 0; i < steps.size() - 1; i++) {
            String step = steps.get(i);
            parent = step.startsWith("[") ? parent.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : parent.get(step);
        }
        String last = steps.get(steps.size() - 1);
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return JSON.writeValueAsString(copy);
    }

    /** {@code lines[0].learners} → {@code lines}, {@code [0]}, {@code learners}. */
    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        StringBuilder step = new StringBuilder();
        for (Iterator<Character> it = path.chars().mapToObj(c -> (char) c).iterator(); it.hasNext(); ) {
            char c = it.next();
            if (c == '.' || c == '[') {
                if (!step.isEmpty()) {
                    steps.add(step.toString());
                }
                step.setLength(0);
            }
            if (c != '.') {
                step.append(c);
            }
            if (c == ']') {
                steps.add(step.toString());
                step.setLength(0);
            }
        }
        if (!step.isEmpty()) {
            steps.add(step.toString());
        }
        return steps;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Type bodyType(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getGenericParameterType();
            }
        }
        return null;
    }

    private static String requestParameterName(MethodParameter parameter) {
        parameter.initParameterNameDiscovery(NAMES);
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        if (param != null && !param.value().isEmpty()) {
            return param.value();
        }
        return parameter.getParameterName();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return null;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index
                ? parameterized.getActualTypeArguments()[index] : null;
    }

    private BadInputs() {
    }
}
