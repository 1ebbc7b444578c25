package vn.taphuan.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import vn.taphuan.testsupport.identity.DevTokenIssuer;
import vn.taphuan.testsupport.identity.TestTokens;

/** Makes a test context validate tokens against the test JVM's development issuer, as services do in production. */
public class DevIdentityInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        DevTokenIssuer issuer = TestTokens.issuer();
        TestPropertyValues.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.issuer(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer.jwkSetUri()).applyTo(context);
    }
}
