package vn.taphuan.enrolment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrolmentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnrolmentServiceApplication.class, args);
    }
}
