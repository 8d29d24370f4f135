package io.github.hubpolicy.rules;

/**
 * One compiled rule, as its metadata describes it.
 *
 * @param name    the rule's name
 * @param section its catalog section ({@code @section}), or {@code null} for a context rule
 * @param bullet  its position in the section ({@code @bullet}), 0 for a context rule
 * @param file    the rule file that declares it
 * @param line    the line of its declaration
 */
public record RuleInfo(String name, String section, int bullet, String file, int line) {
}
