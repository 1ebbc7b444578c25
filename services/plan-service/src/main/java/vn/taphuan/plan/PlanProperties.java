package vn.taphuan.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of plan-service ({@code plan.*}).
 *
 * @param seedProgrammes load the programme catalogue's reference data on first start
 */
@ConfigurationProperties("plan")
public record PlanProperties(boolean seedProgrammes) {
}
