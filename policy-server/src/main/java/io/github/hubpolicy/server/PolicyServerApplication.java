package io.github.hubpolicy.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The decision service: {@code java -jar policy-server.jar}. The evaluator comes from the
 * starter's {@code hubpolicy.*} properties; the service's own settings are {@link ServerSettings}
 * and {@link PlaygroundSettings}.
 */
@SpringBootApplication
@EnableConfigurationProperties({ServerSettings.class, PlaygroundSettings.class})
public class PolicyServerApplication {

    /**
     * Starts the service; Spring Boot's command line ({@code --server.port=8181 --hubpolicy.rule-directories=rules}),
     * plus {@code --playground} and {@code --candidate DIR} for the policy playground.
     */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(PolicyServerApplication.class);
        application.addListeners(new LoopbackWhenPlayground());
        application.run(playgroundArguments(args));
    }

    /** {@code --playground} and {@code --candidate DIR} (or {@code --candidate=DIR}) as the properties they stand for. */
    static String[] playgroundArguments(String[] args) {
        List<String> out = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--playground")) {
                out.add("--hubpolicy.server.playground.enabled=true");
            } else if (arg.startsWith("--candidate=")) {
                out.add("--hubpolicy.server.playground.candidate=" + arg.substring("--candidate=".length()));
            } else if (arg.equals("--candidate")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--candidate needs a rule directory: --candidate DIR");
                }
                out.add("--hubpolicy.server.playground.candidate=" + args[++i]);
            } else {
                out.add(arg);
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * The playground is a tool for the author's own machine: with it on, the server listens on the
     * loopback address unless the operator chose {@code server.address} (checked before the web
     * server starts; {@link PlaygroundConfiguration} logs the outcome).
     */
    static final class LoopbackWhenPlayground implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
        static final String SOURCE = "hubpolicy-playground-loopback";

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            ConfigurableEnvironment environment = event.getEnvironment();
            if (environment.getProperty("hubpolicy.server.playground.enabled", Boolean.class, false)
                    && !environment.containsProperty("server.address")) {
                environment.getPropertySources().addFirst(new MapPropertySource(SOURCE,
                        Map.of("server.address", "127.0.0.1")));
            }
        }
    }
}
