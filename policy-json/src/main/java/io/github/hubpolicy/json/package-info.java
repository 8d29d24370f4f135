/**
 * The JSON wire format of {@code item-format.md}: {@link io.github.hubpolicy.json.ItemReader}
 * reads content items (JSON Lines or a JSON array) from UTF-8 bytes, with
 * {@link io.github.hubpolicy.json.ItemReader#read(java.io.InputStream, java.util.function.Consumer)}
 * as the one entry point for files, standard input and streams of any size;
 * {@link io.github.hubpolicy.json.DecisionWriter} writes decisions and error records,
 * {@link io.github.hubpolicy.json.ItemWriter} writes items back.
 */
package io.github.hubpolicy.json;
