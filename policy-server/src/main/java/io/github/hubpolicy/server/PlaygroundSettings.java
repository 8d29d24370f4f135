package io.github.hubpolicy.server;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The policy playground, under {@code hubpolicy.server.playground} (on the command line:
 * {@code --playground} and {@code --candidate DIR}).
 *
 * @param enabled   Serve the playground page at {@code /} and its JSON under {@code /playground/api}; with it on,
 *                  the server binds to 127.0.0.1 unless {@code server.address} is set
 * @param candidate A trusted rule directory compiled as the candidate rule set (on top of the base's rule set, as
 *                  {@code policy-cli diff} builds it), watched and recompiled when a rule file changes; unset: no
 *                  candidate
 */
@ConfigurationProperties("hubpolicy.server.playground")
public record PlaygroundSettings(@DefaultValue("false") boolean enabled, Path candidate) {
}
