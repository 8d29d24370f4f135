package io.github.hubpolicy.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The guidelines ({@code docs/policy/guidelines.md}, shipped in the jar) as one HTML page,
 * rendered once by commonmark-java: raw HTML in the Markdown is escaped and unsafe link targets
 * are dropped. Each section's heading ({@code ### `hate` — ...}) gets the anchor {@code
 * sec-<section id>}, which the page's findings link to; other headings get commonmark's anchors.
 */
final class GuidelinesPage {
    static final String RESOURCE = "hubpolicy/playground/guidelines.md";

    private final String html;

    GuidelinesPage() {
        this(resource());
    }

    GuidelinesPage(String markdown) {
        Parser parser = Parser.builder().build();
        HtmlRenderer renderer = HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .extensions(List.of(HeadingAnchorExtension.create()))
                .attributeProviderFactory(context -> new SectionAnchors())
                .build();
        String body = renderer.render(parser.parse(markdown));
        this.html = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Content guidelines</title><link rel=\"stylesheet\" href=\"/playground.css\"></head>\n"
                + "<body class=\"guidelines\"><main>\n" + body + "</main></body></html>\n";
    }

    /** The anchor a finding of {@code section} links to. */
    static String anchor(String section) {
        return "sec-" + section;
    }

    String html() {
        return html;
    }

    /** Section headings: the first inline node is the section id in backticks. */
    private static final class SectionAnchors implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading && node.getFirstChild() instanceof Code code) {
                attributes.put("id", anchor(code.getLiteral()));
            }
        }
    }

    private static String resource() {
        try (InputStream in = GuidelinesPage.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
