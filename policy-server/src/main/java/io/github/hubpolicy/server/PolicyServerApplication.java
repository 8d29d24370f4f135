package io.github.hubpolicy.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The decision service: {@code java -jar policy-server.jar}. The evaluator comes from the
 * starter's {@code hubpolicy.*} properties; the service's own settings are {@link ServerSettings}.
 */
@SpringBootApplication
@EnableConfigurationProperties(ServerSettings.class)
public class PolicyServerApplication {

    /** Starts the service; Spring Boot's command line ({@code --server.port=8181 --hubpolicy.rule-directories=rules}). */
    public static void main(String[] args) {
        SpringApplication.run(PolicyServerApplication.class, args);
    }
}
