package vn.taphuan.plan.unit;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The registry's real seed data, read as the service reads it, for tests of the domain against real units. */
public final class UnitMother {

    private static Map<String, UnitDefinition> seeds;

    public static synchronized Map<String, UnitDefinition> seeds() {
        if (seeds == null) {
            try (InputStream in = UnitMother.class.getResourceAsStream("/administrative-units.json")) {
                UnitRegistry.SeedFile file = JsonMapper.builder().build().readValue(in, UnitRegistry.SeedFile.class);
                Map<String, UnitDefinition> read = new LinkedHashMap<>();
                file.units().forEach(seed -> read.put(seed.code(), seed.definition()));
                seeds = Map.copyOf(read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    public static AdministrativeUnit.Units registry() {
        return code -> Optional.ofNullable(seeds().get(code));
    }

    public static UnitDefinition unit(String code) {
        return seeds().get(code);
    }

    private UnitMother() {
    }
}
