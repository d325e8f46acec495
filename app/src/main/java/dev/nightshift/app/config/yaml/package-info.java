/**
 * A YAML tree that remembers where every value came from (file, line, YAML path), and typed readers
 * that collect every problem instead of stopping at the first.
 */
@NullMarked
package dev.nightshift.app.config.yaml;

import org.jspecify.annotations.NullMarked;
