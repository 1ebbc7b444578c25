package vn.taphuan.budget;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An estimate for an activity dated far outside any plan (a typo, or an attack on the period arithmetic) is a 400
 * naming the date and the range taken, never a 500.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class EstimateDatesTest extends BudgetApiSupport {

    private static final String ESTIMATE = "/api/v1/cost-norms/estimate?activityKind=TRAINING_CLASS&capacity=75"
            + "&sessionCount=4&startDate=%s&endDate=%s";

    @Test
    void aDateOutsideTheYears1900To2100IsA400NamingIt() throws Exception {
        http.perform(get(ESTIMATE.formatted("-999999999-01-01", "2024-03-06")).header(AUTHORIZATION, officer("lang-son")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("startDate"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("01/01/1900")))
                .andExpect(jsonPath("$.errors[0].messageEn").value(org.hamcrest.Matchers.containsString("31/12/2100")));
        http.perform(get(ESTIMATE.formatted("2024-03-05", "+999999999-12-31")).header(AUTHORIZATION, officer("lang-son")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        http.perform(get(ESTIMATE.formatted("2024-03-05", "2024-03-06")).header(AUTHORIZATION, officer("lang-son")))
                .andExpect(status().isOk());
    }
}
