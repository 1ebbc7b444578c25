package vn.taphuan.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of plan-service ({@code plan.*}).
 *
 * @param seedProgrammes          load the programme catalogue's reference data on first start (missing entries only)
 * @param seedUnits               load the administrative units' reference data on first start (missing units only)
 * @param identityProviderTimeout how long onboarding waits for the identity provider before giving up
 */
@ConfigurationProperties("plan")
public record PlanProperties(boolean seedProgrammes, boolean seedUnits, Duration identityProviderTimeout) {

    public PlanProperties {
        identityProviderTimeout = identityProviderTimeout == null ? Duration.ofSeconds(5) : identityProviderTimeout;
    }
}
