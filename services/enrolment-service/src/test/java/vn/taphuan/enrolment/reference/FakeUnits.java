package vn.taphuan.enrolment.reference;

import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;
import vn.taphuan.enrolment.support.Units;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The units of {@link Units}, in memory, for unit tests of code that reads units. */
public class FakeUnits extends AdministrativeUnits {

    private final Map<String, AdministrativeUnit> units;

    public FakeUnits() {
        super(null);
        units = Units.all().stream().map(FakeUnits::of)
                .collect(Collectors.toMap(AdministrativeUnit::code, Function.identity()));
    }

    @Override
    public Optional<AdministrativeUnit> find(String code) {
        return Optional.ofNullable(code).map(units::get);
    }

    @Override
    public List<AdministrativeUnit> ofTenant(String tenantId) {
        Lookup lookup = lookup();
        return units.values().stream().filter(u -> tenantId.equals(lookup.provinceOf(u))).toList();
    }

    private static AdministrativeUnit of(AdministrativeUnitDefined d) {
        return new AdministrativeUnit(d.unitCode(), d.name(), d.level(), d.parentCode(), d.provinceTenantId(),
                LocalDate.parse(d.validFrom()), d.validTo() == null ? null : LocalDate.parse(d.validTo()), d.successorCode());
    }
}
