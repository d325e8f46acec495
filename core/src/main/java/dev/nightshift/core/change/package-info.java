/** Change events (deploys, config pushes) that incidents are correlated with. */
@NullMarked
package dev.nightshift.core.change;

import org.jspecify.annotations.NullMarked;
