package vn.taphuan.enrolment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import vn.taphuan.enrolment.participant.PersonKeys;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrolmentServiceApplication {

    private static final Logger log = LoggerFactory.getLogger(EnrolmentServiceApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(EnrolmentServiceApplication.class, args);
    }

    @Bean
    PersonKeys personKeys(EnrolmentProperties properties) {
        if (EnrolmentProperties.DEV_SECRET.equals(properties.personKeySecret())) {
            log.warn("enrolment.person-key-secret is the development default: set PERSON_KEY_SECRET in any real deployment");
        }
        return new PersonKeys(properties.personKeySecret());
    }
}
