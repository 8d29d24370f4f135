/**
 * The JSON wire format of {@code item-format.md}: {@link io.github.hubpolicy.json.ItemReader}
 * reads content items (JSON Lines or a JSON array), {@link io.github.hubpolicy.json.DecisionWriter}
 * writes decisions and error records, {@link io.github.hubpolicy.json.ItemWriter} writes items back.
 */
package io.github.hubpolicy.json;
