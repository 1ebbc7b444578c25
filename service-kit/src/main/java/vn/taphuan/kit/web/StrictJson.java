package vn.taphuan.kit.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import vn.taphuan.kit.problem.InputReason;
import vn.taphuan.kit.problem.Dates;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;

import java.time.LocalDate;

/**
 * How request bodies are read: exactly as written, or not at all. Jackson's defaults quietly turn {@code 1.9} into
 * {@code 1} for a whole-VND amount, {@code "12"} into a number and, of a key given twice, keep the last; an officer's
 * typo or a client's bug then becomes a wrong figure nobody sees. Here each of them is refused, and the kit's problem
 * details name the field and say what is expected. Dates outside {@link Dates#EARLIEST}–{@link Dates#LATEST} are
 * refused too.
 * <p>
 * Applied to the application's JSON mapper (the one the HTTP layer reads bodies with) through Boot's
 * {@code JsonMapperBuilderCustomizer}; events keep their own mapper ({@code EventJson}), whose input is checked
 * against the JSON Schemas instead.
 */
public final class StrictJson {

    /** Makes {@code builder} read strictly. */
    public static void apply(JsonMapper.Builder builder) {
        builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Integer, coercion -> coercion
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, coercion -> coercion
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, coercion -> coercion
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("taphuan-dates-in-range").setDeserializerModifier(new DatesInRange()))
                .addHandler(new VersionInBody());
    }

    /** A strict mapper on its own, for reading a body outside Spring MVC. */
    public static JsonMapper mapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        apply(builder);
        return builder.build();
    }

    /** Wraps the deserializer of {@link LocalDate}, whatever its format settings, with the range check. */
    private static final class DatesInRange extends ValueDeserializerModifier {
        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                       ValueDeserializer<?> deserializer) {
            return bean.getBeanClass() == LocalDate.class ? new InRange(deserializer) : deserializer;
        }
    }

    private static final class InRange extends DelegatingDeserializer {

        InRange(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new InRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (value instanceof LocalDate date && !Dates.inRange(date)) {
                return context.handleWeirdStringValue(LocalDate.class, date.toString(),
                        "outside " + Dates.EARLIEST + " .. " + Dates.LATEST);
            }
            return value;
        }
    }

    /**
     * A body's top-level {@code version} where the request has none: the version a write was read at travels in
     * {@code If-Match} ({@link Versions}) and no longer in the body, and a client still sending it is told so rather
     * than having it ignored, which would write over a change it never saw.
     */
    private static final class VersionInBody extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             ValueDeserializer<?> deserializer, Object beanOrClass, String property) {
            TokenStreamContext object = parser.streamReadContext();
            boolean topLevel = object != null && object.getParent() != null && object.getParent().inRoot();
            if (topLevel && "version".equals(property)) {
                throw new InvalidInput(FieldViolation.of("version", new InputReason.VersionInHeaderNotBody(Versions.IF_MATCH)));
            }
            return false;
        }
    }

    private StrictJson() {
    }
}
