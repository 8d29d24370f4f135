package io.github.hubpolicy.server;

import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.spring.HubPolicyProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The policy playground, only with {@code hubpolicy.server.playground.enabled=true}: its page and
 * assets (plain HTML, CSS and JavaScript modules in the jar under {@code hubpolicy/playground/static},
 * nothing from the internet), a strict Content-Security-Policy on them, and the candidate rule
 * set when a directory is given. Off, none of this exists, so {@code /} and {@code /playground/**}
 * are the API's JSON 404.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("hubpolicy.server.playground.enabled")
class PlaygroundConfiguration implements WebMvcConfigurer {
    private static final Logger LOG = LoggerFactory.getLogger(PlaygroundConfiguration.class);
    static final String ASSETS = "classpath:/hubpolicy/playground/static/";
    /** No inline script or style, nothing from another origin, no plugins, not framed elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'none'";

    PlaygroundConfiguration(ConfigurableEnvironment environment) {
        if (environment.getPropertySources().contains(PolicyServerApplication.LoopbackWhenPlayground.SOURCE)) {
            LOG.info("Playground on: listening on 127.0.0.1 only, as server.address is not set (set it to listen"
                    + " elsewhere)");
        } else {
            LOG.info("Playground on: server.address is {}, as set", environment.getProperty("server.address", "unset"));
        }
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/index.html", "/playground.css", "/playground.js", "/playground/js/**")
                .addResourceLocations(ASSETS);
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/index.html");
    }

    @Bean
    PlaygroundResources playgroundResources(ItemReader reader) {
        return new PlaygroundResources(reader);
    }

    @Bean
    BatchTallies playgroundBatches() {
        return new BatchTallies();
    }

    @Bean
    PlaygroundEvents playgroundEvents(PlaygroundSettings settings) {
        return new PlaygroundEvents(state -> PlaygroundViews.Candidate.of(settings.candidate(), state));
    }

    /** The candidate: the base's settings and directories, with the candidate directory on top (as policy-cli diff). */
    @Bean
    @ConditionalOnProperty("hubpolicy.server.playground.candidate")
    CandidateRules candidateRules(PlaygroundSettings settings, HubPolicyProperties properties, PlaygroundEvents events) {
        if (!Files.isDirectory(settings.candidate())) {
            throw new IllegalArgumentException("hubpolicy.server.playground.candidate (--candidate): "
                    + settings.candidate() + " does not exist or is not a directory");
        }
        return new CandidateRules(settings.candidate(), properties::evaluatorBuilder, properties.reload().debounce(),
                events::publish);
    }

    @Bean
    OncePerRequestFilter playgroundSecurityHeaders() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return request.getRequestURI().startsWith("/v1/");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Referrer-Policy", "no-referrer");
                chain.doFilter(request, response);
            }
        };
    }
}
