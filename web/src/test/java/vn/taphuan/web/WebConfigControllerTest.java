package vn.taphuan.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class WebConfigControllerTest {

    private final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebDashboardAutoConfiguration.class));

    @Test
    void answersTheLocalStacksAddressesByDefault() {
        context.run(app -> {
            MockMvc mvc = MockMvcBuilders.standaloneSetup(app.getBean(WebConfigController.class)).build();
            mvc.perform(get("/web-config.json"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "no-store"))
                    .andExpect(jsonPath("$.services.plan").value("http://localhost:8081"))
                    .andExpect(jsonPath("$.services.enrolment").value("http://localhost:8082"))
                    .andExpect(jsonPath("$.services.budget").value("http://localhost:8083"))
                    .andExpect(jsonPath("$.services.reporting").value("http://localhost:8084"))
                    .andExpect(jsonPath("$.issuer").value("http://localhost:9000"))
                    .andExpect(jsonPath("$.tokenEndpoint").value("http://localhost:9000/token"))
                    .andExpect(jsonPath("$.oidcClientId").doesNotExist())
                    .andExpect(jsonPath("$.demo").doesNotExist());
        });
    }

    @Test
    void namesTheIssuersClientWhenThePagesSignInWithTheAuthorizationCode() {
        context.withPropertyValues("taphuan.web.issuer-url=http://localhost:8080/realms/taphuan",
                        "taphuan.web.oidc-client-id=taphuan-dashboards")
                .run(app -> assertThat(app.getBean(WebConfigController.class).config().getBody().oidcClientId())
                        .isEqualTo("taphuan-dashboards"));
        context.withPropertyValues("taphuan.web.oidc-client-id= ")
                .run(app -> assertThat(app.getBean(WebConfigController.class).config().getBody().oidcClientId())
                        .isNull());
    }

    @Test
    void answersWhatTheDeploymentConfigures() {
        context.withPropertyValues("taphuan.web.plan-url=https://plan.taphuan.example/",
                        "taphuan.web.issuer-url=https://id.taphuan.example/realms/taphuan")
                .run(app -> {
                    WebConfigController.WebConfig config = app.getBean(WebConfigController.class).config().getBody();
                    assertThat(config.services()).containsEntry("plan", "https://plan.taphuan.example")
                            .containsEntry("enrolment", "http://localhost:8082");
                    assertThat(config.tokenEndpoint()).isEqualTo("https://id.taphuan.example/realms/taphuan/token");
                    assertThat(config.demo()).isNull();
                });
    }

    @Test
    void neverPublishesAPasswordUnlessTheLocalStackRunsWithItsDemoData() {
        context.withPropertyValues("taphuan.web.demo-users=admin,bacgiang.officer",
                        "taphuan.web.demo-password=secret-demo")
                .run(app -> {
                    MockMvc mvc = MockMvcBuilders.standaloneSetup(app.getBean(WebConfigController.class)).build();
                    String body = mvc.perform(get("/web-config.json")).andExpect(status().isOk())
                            .andExpect(jsonPath("$.demo").doesNotExist())
                            .andReturn().getResponse().getContentAsString();
                    assertThat(body).doesNotContain("secret-demo", "bacgiang.officer");
                });
    }

    @Test
    void offersTheDemoAccountsWithTheirPasswordWhenTheLocalStackRunsWithItsDemoData() {
        context.withPropertyValues("taphuan.web.demo-data=true", "taphuan.web.demo-users=admin,bacgiang.officer",
                        "taphuan.web.demo-password=secret-demo")
                .run(app -> {
                    WebConfigController.WebConfig config = app.getBean(WebConfigController.class).config().getBody();
                    assertThat(config.demo().users()).containsExactly("admin", "bacgiang.officer");
                    assertThat(config.demo().password()).isEqualTo("secret-demo");
                });
    }
}
